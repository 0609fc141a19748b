using System.Diagnostics;
using Toolkit.Errors;
using Toolkit.Tracking;

namespace Toolkit.Shell.Tests.Decorated;

/// <summary>
/// The runtime's own <see cref="IShellDriver"/> carries <c>[GenerateTracking]</c>: the generated
/// <see cref="TrackingShellDriver"/> records real process runs.
/// </summary>
public sealed class TrackingShellDriverTests
{
    [Fact]
    public async Task A_run_is_recorded_with_its_operation_arguments_duration_and_outcome()
    {
        var sink = new InMemoryCallSink();
        IShellDriver shell = new TrackingShellDriver(new ShellDriver(), sink);

        await shell.RunAsync(new ShellCommand("sleep", "0.05"));

        var call = Assert.Single(sink.Calls);
        Assert.Equal(("shell", "RunAsync", CallOutcome.Succeeded), (call.Driver, call.Operation, call.Outcome));
        Assert.True(call.Duration >= TimeSpan.FromMilliseconds(40), $"duration {call.Duration} should cover the process run");
        var command = Assert.IsType<ArgumentText>(call.Arguments["command"]).Text;
        Assert.Contains("Program = \"sleep\"", command, StringComparison.Ordinal);
        Assert.Contains("\"0.05\"", command, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_variables_and_standard_input_are_never_recorded()
    {
        var sink = new InMemoryCallSink();
        IShellDriver shell = new TrackingShellDriver(new ShellDriver(), sink);
        var command = new ShellCommand("true") { StandardInput = CommandInput.FromText("stdin-secret") }
            .WithEnvironmentVariable("API_TOKEN", "env-secret");

        await shell.RunAsync(command);

        var recorded = Assert.Single(sink.Calls).ToString();
        Assert.DoesNotContain("env-secret", recorded, StringComparison.Ordinal);
        Assert.DoesNotContain("stdin-secret", recorded, StringComparison.Ordinal);
        Assert.Contains("EnvironmentVariables = ***", recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_command_propagates_the_same_exception_and_is_recorded_as_failed()
    {
        var sink = new InMemoryCallSink();
        IShellDriver shell = new TrackingShellDriver(new ShellDriver(), sink);

        var error = await Assert.ThrowsAsync<CommandFailedException>(() => shell.RunAsync(new ShellCommand("false")));

        var call = Assert.Single(sink.Calls);
        Assert.Equal(CallOutcome.Failed, call.Outcome);
        Assert.Same(error, call.Exception);
    }

    [Fact]
    public async Task A_stream_is_one_call_that_ends_with_the_enumeration()
    {
        var sink = new InMemoryCallSink();
        IShellDriver shell = new TrackingShellDriver(new ShellDriver(), sink);

        var lines = new List<string>();
        await foreach (var e in shell.StreamLinesAsync(new ShellCommand("printf", "a\\nb\\n")))
        {
            Assert.Empty(sink.Calls);
            if (e is OutputLine line)
            {
                lines.Add(line.Text);
            }
        }

        Assert.Equal(["a", "b"], lines);
        var call = Assert.Single(sink.Calls);
        Assert.Equal(("StreamLinesAsync", CallOutcome.Succeeded), (call.Operation, call.Outcome));
    }

    [Fact]
    public async Task A_run_emits_a_span_named_after_the_driver_and_operation()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TrackingShellDriver.TelemetryName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        IShellDriver shell = new TrackingShellDriver(new ShellDriver());
        var marker = "span-" + Guid.NewGuid().ToString("N");

        await shell.RunAsync(new ShellCommand("echo", marker));

        Activity span;
        lock (spans)
        {
            span = Assert.Single(spans, s => s.GetTagItem("toolkit.driver.argument.command") is string text && text.Contains(marker, StringComparison.Ordinal));
        }

        Assert.Equal("Toolkit.Shell.IShellDriver", TrackingShellDriver.TelemetryName);
        Assert.Equal("shell.RunAsync", span.DisplayName);
        Assert.Equal("shell", span.GetTagItem("toolkit.driver.name"));
        Assert.Equal("RunAsync", span.GetTagItem("toolkit.driver.operation"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }
}
