using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Registration;

/// <summary>The registration extensions and the generated constructor calls, compared with reviewed snapshots.</summary>
public sealed class RegistrationSnapshotTests
{
    private const string AllFour = """
        using System.ComponentModel.DataAnnotations;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using Toolkit;

        namespace Company.Drivers;

        [GenerateMock, GenerateTracking, GenerateValidation, GenerateRegistration]
        public partial interface IShellDriver
        {
            Task<int> RunAsync([Required, MinLength(1)] string command, CancellationToken cancellationToken);
        }

        public interface IClock { }

        [DriverImplementation]
        public sealed partial class DockerShellDriver : IShellDriver
        {
            public DockerShellDriver(
                IClock clock,
                [ServiceKey] string key,
                [FromKeyedServices("docker")] IClock dockerClock,
                [FromKeyedServices] IClock sameKeyClock,
                System.IServiceProvider services,
                int retries = 3,
                string? label = null)
            {
            }

            public DockerShellDriver(IClock clock)
            {
            }

            public Task<int> RunAsync(string command, CancellationToken cancellationToken) => Task.FromResult(0);
        }
        """;

    [Fact]
    public void Registration_for_an_interface_with_all_four_attributes_matches_its_snapshot()
    {
        var run = RunAllFour();

        Snapshot.Match(run.Source("Company.Drivers.IShellDriver.Registration.g.cs"), "ShellDriverServiceCollectionExtensions");
    }

    [Fact]
    public void The_constructor_call_resolves_every_parameter_kind_and_matches_its_snapshot()
    {
        var run = RunAllFour();

        Snapshot.Match(run.Source("Company.Drivers.DockerShellDriver.Activator.g.cs"), "DockerShellDriverActivator");
    }

    // The mock, tracking and validating outputs are other tests' subjects; here the registration and the
    // constructor call must be clean, and the whole chain they name must compile.
    private static GeneratorRun RunAllFour()
    {
        var run = GeneratorHarness.Run(AllFour);
        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        var errors = run.OutputCompilation.Problems().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Id != "CS1591").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var mine = run.GeneratedCodeDiagnostics.Where(d => d.Location.SourceTree!.FilePath.EndsWith("Registration.g.cs", StringComparison.Ordinal) || d.Location.SourceTree.FilePath.EndsWith("Activator.g.cs", StringComparison.Ordinal)).ToList();
        Assert.True(mine.Count == 0, string.Join("\n", mine));
        return run;
    }
}
