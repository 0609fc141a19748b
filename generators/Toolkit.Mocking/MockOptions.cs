namespace Toolkit.Mocking;

/// <summary>How a generated mock behaves; pass to its constructor: <c>new ShellDriverMock(new MockOptions { Behavior = MockBehavior.Strict })</c>.</summary>
public sealed class MockOptions
{
    /// <summary>Loose (the default) or strict.</summary>
    public MockBehavior Behavior { get; init; } = MockBehavior.Loose;

    /// <summary>Whether calls are recorded (default <see langword="true"/>); can also be switched with <c>mock.RecordCalls</c>.</summary>
    public bool RecordCalls { get; init; } = true;

    /// <summary>
    /// A sequence shared with other mocks, so that <see cref="Verification.InOrder"/> can check the order of calls across
    /// mocks. Without it, order is tracked per mock.
    /// </summary>
    public MockSequence? Sequence { get; init; }

    /// <summary>The clock simulated latency waits on (default <see cref="TimeProvider.System"/>); a <see cref="ManualTimeProvider"/> makes tests deterministic.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
