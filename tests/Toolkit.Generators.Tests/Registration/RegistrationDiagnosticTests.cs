using Microsoft.CodeAnalysis;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Registration;

/// <summary>One test per registration diagnostic: its ID, where it points, and that nothing is generated.</summary>
public sealed class RegistrationDiagnosticTests
{
    [Fact]
    public void TK0300_no_public_constructor()
    {
        const string Source = """
            namespace N;
            [Toolkit.DriverImplementation]
            public sealed partial class Hidden
            {
                private Hidden() { }
            }
            """;

        AssertReported(Source, "TK0300", line: 2, column: 28, "no public constructor");
    }

    [Fact]
    public void TK0300_only_constructors_with_by_reference_parameters()
    {
        const string Source = """
            namespace N;
            [Toolkit.DriverImplementation]
            public sealed partial class ByRef
            {
                public ByRef(ref int count) { }
            }
            """;

        AssertReported(Source, "TK0300", line: 2, column: 28, "parameter 'count'");
    }

    [Fact]
    public void TK0301_class_not_partial()
    {
        const string Source = """
            namespace N;
            [Toolkit.DriverImplementation]
            public sealed class Whole
            {
            }
            """;

        AssertReported(Source, "TK0301", line: 2, column: 20, "'Whole' is not partial");
    }

    [Fact]
    public void TK0301_containing_class_not_partial()
    {
        const string Source = """
            namespace N;
            public static class Outer
            {
                [Toolkit.DriverImplementation]
                public sealed partial class Inner
                {
                }
            }
            """;

        AssertReported(Source, "TK0301", line: 4, column: 32, "'Outer' is not partial");
    }

    [Fact]
    public void TK0302_two_longest_constructors()
    {
        const string Source = """
            namespace N;
            public interface IA { }
            public interface IB { }
            [Toolkit.DriverImplementation]
            public sealed partial class Torn
            {
                public Torn(IA a) { }
                public Torn(IB b) { }
            }
            """;

        AssertReported(Source, "TK0302", line: 4, column: 28, "1 parameters");
    }

    [Fact]
    public void TK0303_abstract_class()
    {
        const string Source = """
            namespace N;
            [Toolkit.DriverImplementation]
            public abstract partial class Base
            {
            }
            """;

        AssertReported(Source, "TK0303", line: 2, column: 30, "abstract");
    }

    private static void AssertReported(string source, string id, int line, int column, string messagePart)
    {
        var diagnostic = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("TK03", StringComparison.Ordinal));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((line, column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains(messagePart, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var run = GeneratorHarness.Run(source);
        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.Sources.Keys, name => name.EndsWith(".Activator.g.cs", StringComparison.Ordinal));
    }
}
