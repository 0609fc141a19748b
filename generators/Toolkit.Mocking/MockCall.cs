namespace Toolkit.Mocking;

/// <summary>A recorded call, untyped: for listing everything a mock received. Typed calls come from <c>mock.Verify.X(...).Calls</c>.</summary>
public sealed class MockCall
{
    internal MockCall(MockMemberInfo member, long sequence, IReadOnlyList<object?> arguments)
    {
        Member = member;
        Sequence = sequence;
        Arguments = arguments;
    }

    /// <summary>The member that was called.</summary>
    public MockMemberInfo Member { get; }

    /// <summary>The call's position among all calls of the mock (or of the shared <see cref="MockSequence"/>).</summary>
    public long Sequence { get; }

    /// <summary>The arguments as received (values of <c>ref struct</c> parameters other than spans are not kept).</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>The call as C#: <c>Run("ls", 5)</c>.</summary>
    /// <returns>The call as text.</returns>
    public override string ToString() => Member.Format(Arguments.Select((a, i) => Member.FormatArgument(i, a)).ToList());
}
