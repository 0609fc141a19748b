using Microsoft.Extensions.Logging;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Errors;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Integration;

/// <summary>
/// When validation fails inside a tracked chain (a tracking decorator around a validating one, or an implementation that
/// calls another validated driver), the validation error passes through tracking: its message, failures and text land
/// in logs, spans and call records, and none of them carries a [Sensitive] value.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class ValidationInsideTrackingTests : IDisposable
{
    private const string Secret = "bad-s3cr3t-ada";

    private readonly InMemoryCallSink _sink = new();
    private readonly RecordingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggers;
    private readonly ActivityRecorder _activities = new(TrackingKeyringDriver.TelemetryName);

    public ValidationInsideTrackingTests()
    {
        _loggers = LoggerFactory.Create(builder => builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
    }

    public void Dispose()
    {
        _activities.Dispose();
        _loggers.Dispose();
    }

    [Fact]
    public void A_rejected_sensitive_parameter_reaches_no_log_span_or_call_record()
    {
        var driver = Tracked(new ValidatingKeyringDriver(new Keyring()));

        var error = Assert.Throws<DriverValidationException>(() => driver.Seal(Secret));

        Assert.Equal("key", Assert.Single(error.Failures).Path);
        AssertNothingReportedContains("s3cr3t", error);
    }

    [Fact]
    public void A_rejected_sensitive_member_reaches_no_log_span_or_call_record()
    {
        var driver = Tracked(new ValidatingKeyringDriver(new Keyring()));

        var error = Assert.Throws<DriverValidationException>(() => driver.Enroll(new KeyringUser { Passphrase = Secret }));

        Assert.Equal("user.Passphrase", Assert.Single(error.Failures).Path);
        AssertNothingReportedContains("s3cr3t", error);
    }

    [Fact]
    public void A_validation_error_from_a_driver_the_implementation_calls_reaches_no_log_span_or_call_record()
    {
        var driver = Tracked(new Forwarding(new ValidatingKeyringDriver(new Keyring())));

        var error = Assert.Throws<DriverValidationException>(() => driver.Seal(Secret));

        AssertNothingReportedContains("s3cr3t", error);
    }

    private TrackingKeyringDriver Tracked(IKeyringDriver inner) => new(inner, _sink, _loggers.CreateLogger("keyring"));

    private void AssertNothingReportedContains(string secret, DriverValidationException error)
    {
        var call = Assert.Single(_sink.Calls);
        Assert.Same(error, call.Exception);
        var activity = Assert.Single(_activities.Stopped);
        Assert.NotEmpty(activity.Events);
        Assert.NotEmpty(_logs.Entries);
        var reported = string.Join("\n", _sink.Calls.Select(c => c.ToString()))
            + string.Join("\n", _logs.Entries.Select(e => e.Message + e.Exception + string.Join(",", e.Fields.Values)))
            + string.Join("\n", activity.TagObjects.Select(t => t.Value?.ToString()))
            + string.Join("\n", activity.Events.SelectMany(e => e.Tags).Select(t => t.Value?.ToString()))
            + error + error.Message + string.Join("\n", error.Failures);
        Assert.DoesNotContain(secret, reported, StringComparison.Ordinal);
    }

    private sealed class Keyring : IKeyringDriver
    {
        public void Seal(string key) { }
        public void Enroll(KeyringUser user) { }
    }

    /// <summary>An implementation that passes its arguments on to another validated driver.</summary>
    private sealed class Forwarding(IKeyringDriver next) : IKeyringDriver
    {
        public void Seal(string key) => next.Seal(key);
        public void Enroll(KeyringUser user) => next.Enroll(user);
    }
}
