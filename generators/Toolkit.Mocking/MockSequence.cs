namespace Toolkit.Mocking;

/// <summary>
/// A counter shared by several mocks so that the order of their calls can be verified together with
/// <see cref="Verification.InOrder"/>. Create one per test and pass it in <see cref="MockOptions.Sequence"/>.
/// </summary>
public sealed class MockSequence
{
    private long _next;

    /// <summary>The next position in the sequence; thread-safe.</summary>
    /// <returns>A number larger than every number returned before.</returns>
    public long Next() => Interlocked.Increment(ref _next);
}
