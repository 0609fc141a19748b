namespace Toolkit.Mocking;

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
