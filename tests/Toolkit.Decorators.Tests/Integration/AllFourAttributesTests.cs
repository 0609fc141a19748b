using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Errors;
using Toolkit.Mocking;
using Toolkit.Registration;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Integration;

/// <summary>
/// The "done when": one interface with [GenerateMock], [GenerateTracking], [GenerateValidation] and
/// [GenerateRegistration]; the chain resolved from the real container (validation → tracking → mock) behaves as each
/// output promises, together.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class AllFourAttributesTests : IDisposable
{
    private const string Secret = "s3cr3t-registry-password";

    private static readonly ContainerSpec ValidSpec = new()
    {
        Image = "alpine",
        Cpus = 2,
        RegistryPassword = Secret,
        Limits = new ResourceLimits { MemoryMb = 512 },
    };

    private readonly ContainerDriverMock _mock = new();
    private readonly InMemoryCallSink _sink = new();
    private readonly RecordingLoggerProvider _logs = new();
    private readonly ServiceProvider _services;

    public AllFourAttributesTests()
    {
        _mock.Setup.StartAsync().ReturnsAsync("c0ffee000001");
        _services = new ServiceCollection()
            .AddSingleton<ICallSink>(_sink)
            .AddLogging(builder => builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug))
            .AddContainerDriverMock(_mock)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public void Dispose() => _services.Dispose();

    private IContainerDriver Driver => _services.GetRequiredService<IContainerDriver>();

    [Fact]
    public void The_resolved_chain_is_validation_outside_tracking_outside_the_mock()
    {
        Assert.IsType<ValidatingContainerDriver>(Driver);
        Assert.Same(Driver, Driver);
    }

    [Fact]
    public async Task A_valid_call_passes_validation_is_tracked_and_reaches_the_mock()
    {
        var id = await Driver.StartAsync(ValidSpec, CancellationToken.None);

        Assert.Equal("c0ffee000001", id);
        _mock.Verify.StartAsync(Arg.Is(ValidSpec)).Once();
        var call = Assert.Single(_sink.Calls);
        Assert.Equal("container", call.Driver);
        Assert.Equal("StartAsync", call.Operation);
        Assert.Equal(CallOutcome.Succeeded, call.Outcome);
    }

    [Fact]
    public async Task An_invalid_call_is_rejected_with_every_failure_before_tracking_and_the_mock_see_it()
    {
        var spec = ValidSpec with { Image = "Not An Image!", Cpus = 0, Limits = new ResourceLimits { MemoryMb = 1 } };

        var error = await Assert.ThrowsAsync<DriverValidationException>(() => Driver.StartAsync(spec, CancellationToken.None));

        Assert.Equal(DriverErrorCodes.ValidationFailed, error.Code);
        Assert.False(error.IsRetryable);
        Assert.Equal(["spec.Image", "spec.Cpus", "spec.Limits.MemoryMb"], error.Failures.Select(f => f.Path));
        _mock.Verify.StartAsync().Never();
        Assert.Empty(_sink.Calls);
    }

    [Fact]
    public async Task A_failure_of_the_mock_propagates_unchanged_through_both_decorators_and_is_tracked()
    {
        var thrown = new TimeoutException("engine did not answer");
        _mock.Setup.StopAsync().ThrowsAsync(thrown);
        using var activities = new ActivityRecorder(TrackingContainerDriver.TelemetryName);

        var caught = await Assert.ThrowsAsync<TimeoutException>(() => Driver.StopAsync("0123456789abcdef", 10, CancellationToken.None));

        Assert.Same(thrown, caught);
        Assert.Same(thrown, Assert.Single(_sink.Calls).Exception);
        var activity = Assert.Single(activities.Stopped);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("System.TimeoutException", activity.GetTagItem(TrackingTelemetryNames.ErrorTypeTag));
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Same(thrown, warning.Exception);
    }

    [Fact]
    public async Task Sensitive_values_appear_nowhere_the_chain_reports_to()
    {
        using var activities = new ActivityRecorder(TrackingContainerDriver.TelemetryName);

        await Driver.StartAsync(ValidSpec, CancellationToken.None);
        await Driver.LoginAsync("bob", Secret, CancellationToken.None);
        var rejected = await Assert.ThrowsAsync<DriverValidationException>(() => Driver.LoginAsync("", Secret, CancellationToken.None));

        _mock.Verify.LoginAsync("bob", Secret).Once();
        var reported = string.Join("\n", _sink.Calls.Select(c => c.ToString()))
            + string.Join("\n", _logs.Entries.Select(e => e.Message))
            + string.Join("\n", activities.Stopped.SelectMany(a => a.TagObjects).Select(t => t.Value?.ToString()))
            + rejected.Message + string.Join("\n", rejected.Failures);
        Assert.DoesNotContain(Secret, reported, StringComparison.Ordinal);
        Assert.Contains("RegistryPassword = ***", reported, StringComparison.Ordinal);
        Assert.Contains("password: ***", reported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_from_the_mock_is_validated_tracked_over_its_whole_enumeration_and_forwarded()
    {
        _mock.Setup.LogsAsync().ReturnsItems("line 1", "line 2");

        var lines = new List<string>();
        await foreach (var line in Driver.LogsAsync("0123456789abcdef", CancellationToken.None))
        {
            lines.Add(line);
        }

        Assert.Equal(["line 1", "line 2"], lines);
        Assert.Equal("LogsAsync", Assert.Single(_sink.Calls).Operation);
        Assert.Throws<DriverValidationException>(() => Driver.LogsAsync(null!, CancellationToken.None));
    }

    [Fact]
    public async Task Each_decorator_can_be_switched_off()
    {
        var mock = new ContainerDriverMock();
        await using var services = new ServiceCollection()
            .AddKeyedContainerDriverMock("tracking-only", mock, DriverDecorators.Tracking)
            .AddKeyedContainerDriverMock("validation-only", mock, DriverDecorators.Validation)
            .AddKeyedContainerDriverMock("bare", mock, DriverDecorators.None)
            .BuildServiceProvider();

        Assert.IsType<TrackingContainerDriver>(services.GetRequiredKeyedService<IContainerDriver>("tracking-only"));
        Assert.IsType<ValidatingContainerDriver>(services.GetRequiredKeyedService<IContainerDriver>("validation-only"));
        Assert.Same(mock, services.GetRequiredKeyedService<IContainerDriver>("bare"));

        // Without validation, an invalid call reaches the mock.
        await services.GetRequiredKeyedService<IContainerDriver>("tracking-only").StopAsync("short", 999, CancellationToken.None);
        mock.Verify.StopAsync("short", 999).Once();
    }

    [Fact]
    public async Task Keyed_mocks_for_two_backends_live_side_by_side()
    {
        var docker = new ContainerDriverMock();
        var local = new ContainerDriverMock();
        docker.Setup.StartAsync().ReturnsAsync("docker-id");
        local.Setup.StartAsync().ReturnsAsync("local-id");
        await using var services = new ServiceCollection()
            .AddKeyedContainerDriverMock("docker", docker)
            .AddKeyedContainerDriverMock("local", local)
            .BuildServiceProvider();

        Assert.Equal("docker-id", await services.GetRequiredKeyedService<IContainerDriver>("docker").StartAsync(ValidSpec, CancellationToken.None));
        Assert.Equal("local-id", await services.GetRequiredKeyedService<IContainerDriver>("local").StartAsync(ValidSpec, CancellationToken.None));
        docker.Verify.StartAsync().Once();
        local.Verify.StartAsync().Once();
    }
}
