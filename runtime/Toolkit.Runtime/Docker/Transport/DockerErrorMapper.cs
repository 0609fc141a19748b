using Toolkit.Errors;

namespace Toolkit.Docker.Transport;

/// <summary>
/// Turns an engine error response (<c>{"message": …}</c> with a status) into the typed driver error:
/// 404 becomes the right "not found" for what is missing (the engine's message says whether it is the
/// container, the image, the network or a path), 409 a <see cref="DockerConflictException"/> carrying the
/// engine's words (as does a 403 that is not an authorization plugin's denial), 401/403 authentication/authorization, and the rest the operation's own failure type.
/// </summary>
internal static class DockerErrorMapper
{
    public static DriverException Map(in DockerCall call, int status, string message)
    {
        var operation = call.Operation;
        switch (status)
        {
            case 401:
                return new DriverAuthenticationException(DriverNames.Docker, message, operation);
            case 403 when message.Contains("authorization denied", StringComparison.OrdinalIgnoreCase):
                return new DriverAuthorizationException(DriverNames.Docker, message, operation);
            case 403:
                // The engine also answers 403 for "not in this state" (a network with active endpoints, a
                // predefined network): a conflict with the resource's state, not a permission problem.
                return new DockerConflictException(call.Kind, call.Subject, message, operation);
            case 404:
                return NotFound(call, message);
            case 409:
                return new DockerConflictException(call.Kind, call.Subject, message, operation);
        }

        // 502, 503 and 504 mean "not now" (a proxy or an engine still starting); other engine errors are
        // deterministic (a bad mount, an unknown option) and repeat on retry.
        var transient = status is 502 or 503 or 504;
        return call.Failure switch
        {
            DockerFailure.ContainerCreate => new ContainerCreationException(call.Detail ?? call.Subject, message, operation, transient),
            DockerFailure.ContainerStart => new ContainerStartException(call.Subject, message, operation, transient),
            DockerFailure.ContainerStop => new ContainerStopException(call.Subject, message, operation, transient),
            DockerFailure.ContainerRemove => new ContainerRemoveException(call.Subject, message, operation, transient),
            DockerFailure.VolumeCreate => new VolumeCreationException(call.Subject, message, operation, transient),
            DockerFailure.VolumeRemove => new VolumeRemoveException(call.Subject, message, operation, transient),
            DockerFailure.NetworkCreate => new NetworkCreationException(call.Subject, message, operation, transient),
            DockerFailure.NetworkRemove => new NetworkRemoveException(call.Subject, message, operation, transient),
            _ => new DockerEngineException(status, message, operation, transient),
        };
    }

    private static DriverException NotFound(in DockerCall call, string message)
    {
        var operation = call.Operation;
        if (TrailingName(message, "No such image:") is { } image)
        {
            return new ImageNotFoundException(image, operation);
        }

        if (TrailingName(message, "No such container:") is { } container)
        {
            return new ContainerNotFoundException(container, operation);
        }

        if (message.Contains("no such volume", StringComparison.OrdinalIgnoreCase))
        {
            return new VolumeNotFoundException(call.Kind == DockerResourceKind.Volume ? call.Subject : message, operation);
        }

        if (message.StartsWith("network ", StringComparison.OrdinalIgnoreCase) && message.Contains("not found", StringComparison.OrdinalIgnoreCase))
        {
            return new NetworkNotFoundException(call.Kind == DockerResourceKind.Network ? call.Subject : message["network ".Length..message.IndexOf(" not found", StringComparison.OrdinalIgnoreCase)], operation);
        }

        if (call.Failure == DockerFailure.ContainerCreate)
        {
            return new ImageNotFoundException(call.Detail ?? call.Subject, operation);
        }

        return call.Kind switch
        {
            DockerResourceKind.Container when call is { Failure: DockerFailure.Archive, Detail: { } path } => new ContainerPathNotFoundException(call.Subject, path, operation),
            DockerResourceKind.Container => new ContainerNotFoundException(call.Subject, operation),
            DockerResourceKind.Image => new ImageNotFoundException(call.Subject, operation),
            DockerResourceKind.Volume => new VolumeNotFoundException(call.Subject, operation),
            DockerResourceKind.Network => new NetworkNotFoundException(call.Subject, operation),
            _ => new DockerEngineException(404, message, operation, isRetryable: false),
        };
    }

    private static string? TrailingName(string message, string prefix)
    {
        var at = message.IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var name = message[(at + prefix.Length)..].Trim();
        return name.Length == 0 ? null : name;
    }
}
