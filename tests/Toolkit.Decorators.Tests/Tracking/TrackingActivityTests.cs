using System.Diagnostics;
using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Tracking;

[Collection(TelemetryCollection.Name)]
public sealed class TrackingActivityTests
{
    [Fact]
    public void The_source_is_named_after_the_interface()
    {
        Assert.Equal("Toolkit.Decorators.Tests.Prototype.ISampleDriver", TrackingSampleDriver.TelemetryName);
        Assert.Equal(typeof(ISampleDriver).FullName, TrackingSampleDriver.Telemetry.Name);
        Assert.Equal(TrackingSampleDriver.TelemetryName, TrackingSampleDriver.Telemetry.Source.Name);
        Assert.Equal(TrackingSampleDriver.TelemetryName, TrackingSampleDriver.Telemetry.Meter.Name);
    }

    [Fact]
    public void A_successful_call_produces_one_internal_span_with_driver_and_operation_tags_and_unset_status()
    {
        using var recorder = new ActivityRecorder(TrackingSampleDriver.TelemetryName);
        var driver = new TrackingSampleDriver(new FakeSampleDriver());

        driver.Echo("hello");

        var activity = Assert.Single(recorder.Stopped);
        Assert.Equal("sample.Echo", activity.OperationName);
        Assert.Equal(ActivityKind.Internal, activity.Kind);
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
        Assert.Equal("sample", activity.GetTagItem(TrackingTelemetryNames.DriverTag));
        Assert.Equal("Echo", activity.GetTagItem(TrackingTelemetryNames.OperationTag));
        Assert.Null(activity.GetTagItem(TrackingTelemetryNames.ErrorTypeTag));
    }

    [Fact]
    public void A_span_carries_the_arguments_as_tags()
    {
        using var recorder = new ActivityRecorder(TrackingSampleDriver.TelemetryName);
        var driver = new TrackingSampleDriver(new FakeSampleDriver());

        driver.Echo("hello");

        var activity = Assert.Single(recorder.Stopped);
        Assert.Equal("hello", activity.GetTagItem("toolkit.driver.argument.text"));
    }

    [Fact]
    public async Task A_failed_call_has_error_status_the_exception_type_and_an_exception_event()
    {
        using var recorder = new ActivityRecorder(TrackingSampleDriver.TelemetryName);
        var inner = new FakeSampleDriver { OnCount = async (_, _) => { await Task.Yield(); throw new TimeoutException("slow"); } };
        var driver = new TrackingSampleDriver(inner);

        await Assert.ThrowsAsync<TimeoutException>(() => driver.CountAsync("x", CancellationToken.None));

        var activity = Assert.Single(recorder.Stopped);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("System.TimeoutException", activity.GetTagItem(TrackingTelemetryNames.ErrorTypeTag));
        var exceptionEvent = Assert.Single(activity.Events);
        Assert.Equal("exception", exceptionEvent.Name);
    }

    [Fact]
    public void A_call_made_inside_an_activity_is_its_child()
    {
        using var testSource = new ActivitySource("Toolkit.Decorators.Tests.Parent");
        using var parentListener = new ActivityRecorder(testSource.Name);
        using var recorder = new ActivityRecorder(TrackingSampleDriver.TelemetryName);
        var driver = new TrackingSampleDriver(new FakeSampleDriver());

        using (var parent = testSource.StartActivity("parent"))
        {
            driver.Echo("x");
            var activity = Assert.Single(recorder.Stopped);
            Assert.Same(parent, activity.Parent);
            Assert.Same(parent, Activity.Current);
        }
    }

    [Fact]
    public async Task The_inner_async_work_runs_inside_the_span_and_the_caller_gets_its_current_activity_back()
    {
        using var recorder = new ActivityRecorder(TrackingSampleDriver.TelemetryName);
        Activity? seenInside = null;
        var gate = new TaskCompletionSource();
        var inner = new FakeSampleDriver
        {
            OnStart = async (_, _) =>
            {
                await gate.Task;
                seenInside = Activity.Current;
            },
        };
        var driver = new TrackingSampleDriver(inner);
        var before = Activity.Current;

        var task = driver.StartAsync("x", CancellationToken.None);
        var afterCall = Activity.Current;
        gate.SetResult();
        await task;

        var activity = Assert.Single(recorder.Stopped);
        Assert.Same(before, afterCall);
        Assert.Same(activity, seenInside);
    }

    [Fact]
    public async Task A_stream_span_is_current_inside_the_inner_stream_but_not_in_the_consumer_loop()
    {
        using var recorder = new ActivityRecorder(TrackingSampleDriver.TelemetryName);
        var insideInner = new List<Activity?>();
        var insideLoop = new List<Activity?>();
        var inner = new FakeSampleDriver { OnStream = (_, _) => Observe(insideInner) };
        var driver = new TrackingSampleDriver(inner);

        await foreach (var item in driver.StreamAsync("s", CancellationToken.None))
        {
            insideLoop.Add(Activity.Current);
        }

        var activity = Assert.Single(recorder.Stopped);
        Assert.Equal("sample.StreamAsync", activity.OperationName);
        Assert.All(insideInner, current => Assert.Same(activity, current));
        Assert.All(insideLoop, current => Assert.Null(current));
        Assert.Null(Activity.Current);

        static async IAsyncEnumerable<string> Observe(List<Activity?> seen)
        {
            for (int i = 0; i < 3; i++)
            {
                seen.Add(Activity.Current);
                await Task.Yield();
                seen.Add(Activity.Current);
                yield return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    [Fact]
    public void A_span_that_only_propagates_gets_no_tags()
    {
        using var recorder = new ActivityRecorder(TrackingSampleDriver.TelemetryName, ActivitySamplingResult.PropagationData);
        var driver = new TrackingSampleDriver(new FakeSampleDriver());

        driver.Echo("hello");

        var activity = Assert.Single(recorder.Stopped);
        Assert.Empty(activity.TagObjects);
    }

    [Fact]
    public void Without_a_listener_no_span_is_created_even_with_a_parent_activity_current()
    {
        using var testSource = new ActivitySource("Toolkit.Decorators.Tests.Unrelated");
        using var parentListener = new ActivityRecorder(testSource.Name);
        var inner = new FakeSampleDriver();
        Activity? seenInside = null;
        inner.OnEcho = text => { seenInside = Activity.Current; return text; };
        var driver = new TrackingSampleDriver(inner);

        using var parent = testSource.StartActivity("parent");
        driver.Echo("x");

        Assert.Same(parent, seenInside);
    }
}
