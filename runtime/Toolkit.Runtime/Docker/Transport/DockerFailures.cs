using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.Json;
using Toolkit.Errors;

namespace Toolkit.Docker.Transport;

/// <summary>
/// How the engine's failures become driver errors, in one place. <see cref="FromResponse"/> turns an engine error
/// response (<c>{"message": …}</c> with a status) into the typed driver error:
/// 404 becomes the right "not found" for what is missing (the engine's message says whether it is the
/// container, the image, the network or a path), 409 a <see cref="DockerConflictException"/> carrying the
/// engine's words (as does a 403 that is not an authorization plugin's denial), 401/403 authentication/authorization, and the rest the operation's own failure type;
/// <see cref="FromException"/> turns what the transport throws (a refused or broken connection, a timeout, a failed TLS
/// handshake, an answer that is not JSON) into a driver error that names the endpoint and says what to do.
/// </summary>
internal static class DockerFailures
{
    public static DriverException FromResponse(in DockerCall call, int status, string message)
    {
        var operation = call.Operation;
        switch (call.Failure)
        {
            // A registry's refusal reaches the caller as whatever status the engine picked (500 for bad credentials):
            // the engine's words say what happened.
            case DockerFailure.RegistryPull or DockerFailure.RegistryPush:
                return FromRegistry(call, message, status);
            case DockerFailure.ImageLoad when status is not (502 or 503 or 504):
                return new ImageLoadException(message, operation);
        }

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

    /// <summary>
    /// The error for a registry failure that the engine reported, either as an error response or as an error message
    /// inside the progress stream of a 200 answer (a push reports everything that way).
    /// </summary>
    public static DriverException FromRegistry(in DockerCall call, string message, int? status = null)
    {
        var operation = call.Operation;
        var reference = call.Subject;
        var registry = RegistryOf(reference);
        var credentialSource = call.Detail ?? "no credentials";
        if (Has(message, "does not exist locally"))
        {
            return new ImageNotFoundException(reference, operation);
        }

        if (status == 401 || Has(message, "unauthorized") || Has(message, "authentication required") || Has(message, "no basic auth credentials")
            || Has(message, "incorrect username or password") || Has(message, "denied: requested access"))
        {
            return new RegistryAuthenticationException(registry, reference, message, credentialSource, operation);
        }

        if (status == 404 || Has(message, "manifest unknown") || Has(message, "name unknown") || Has(message, "repository does not exist"))
        {
            return new RegistryImageNotFoundException(reference, message, operation);
        }

        var (advice, retryable) = RegistryAdvice(message, registry, status);
        return call.Failure == DockerFailure.RegistryPush
            ? new ImagePushException(reference, message, advice, operation, retryable)
            : new ImagePullException(reference, message, advice, operation, retryable);
    }

    private static (string Advice, bool Retryable) RegistryAdvice(string message, string registry, int? status)
    {
        if (Has(message, "x509:") || Has(message, "certificate signed by unknown authority") || Has(message, "certificate is not valid") || Has(message, "certificate has expired"))
        {
            return ($"The engine does not trust the TLS certificate of registry '{registry}': put the CA that signed it in /etc/docker/certs.d/{registry}/ca.crt on the engine's host, or fix the certificate", false);
        }

        if (Has(message, "server gave HTTP response to HTTPS client"))
        {
            return ($"Registry '{registry}' speaks plain HTTP: serve it over TLS, or list it in insecure-registries in the engine's daemon.json", false);
        }

        if (Has(message, "toomanyrequests") || Has(message, "too many requests"))
        {
            return ($"Registry '{registry}' limits how often it may be used: wait, or authenticate to get a higher limit, and retry", true);
        }

        var transient = status is 502 or 503 or 504
            || Has(message, "connection refused") || Has(message, "no such host") || Has(message, "timeout")
            || Has(message, "connection reset") || Has(message, "EOF") || Has(message, "broken pipe") || Has(message, "503 Service Unavailable")
            || Has(message, "502 Bad Gateway") || Has(message, "504 Gateway Timeout") || Has(message, "network is unreachable");
        return transient
            ? ($"Check that registry '{registry}' is reachable from the engine's host, and retry", true)
            : ($"Check the image reference and registry '{registry}'", false);
    }

    private static string RegistryOf(string reference)
    {
        try
        {
            return Registries.ImageReference.Parse(reference, "reference").Registry;
        }
        catch (ArgumentException)
        {
            return reference;
        }
    }

    private static bool Has(string message, string fragment) => message.Contains(fragment, StringComparison.OrdinalIgnoreCase);

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

    /// <summary>
    /// The driver error for a failed send or body read, or <see langword="null"/> when the exception should
    /// propagate unchanged (the caller's own cancellation, an error that is already a driver error).
    /// </summary>
    public static Exception? FromException(Exception exception, in DockerCall call, DockerEndpoint endpoint, TimeSpan connectTimeout, CancellationToken callerToken, CancellationTokenSource? timeout, bool duringBody)
    {
        if (exception is DriverException or ObjectDisposedException)
        {
            return null;
        }

        if (callerToken.IsCancellationRequested)
        {
            // Cancelling aborts the connection, which can surface as an IOException; the caller asked for
            // cancellation, so that is what they get.
            return exception is OperationCanceledException ? null : new OperationCanceledException($"{call.Operation} was cancelled.", exception, callerToken);
        }

        if (timeout is { IsCancellationRequested: true } && call.Timeout is { } limit)
        {
            return new DriverTimeoutException(DriverNames.Docker, limit, call.Operation, isRetryable: true, exception);
        }

        // HttpClient wraps what the connection itself reported (an ssh that could not log in, say): that is the error.
        for (var inner = (Exception?)exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SshConnectionException ssh:
                    return FromSsh(ssh, call, endpoint);
                case TlsHandshakeException tlsFailure:
                    return new DriverAuthenticationException(DriverNames.Docker, $"the TLS handshake with {endpoint} failed: {tlsFailure.Message}. Check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) and DOCKER_TLS_VERIFY, or the context's certificates", call.Operation, isRetryable: false, tlsFailure);
                case DriverException typed:
                    return typed;
            }
        }

        if (exception is HttpRequestException { InnerException: AuthenticationException tls })
        {
            return new DriverAuthenticationException(DriverNames.Docker, $"the TLS handshake with {endpoint} failed ({tls.Message}). Check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) and DOCKER_TLS_VERIFY", call.Operation, isRetryable: false, exception);
        }

        if (exception is JsonException json)
        {
            return new DockerEngineException(200, $"the engine's answer was not the JSON the driver expects ({json.Message})", call.Operation, isRetryable: false, exception);
        }

        if (exception is HttpRequestException or IOException or SocketException or OperationCanceledException)
        {
            return new DriverNetworkException(DriverNames.Docker, endpoint.ToString(), DescribeTransportFailure(exception, endpoint, connectTimeout, duringBody), call.Operation, isRetryable: true, exception);
        }

        return null;
    }

    /// <summary>
    /// The error for an ssh connection that ended badly, from ssh's exit and what it wrote to standard error: a refused
    /// login or an unknown host key is an authentication failure (retrying cannot help), an unreachable host a network
    /// failure (it can), a remote host without the docker CLI an unhealthy endpoint.
    /// </summary>
    private static DriverException FromSsh(SshConnectionException ssh, in DockerCall call, DockerEndpoint endpoint)
    {
        var operation = call.Operation;
        var stderr = ssh.StandardError;
        if (ssh.ExitCode is null)
        {
            return new DriverHealthException(DriverNames.Docker, endpoint.ToString(), $"the ssh client could not be started ({ssh.InnerException?.Message ?? stderr}). Install OpenSSH's client, or set DockerSshSettings.Program", operation, isRetryable: false, ssh);
        }

        if (Has(stderr, "Permission denied") || Has(stderr, "Host key verification failed") || Has(stderr, "REMOTE HOST IDENTIFICATION HAS CHANGED")
            || Has(stderr, "Too many authentication failures") || Has(stderr, "No supported authentication methods") || Has(stderr, "No more authentication methods"))
        {
            return new DriverAuthenticationException(DriverNames.Docker, $"ssh to {endpoint} was refused: {stderr}. Check the user, the key (DockerSshSettings.IdentityFile or the ssh agent) and that the host's key is in the known-hosts file (DockerSshSettings.KnownHostsFile)", operation, isRetryable: false, ssh);
        }

        if (ssh.ExitCode == 127 || Has(stderr, "command not found") || Has(stderr, "docker: not found") || Has(stderr, "unknown command \"dial-stdio\""))
        {
            return new DriverHealthException(DriverNames.Docker, endpoint.ToString(), $"the remote host could not run 'docker system dial-stdio' ({stderr}): it needs the docker CLI (18.09 or later) on the PATH of an ssh session", operation, isRetryable: false, ssh);
        }

        var reason = ssh.ReceivedData
            ? $"the ssh connection broke while the engine was answering ({stderr}). Retry; if it keeps happening, check the network and the host"
            : $"ssh could not reach the engine ({stderr}). Check that the host is reachable and its ssh server and docker engine run";
        return new DriverNetworkException(DriverNames.Docker, endpoint.ToString(), reason, operation, isRetryable: true, ssh);
    }

    private static string DescribeTransportFailure(Exception exception, DockerEndpoint endpoint, TimeSpan connectTimeout, bool duringBody)
    {
        var socketError = FindSocketError(exception);
        if (duringBody)
        {
            return $"the connection broke while the engine's answer was being read ({exception.Message}). Retry; if it keeps happening, check the engine's log";
        }

        if (exception is OperationCanceledException)
        {
            return $"no connection could be opened within {connectTimeout.TotalSeconds:0.###} s. Check that the engine is running and the address is right";
        }

        if (endpoint.Transport == DockerTransportKind.UnixSocket)
        {
            // Path.Exists, not File.Exists: a socket is not a regular file.
            if (!Path.Exists(endpoint.Address))
            {
                return $"the socket file {endpoint.Address} does not exist. Start the Docker engine (dockerd), or point DOCKER_HOST at the right socket";
            }

            if (socketError == SocketError.AccessDenied)
            {
                return $"permission to open {endpoint.Address} was denied. Run as root or as a member of the socket's group (usually 'docker')";
            }

            if (socketError == SocketError.ConnectionRefused)
            {
                return $"nothing accepts connections on {endpoint.Address} (connection refused): the engine is not running or is restarting. Start dockerd and retry";
            }
        }

        return socketError switch
        {
            SocketError.ConnectionRefused => "the connection was refused: the engine is not running, or does not listen on that port. Start it and retry",
            SocketError.HostNotFound or SocketError.NoData => $"the host name '{endpoint.Address}' could not be resolved. Check DOCKER_HOST or the docker context",
            SocketError.TimedOut => "the connection timed out. Check the address and any firewall in between",
            _ => $"{exception.Message}. Check that the engine is running and reachable",
        };
    }

    private static SocketError? FindSocketError(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }
}
