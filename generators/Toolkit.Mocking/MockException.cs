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
