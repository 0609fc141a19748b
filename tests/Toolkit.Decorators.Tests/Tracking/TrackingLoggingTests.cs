using Microsoft.Extensions.Logging;
using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;

namespace Toolkit.Decorators.Tests.Tracking;

public sealed class TrackingLoggingTests : IDisposable
{
    private readonly RecordingLoggerProvider _provider = new();
    private readonly List<ILoggerFactory> _factories = [];

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
    }

    [Fact]
    public void A_successful_call_is_logged_at_debug_with_its_arguments_and_duration()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var inner = new FakeSampleDriver { OnEcho = text => { clock.Advance(TimeSpan.FromMilliseconds(3)); return text; } };
        var driver = new TrackingSampleDriver(inner, null, Logger(LogLevel.Trace), clock);

        driver.Echo("hi");

        var entry = Assert.Single(_provider.Entries);
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.Equal(1, entry.EventId.Id);
        Assert.Equal("DriverCallSucceeded", entry.EventId.Name);
        Assert.Equal("sample.Echo(text: \"hi\") succeeded in 3 ms", entry.Message);
        Assert.Equal("sample", entry.Fields["Driver"]);
        Assert.Equal("Echo", entry.Fields["Operation"]);
        Assert.Equal(3.0, entry.Fields["ElapsedMilliseconds"]);
    }

    [Fact]
    public async Task A_failed_call_is_logged_at_warning_with_the_exception()
    {
        var thrown = new TimeoutException("slow");
        var inner = new FakeSampleDriver { OnCount = async (_, _) => { await Task.Yield(); throw thrown; } };
        var driver = new TrackingSampleDriver(inner, null, Logger(LogLevel.Information), null);

        await Assert.ThrowsAsync<TimeoutException>(() => driver.CountAsync("abc", CancellationToken.None));

        var entry = Assert.Single(_provider.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("DriverCallFailed", entry.EventId.Name);
        Assert.Same(thrown, entry.Exception);
        Assert.StartsWith("sample.CountAsync(filter: \"abc\", cancellationToken: None) failed after ", entry.Message, StringComparison.Ordinal);
        Assert.EndsWith(" ms with System.TimeoutException", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Successful_calls_are_not_logged_when_debug_is_off()
    {
        var driver = new TrackingSampleDriver(new FakeSampleDriver(), null, Logger(LogLevel.Information), null);

        driver.Echo("hi");

        Assert.Empty(_provider.Entries);
    }

    [Fact]
    public void A_logger_switched_off_entirely_leaves_the_decorator_on_its_pass_through_path()
    {
        var pending = new TaskCompletionSource<int>();
        var driver = new TrackingSampleDriver(new FakeSampleDriver { OnCount = (_, _) => pending.Task }, null, Logger(LogLevel.None), null);

        Assert.Same(pending.Task, driver.CountAsync("x", CancellationToken.None));
    }

    [Fact]
    public void Long_string_arguments_are_shortened_in_log_lines()
    {
        var driver = new TrackingSampleDriver(new FakeSampleDriver(), null, Logger(LogLevel.Debug), null);

        driver.Echo(new string('x', 1000));

        var entry = Assert.Single(_provider.Entries);
        Assert.Contains("…(1000 chars)", entry.Message, StringComparison.Ordinal);
        Assert.True(entry.Message.Length < 400);
    }

    private ILogger Logger(LogLevel minimum)
    {
        var factory = LoggerFactory.Create(builder => builder.AddProvider(_provider).SetMinimumLevel(minimum));
        _factories.Add(factory);
        return factory.CreateLogger("Toolkit.Decorators.Tests");
    }
}
