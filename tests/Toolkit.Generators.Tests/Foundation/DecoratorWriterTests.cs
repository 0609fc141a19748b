using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Foundation;

/// <summary>
/// Every decorator gets its class shape from one writer: the inner instance, the constructor, disposal passed on, and
/// helper names that never collide with the interface's members, which the decorator implements as public members.
/// </summary>
public sealed class DecoratorWriterTests
{
    [Theory]
    [InlineData("GenerateTracking")]
    [InlineData("GenerateValidation")]
    public void Members_and_parameters_named_like_the_decorators_own_fields_still_compile(string attribute)
        => GeneratorHarness.Run($$"""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            [Toolkit.{{attribute}}]
            public partial interface IStore
            {
                int _inner { get; }
                int s_telemetry { get; }
                int inner { get; }
                void Put([Required] string key, int _inner2, int _tracker, int __Driver);
                int this[int _inner3] { get; }
            }
            """).ShouldCompileCleanly();

    [Theory]
    [InlineData("GenerateTracking", "Tracking.g.cs")]
    [InlineData("GenerateValidation", "Validating.g.cs")]
    public void Disposal_is_passed_on_explicitly_unless_the_interface_declares_it(string attribute, string file)
    {
        var run = GeneratorHarness.Run($$"""
            namespace N;
            [Toolkit.{{attribute}}]
            public partial interface IStore : System.IDisposable
            {
                void Put(string key);
            }
            """).ShouldCompileCleanly();

        var source = run.Source(file);
        Assert.Contains("public void Dispose()", source, StringComparison.Ordinal);
        Assert.DoesNotContain("void global::System.IDisposable.Dispose()", source, StringComparison.Ordinal);
        Assert.Contains("global::System.IAsyncDisposable.DisposeAsync() => global::Toolkit.Registration.DecoratorDisposal.DisposeAsync(", source, StringComparison.Ordinal);
    }
}
