namespace Toolkit.Mocking;

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
