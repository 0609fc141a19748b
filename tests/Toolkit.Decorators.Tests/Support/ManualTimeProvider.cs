namespace Toolkit.Decorators.Tests.Support;

/// <summary>
/// A clock that moves only when told to, so durations are exact and tests never depend on the machine's speed.
/// (Microsoft.Extensions.TimeProvider.Testing is not on this machine's package mirror.)
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _ticks;
    private readonly DateTimeOffset _origin;

    public ManualTimeProvider(DateTimeOffset origin)
    {
        _origin = origin;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => _origin + TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
