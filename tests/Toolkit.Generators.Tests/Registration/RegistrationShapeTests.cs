using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Registration;

/// <summary>Registration compiles for every interface and implementation shape, and the user code that calls it compiles too.</summary>
public sealed class RegistrationShapeTests
{
    [Fact]
    public void Registration_without_decorators_compiles_and_is_callable()
    {
        GeneratorHarness.Run("""
            using Microsoft.Extensions.DependencyInjection;
            namespace N;
            [Toolkit.GenerateRegistration]
            internal partial interface IPlain { void Go(); }

            [Toolkit.DriverImplementation]
            internal sealed partial class Plain : IPlain { public void Go() { } }

            internal static class Startup
            {
                public static IServiceCollection Configure(IServiceCollection services)
                    => services.AddPlain<Plain>(ServiceLifetime.Scoped).AddKeyedPlain<Plain>("k").AddPlain(_ => new Plain());
            }
            """).ShouldCompileWithoutProblems();
    }

    [Fact]
    public void Generic_interfaces_and_generic_implementations_compile_and_are_callable()
    {
        GeneratorHarness.Run("""
            using Microsoft.Extensions.DependencyInjection;
            namespace N;
            [Toolkit.GenerateRegistration, Toolkit.GenerateTracking]
            internal partial interface IRepository<T> where T : class
            {
                T? Find(int id);
            }

            [Toolkit.DriverImplementation]
            internal sealed partial class MemoryRepository<T> : IRepository<T> where T : class
            {
                public MemoryRepository(T seed, System.Collections.Generic.IEnumerable<T> more) { }
                public T? Find(int id) => null;
            }

            internal static class Startup
            {
                public static IServiceCollection Configure(IServiceCollection services)
                    => services.AddRepository<string, MemoryRepository<string>>();
            }
            """).ShouldCompileWithoutProblems();
    }

    [Fact]
    public void Internal_interfaces_and_nested_implementations_compile()
    {
        GeneratorHarness.Run("""
            namespace N;
            [Toolkit.GenerateRegistration, Toolkit.GenerateTracking]
            internal partial interface IHidden { int Get(); }

            internal static partial class Drivers
            {
                [Toolkit.DriverImplementation]
                internal sealed partial class Hidden : IHidden
                {
                    public int Get() => 1;
                }
            }

            internal static class Startup
            {
                public static Microsoft.Extensions.DependencyInjection.IServiceCollection Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                    => services.AddHidden<Drivers.Hidden>();
            }
            """).ShouldCompileWithoutProblems();
    }

    [Fact]
    public void The_constructor_marked_for_activation_wins_over_a_longer_one()
    {
        var run = GeneratorHarness.Run("""
            using Microsoft.Extensions.DependencyInjection;
            namespace N;
            public interface IA { }
            [Toolkit.DriverImplementation]
            public sealed partial class Impl
            {
                public Impl(IA a, IA b) { }
                [ActivatorUtilitiesConstructor]
                public Impl(IA a) { }
            }
            """).ShouldCompileCleanly();

        var source = run.Source("N.Impl.Activator.g.cs");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, "GetRequiredService<global::N.IA>"));
    }

    [Fact]
    public void A_registration_for_a_class_without_the_attribute_is_a_compile_error_that_names_the_activator()
    {
        var run = GeneratorHarness.Run("""
            using Microsoft.Extensions.DependencyInjection;
            namespace N;
            [Toolkit.GenerateRegistration]
            public partial interface IPlain { void Go(); }
            public sealed class Plain : IPlain { public void Go() { } }
            public static class Startup
            {
                public static IServiceCollection Configure(IServiceCollection services) => services.AddPlain<Plain>();
            }
            """).ShouldCompileCleanly();

        var error = Assert.Single(run.OutputCompilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Id != "CS1591");
        Assert.Equal("CS0311", error.Id);
        Assert.Contains("IDriverActivator", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mock_asked_for_in_a_test_project_registers_through_the_production_projects_factory_overload()
    {
        var production = Libraries.Compile("Drivers", """
            namespace Drivers;
            [Toolkit.GenerateRegistration, Toolkit.GenerateTracking]
            public partial interface IRepository<T> where T : class
            {
                T? Find(int id);
            }
            """, runGenerator: true);
        var tests = TestCompilation.Create([("Source0.cs", """
            using Microsoft.Extensions.DependencyInjection;
            using Drivers;
            [assembly: Toolkit.GenerateMock(typeof(Drivers.IRepository<>))]
            internal static class Startup
            {
                public static IServiceCollection Configure(IServiceCollection services)
                    => services.AddRepositoryMock(new RepositoryMock<string>()).AddKeyedRepositoryMock("k", new RepositoryMock<string>());
            }
            """)], extraReferences: [production]);

        var run = GeneratorHarness.Run(tests).ShouldCompileWithoutProblems();

        Assert.Contains("public static class RepositoryMockServiceCollectionExtensions", Assert.Single(run.Sources.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void The_registration_of_a_production_project_knows_nothing_of_mocks()
    {
        var run = GeneratorHarness.Run("""
            namespace N;
            [Toolkit.GenerateRegistration, Toolkit.GenerateMock]
            internal partial interface IPlain { void Go(); }
            """).ShouldCompileCleanly();

        var registration = Assert.Single(run.Sources, s => s.Key.EndsWith(".Registration.g.cs", StringComparison.Ordinal)).Value;
        Assert.DoesNotContain("Mock", registration, StringComparison.Ordinal);
    }
}
