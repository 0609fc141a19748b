namespace Toolkit.Errors;

/// <summary>
/// A path given for a copy or stat does not exist inside the container (the container itself does).
/// Code: <see cref="DriverErrorCodes.ContainerPathNotFound"/>.
/// </summary>
/// <param name="container">The container id or name.</param>
/// <param name="path">The path inside the container.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ContainerPathNotFoundException(string container, string path, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.ContainerPathNotFound,
        $"Path '{path}' does not exist in container '{container}' ({operation}). Copy destinations must be existing directories; check the path with an exec of 'ls'.",
        DriverNames.Docker,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The container id or name.</summary>
    public string Container { get; } = container;

    /// <summary>The path inside the container.</summary>
    public string Path { get; } = path;
}
