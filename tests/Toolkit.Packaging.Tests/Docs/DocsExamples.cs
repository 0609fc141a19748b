using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MyApp.Backups;
using MyApp.Deployments;
using Toolkit.Docker.Containers;
using Toolkit.Docker;
using Toolkit.Errors;
using Toolkit.Mocking;
using Toolkit.Packaging.Tests.Infrastructure;
using Toolkit.Registration;
using Toolkit.Shell;
using Toolkit.Tracking;

namespace Toolkit.Packaging.Tests.Docs;

/// <summary>The examples in docs/tracking.md, docs/validation.md, docs/registration.md and docs/drivers.md, run for real.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DocsExamples
{
    [Fact]
    public async Task A_custom_sink_receives_every_call_with_its_outcome()
    {
        var mock = new BackupDriverMock();
        mock.Setup.RestoreAsync("missing").ThrowsAsync(new FileNotFoundException("missing"));

        // README: custom-sink
        var failures = new FailureCounter();
        IBackupDriver backups = new TrackingBackupDriver(mock, failures);
        // README end

        await backups.RestoreAsync("a.tar.enc", "/srv/restore", "correct horse battery");
        await Assert.ThrowsAsync<FileNotFoundException>(() => backups.RestoreAsync("missing", "/srv/restore", "correct horse battery"));

        Assert.Equal(1, failures.Count);
    }

    [Fact]
    public async Task The_sink_record_holds_timing_outcome_and_redacted_arguments()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var mock = new BackupDriverMock();
        var sink = new InMemoryCallSink();
        var backups = new TrackingBackupDriver(mock, sink, timeProvider: clock);
        await backups.RestoreAsync("a.tar.enc", "/srv/restore", "correct horse battery");

        // README: sink-record
        CallRecord call = sink.Calls[0];
        Console.WriteLine(call.StartTime.ToString("u", CultureInfo.InvariantCulture));  // 2026-11-22 12:00:00Z
        Console.WriteLine(call.Arguments["passphrase"]);  // *** (a [Sensitive] value never reaches the sink)
        Console.WriteLine(call.Outcome);  // Succeeded, or Failed with call.Exception set
        // README end

        Assert.Equal("***", call.Arguments["passphrase"]!.ToString());
        Assert.Equal(CallOutcome.Succeeded, call.Outcome);
        Assert.Equal(clock.GetUtcNow(), call.StartTime);
    }

    [Fact]
    public async Task Nested_objects_and_collections_are_validated_with_full_paths()
    {
        var mock = new DeploymentDriverMock();
        var printed = new List<string>();

        // README: nested
        IDeploymentDriver deployments = new ValidatingDeploymentDriver(mock);
        var spec = new DeploymentSpec
        {
            Service = "api",
            Resources = new Resources(MemoryMb: 16, Cpus: 2),
            Ports = [new Port(8080), new Port(70_000, "sctp")],
        };
        try
        {
            await deployments.DeployAsync(spec);
        }
        catch (DriverValidationException error)
        {
            printed.AddRange(error.Failures.Select(f => $"{f.Path} [{f.Rule}]"));
            // spec.Resources.MemoryMb [Range]
            // spec.Ports[1].Number [Range]
            // spec.Ports[1].Protocol [AllowedValues]
        }
        // README end

        Assert.Equal(["spec.Resources.MemoryMb [Range]", "spec.Ports[1].Number [Range]", "spec.Ports[1].Protocol [AllowedValues]"], printed);
        mock.Verify.DeployAsync().Never();
    }

    [Fact]
    public async Task Keyed_and_factory_registrations_live_side_by_side()
    {
        // README: keyed
        var services = new ServiceCollection()
            .AddKeyedDeploymentDriver("staging", (provider, key) => new DeploymentDriverMock())  // a factory, under a key
            .AddKeyedDeploymentDriver("production", (provider, key) => new DeploymentDriverMock(), ServiceLifetime.Scoped, DriverDecorators.Tracking);
        await using var provider = services.BuildServiceProvider();

        var staging = provider.GetRequiredKeyedService<IDeploymentDriver>("staging");  // ValidatingDeploymentDriver
        await using var scope = provider.CreateAsyncScope();
        var production = scope.ServiceProvider.GetRequiredKeyedService<IDeploymentDriver>("production");  // TrackingDeploymentDriver
        // README end

        Assert.IsType<ValidatingDeploymentDriver>(staging);
        Assert.IsType<TrackingDeploymentDriver>(production);
    }

    [Fact]
    public async Task The_docker_driver_registers_its_interfaces_inside_their_decorators()
    {
        // README: docker-di
        await using var provider = new ServiceCollection()
            .AddSingleton<ICallSink, InMemoryCallSink>()
            .AddDockerDriver(new DockerDriverOptions { SessionName = "tk-my-service" })  // one DockerDriver (one session) for the container
            .BuildServiceProvider();

        var containers = provider.GetRequiredService<IContainerDriver>();  // ValidatingContainerDriver(TrackingContainerDriver(…))
        var running = await containers.ListAsync();
        // README end

        Assert.IsType<ValidatingContainerDriver>(containers);
        Assert.NotNull(running);
        Assert.Equal("docker.container.ListAsync", ((InMemoryCallSink)provider.GetRequiredService<ICallSink>()).Calls.Select(c => $"{c.Driver}.{c.Operation}").Single());
    }

    [Fact]
    public async Task A_test_can_mock_the_runtimes_shell_driver()
    {
        // README: mock-shell
        var shell = new ShellDriverMock();  // [assembly: GenerateMock(typeof(IShellDriver))] in the test project
        shell.Setup.RunAsync(Arg.Is<ShellCommand>(c => c.Program == "git")).ReturnsAsync(new CommandResult { StandardOutput = "main\n" });
        // README end

        var result = await ((IShellDriver)shell).RunAsync(new ShellCommand("git", "branch", "--show-current"));

        Assert.Equal("main\n", result.StandardOutput);
    }

    // README: failure-counter
    private sealed class FailureCounter : ICallSink
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Record(CallRecord call)  // called once per tracked call, after it ends; keep it fast and thread-safe
        {
            if (call.Outcome == CallOutcome.Failed)
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
    // README end
}
