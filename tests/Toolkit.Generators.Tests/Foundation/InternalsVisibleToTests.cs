using Microsoft.CodeAnalysis;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Foundation;

/// <summary>
/// The attributes ship in Toolkit.Abstractions instead of being generated into each project, so two projects linked by
/// InternalsVisibleTo never see two copies of them (CS0436); and a mock already generated in the referenced project is
/// reused rather than generated again under the same name.
/// </summary>
public sealed class InternalsVisibleToTests
{
    private const string Production = """
        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Production.Tests")]
        [assembly: Toolkit.GenerateMock(typeof(System.IDisposable))]
        namespace Production;
        [Toolkit.GenerateMock, Toolkit.GenerateTracking]
        internal partial interface IClock { System.DateTimeOffset Now { get; } }
        """;

    private const string Tests = """
        [assembly: Toolkit.GenerateMock(typeof(System.IDisposable))]
        [assembly: Toolkit.GenerateMock(typeof(System.IObserver<>))]
        namespace Production.Tests;
        [Toolkit.GenerateMock, Toolkit.GenerateValidation]
        internal partial interface IFixture { void Start(); }
        internal static class UsesBoth
        {
            public static object[] Create() => [new global::Production.ClockMock(), new FixtureMock(), new System.DisposableMock(), new System.ObserverMock<int>()];
        }
        """;

    [Fact]
    public void Two_projects_linked_by_internals_visible_to_compile_cleanly()
    {
        var production = Libraries.Compile("Production", Production, runGenerator: true);
        var tests = TestCompilation.Create([("Tests.cs", Tests)], "Production.Tests", [production]);

        var run = GeneratorHarness.Run(tests).ShouldCompileCleanly();

        var problems = run.OutputCompilation.Problems().Where(d => d.Id != "CS1591").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Id == "CS0436");
        var mocks = run.Result.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".Mock.g.cs", StringComparison.Ordinal)).Order();
        Assert.Equal(["Production.Tests.IFixture.Mock.g.cs", "System.IObserver_1.Mock.g.cs"], mocks);
    }
}
