using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Mocks;

/// <summary>Unusual interface shapes generate mocks that compile without warnings under warnings-as-errors.</summary>
public sealed class MockShapeTests
{
    [Theory]
    [InlineData("void Accept<T>(T value) where T : allows ref struct; int Count();")]
    [InlineData("System.Span<int> Rent(int size); System.ReadOnlySpan<char> Name { get; }")]
    [InlineData("bool Read(ref System.Text.Json.Utf8JsonReader reader, scoped System.ReadOnlySpan<byte> data);")]
    [InlineData("int Sum(params System.ReadOnlySpan<int> values);")]
    [InlineData("string Name { get; init; } int Id { get; }")]
    [InlineData("string Name { get; init; } string Describe() => \"name: \" + Name;")]
    [InlineData("static virtual int Create() => 1; static int Helper() => 2; void Run();")]
    [InlineData("event System.Func<int, string>? Transform; event System.EventHandler<System.EventArgs> Changed;")]
    [InlineData("ref int Slot(int index); ref readonly int ReadOnlySlot(int index); ref int this[int index] { get; }")]
    [InlineData("T? Find<T>(string key); T Create<T>() where T : new(); TOut Map<TIn, TOut>(TIn value) where TIn : notnull where TOut : class?;")]
    [InlineData("(int Count, string Name) Describe((int X, int Y) point); System.Collections.Generic.IReadOnlyDictionary<string, (int A, int B)> Table();")]
    [InlineData("dynamic Dynamic(dynamic value); object?[] Objects(params object?[] values);")]
    [InlineData("System.Collections.Generic.IAsyncEnumerable<int> Stream([System.Runtime.CompilerServices.EnumeratorCancellation] System.Threading.CancellationToken token = default);")]
    public void Shape_compiles_cleanly(string members)
    {
        var run = GeneratorHarness.Run("namespace N;\n[Toolkit.GenerateMock]\npublic partial interface IShape\n{\n    " + members + "\n}\n");

        run.ShouldCompileCleanly();
        Assert.Contains("class ShapeMock", run.Source("N.IShape.Mock.g.cs"));
    }

    [Fact]
    public void Generic_interface_whose_method_reuses_a_type_parameter_name()
    {
        var run = GeneratorHarness.Run("""
            namespace N;
            public interface IQuery { TResult Execute<TResult>(string query); }
            [Toolkit.GenerateMock]
            public partial interface IStore<TResult> : IQuery { TResult Load(int id); }
            """);

        run.ShouldCompileCleanly();
        Assert.Contains("Execute<TResult2>", run.Source("N.IStore_1.Mock.g.cs"));
    }

    [Fact]
    public void Nullable_oblivious_interface_compiles_in_a_nullable_disabled_project()
    {
        var compilation = TestCompilation.Create(
            [("Source0.cs", "namespace N;\n[Toolkit.GenerateMock]\npublic partial interface ILegacy { string Echo(string text); System.Collections.Generic.List<string> Items { get; set; } }\n")],
            nullable: Microsoft.CodeAnalysis.NullableContextOptions.Disable);

        GeneratorHarness.Run(compilation).ShouldCompileCleanly();
    }

    [Fact]
    public void Async_shortcuts_work_without_importing_Toolkit_Mocking()
    {
        var run = GeneratorHarness.Run("""
            namespace N;
            [Toolkit.GenerateMock]
            internal partial interface IFetcher { System.Threading.Tasks.Task<string> FetchAsync(string key); }
            internal static class Usage
            {
                public static void Configure(FetcherMock mock)
                {
                    mock.Setup.FetchAsync("a").ReturnsAsync("value");
                    mock.Setup.FetchAsync("b").ReturnsAsync(key => key.ToUpperInvariant());
                }
            }
            """);

        run.ShouldCompileWithoutProblems();
    }
}
