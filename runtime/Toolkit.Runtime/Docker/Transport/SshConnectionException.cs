namespace Toolkit.Docker.Transport;

/// <summary>
/// An ssh connection to an engine ended badly: ssh exited with an error (it could not log in, the host key is unknown,
/// the remote host has no docker CLI), or could not be started. Raised by reads on the connection, so HttpClient wraps
/// it; <see cref="DockerFailures.FromException"/> turns it into the typed driver error for the call that was made.
/// </summary>
internal sealed class SshConnectionException(int? exitCode, string standardError, bool receivedData, Exception? innerException = null)
    : IOException($"ssh exited{(exitCode is { } code ? " with code " + code : "")}: {standardError}", innerException)
{
    /// <summary>ssh's exit code, or <see langword="null"/> when it could not be started.</summary>
    public int? ExitCode { get; } = exitCode;

    /// <summary>The last lines ssh (or the remote command) wrote to standard error.</summary>
    public string StandardError { get; } = standardError;

    /// <summary>Whether the engine had already sent something: the connection broke rather than never opening.</summary>
    public bool ReceivedData { get; } = receivedData;
}
