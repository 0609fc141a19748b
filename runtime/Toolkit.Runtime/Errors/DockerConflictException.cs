namespace Toolkit.Errors;

/// <summary>
/// The engine refused a call because of the current state of a resource (HTTP 409): a container name
/// already in use, removing a running container without force, exec in a stopped container, a volume
/// or network still in use. Code: <see cref="DriverErrorCodes.ResourceConflict"/>.
/// </summary>
/// <param name="kind">The kind of resource the call was about.</param>
/// <param name="resource">The resource id or name as the caller gave it.</param>
/// <param name="engineMessage">The engine's own explanation, verbatim.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class DockerConflictException(DockerResourceKind kind, string resource, string engineMessage, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.ResourceConflict,
        $"{operation} on {kind.ToString().ToLowerInvariant()} '{resource}' conflicts with its current state: {ErrorText.Reason(engineMessage)}.",
        DriverNames.Docker,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The kind of resource the call was about.</summary>
    public DockerResourceKind Kind { get; } = kind;

    /// <summary>The resource id or name as the caller gave it.</summary>
    public string Resource { get; } = resource;

    /// <summary>The engine's own explanation, verbatim.</summary>
    public string EngineMessage { get; } = engineMessage;
}
