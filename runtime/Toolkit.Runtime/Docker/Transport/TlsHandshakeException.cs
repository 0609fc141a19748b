namespace Toolkit.Docker.Transport;

/// <summary>
/// A TLS connection to an engine failed because of a certificate, on one side or the other; the message says which.
/// Raised on the connection (so HttpClient wraps it); <see cref="DockerFailures.FromException"/> turns it into a
/// non-retryable <see cref="Toolkit.Errors.DriverAuthenticationException"/> for the call that was made.
/// </summary>
internal sealed class TlsHandshakeException(string reason, Exception innerException) : IOException(reason, innerException);
