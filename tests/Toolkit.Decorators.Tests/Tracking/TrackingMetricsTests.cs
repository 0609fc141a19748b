using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Tracking;

[Collection(TelemetryCollection.Name)]
public sealed class TrackingMetricsTests
{
    [Fact]
    public void The_duration_histogram_is_in_seconds_and_named_by_convention()
    {
        using var recorder = new HistogramRecorder(TrackingSampleDriver.TelemetryName, TrackingTelemetryNames.DurationInstrument);
        var driver = new TrackingSampleDriver(new FakeSampleDriver());

        driver.Echo("x");

        Assert.NotNull(recorder.Instrument);
        Assert.Equal("s", recorder.Instrument!.Unit);
        Assert.Equal("toolkit.driver.operation.duration", recorder.Instrument.Name);
    }

    [Fact]
    public async Task A_successful_call_records_its_duration_with_driver_and_operation_tags_only()
    {
        using var recorder = new HistogramRecorder(TrackingSampleDriver.TelemetryName, TrackingTelemetryNames.DurationInstrument);
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var gate = new TaskCompletionSource();
        var inner = new FakeSampleDriver { OnStart = async (_, _) => { await gate.Task; clock.Advance(TimeSpan.FromMilliseconds(1500)); } };
        var driver = new TrackingSampleDriver(inner, null, null, clock);

        var task = driver.StartAsync("x", CancellationToken.None);
        gate.SetResult();
        await task;

        var measurement = Assert.Single(recorder.Measurements);
        Assert.Equal(1.5, measurement.Value, precision: 9);
        Assert.Equal(2, measurement.Tags.Count);
        Assert.Equal("sample", measurement.Tags[TrackingTelemetryNames.DriverTag]);
        Assert.Equal("StartAsync", measurement.Tags[TrackingTelemetryNames.OperationTag]);
    }

    [Fact]
    public void A_failed_call_records_error_type_and_never_an_argument()
    {
        using var recorder = new HistogramRecorder(TrackingSampleDriver.TelemetryName, TrackingTelemetryNames.DurationInstrument);
        var inner = new FakeSampleDriver { OnEcho = _ => throw new FormatException() };
        var driver = new TrackingSampleDriver(inner);

        Assert.Throws<FormatException>(() => driver.Echo("high-cardinality-value"));

        var measurement = Assert.Single(recorder.Measurements);
        Assert.Equal("System.FormatException", measurement.Tags[TrackingTelemetryNames.ErrorTypeTag]);
        Assert.DoesNotContain(measurement.Tags.Values, value => Equals(value, "high-cardinality-value"));
    }

    [Fact]
    public void Without_a_meter_listener_the_histogram_is_disabled()
    {
        Assert.False(TrackingSampleDriver.Telemetry.Duration.Enabled);
        Assert.False(TrackingSampleDriver.Telemetry.IsObserved);
    }
}
