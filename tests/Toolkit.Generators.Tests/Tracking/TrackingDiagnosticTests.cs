using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Tracking;

/// <summary>One test per tracking diagnostic: its ID and where it points.</summary>
public sealed class TrackingDiagnosticTests
{
    [Fact]
    public void TK0100_an_empty_driver_name_points_at_the_argument()
    {
        var diagnostics = GeneratorHarness.Analyze("""
            namespace N;
            [Toolkit.GenerateTracking(DriverName = " ")]
            public partial interface IShellDriver { void Go(); }
            """);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "TK0100");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(1, span.StartLinePosition.Line);
        Assert.Equal(26, span.StartLinePosition.Character);
        Assert.Contains("'shell'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TK0100_the_generated_decorator_falls_back_to_the_derived_name()
    {
        var run = GeneratorHarness.Run("""
            namespace N;
            [Toolkit.GenerateTracking(DriverName = "")]
            public partial interface IShellDriver { void Go(); }
            """).ShouldCompileCleanly();

        Assert.Contains("\"shell\")", run.Source("N.IShellDriver.Tracking.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void TK0101_sensitive_on_a_ref_parameter_points_at_the_parameter()
    {
        var diagnostics = GeneratorHarness.Analyze("""
            namespace N;
            [Toolkit.GenerateTracking]
            public partial interface IVault
            {
                void Rotate([Toolkit.Sensitive] ref string secret);
            }
            """);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "TK0101");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(4, span.StartLinePosition.Line);
        Assert.Equal(47, span.StartLinePosition.Character);
        Assert.Contains("ref parameter 'secret'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TK0101_sensitive_on_an_out_parameter_of_a_validated_interface_is_reported_too()
    {
        var diagnostics = GeneratorHarness.Analyze("""
            namespace N;
            [Toolkit.GenerateValidation]
            public partial interface IVault
            {
                bool TryGet(string name, [Toolkit.Sensitive] out string secret);
            }
            """);

        Assert.Contains(diagnostics, d => d.Id == "TK0101" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("out parameter", StringComparison.Ordinal));
    }

    [Fact]
    public void Sensitive_on_by_value_and_in_parameters_is_fine()
    {
        var diagnostics = GeneratorHarness.Analyze("""
            namespace N;
            [Toolkit.GenerateTracking(DriverName = "vault")]
            public partial interface IVault
            {
                void Store(string name, [Toolkit.Sensitive] string secret, [Toolkit.Sensitive] in System.Guid key);
            }
            """);

        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("TK01", StringComparison.Ordinal));
    }
}
