namespace Toolkit.Mocking;

/// <summary>The base of every failure a generated mock reports.</summary>
public class MockException : Exception
{
    /// <summary>Creates a mock failure.</summary>
    /// <param name="message">What went wrong, with the calls involved.</param>
    public MockException(string message)
        : base(message)
    {
    }
}

/// <summary>A strict mock received a call that matches no setup.</summary>
public sealed class UnexpectedCallException : MockException
{
    /// <summary>Creates the failure.</summary>
    /// <param name="message">Names the call, its arguments and the existing setups.</param>
    /// <param name="call">The unexpected call.</param>
    public UnexpectedCallException(string message, string call)
        : base(message)
    {
        Call = call;
    }

    /// <summary>The unexpected call as C#, e.g. <c>Run("rm -rf /")</c>.</summary>
    public string Call { get; }
}

/// <summary>A verification failed: the recorded calls are not the expected ones.</summary>
public sealed class MockVerificationException : MockException
{
    /// <summary>Creates the failure.</summary>
    /// <param name="message">What was expected and every call that was recorded.</param>
    public MockVerificationException(string message)
        : base(message)
    {
    }
}
