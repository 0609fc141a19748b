using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Toolkit.Errors;

namespace Toolkit.Docker.Transport;

/// <summary>
/// Finds the engine endpoint: <c>DOCKER_HOST</c>, then the current docker context, then the platform
/// default. Every failure names the variable or file it came from.
/// </summary>
internal static class DockerEndpointResolver
{
    private const string Operation = "ResolveEndpoint";

    public static DockerEndpoint Resolve(DockerEnvironment environment)
    {
        if (environment.GetVariable("DOCKER_HOST") is { Length: > 0 } host)
        {
            return ParseOrThrow(host, TlsFromVariables(environment), DockerEndpointSource.DockerHostVariable, "the DOCKER_HOST environment variable");
        }

        string? contextName;
        DockerEndpointSource contextSource;
        string contextOrigin;
        if (environment.GetVariable("DOCKER_CONTEXT") is { Length: > 0 } fromVariable)
        {
            contextName = fromVariable;
            contextSource = DockerEndpointSource.DockerContextVariable;
            contextOrigin = "DOCKER_CONTEXT";
        }
        else
        {
            var configFile = Path.Combine(environment.ConfigDirectory, "config.json");
            contextName = ReadCurrentContext(configFile);
            contextSource = DockerEndpointSource.CurrentContext;
            contextOrigin = $"currentContext in {configFile}";
        }

        if (contextName is { Length: > 0 } && !string.Equals(contextName, "default", StringComparison.Ordinal))
        {
            return FromContext(environment, contextName, contextSource, contextOrigin);
        }

        return environment.IsWindows == OperatingSystem.IsWindows()
            ? DockerEndpoint.PlatformDefault
            : DockerEndpoint.Parse(environment.IsWindows ? "npipe:////./pipe/docker_engine" : "unix:///var/run/docker.sock", null, DockerEndpointSource.PlatformDefault, "the platform default");
    }

    /// <summary>The directory name docker uses for a context: the hex SHA-256 of its name.</summary>
    public static string ContextDirectoryName(string contextName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contextName)));

    private static DockerTlsSettings? TlsFromVariables(DockerEnvironment environment)
    {
        // Mirrors the docker CLI: DOCKER_CERT_PATH turns TLS on; DOCKER_TLS_VERIFY (any non-empty value)
        // turns verification on and, without DOCKER_CERT_PATH, reads the certificates from ~/.docker.
        var certPath = environment.GetVariable("DOCKER_CERT_PATH");
        var verify = environment.GetVariable("DOCKER_TLS_VERIFY") is { Length: > 0 };
        if (string.IsNullOrEmpty(certPath) && !verify)
        {
            return null;
        }

        return DockerTlsSettings.FromDirectory(string.IsNullOrEmpty(certPath) ? environment.ConfigDirectory : certPath, verify);
    }

    private static string? ReadCurrentContext(string configFile)
    {
        if (!File.Exists(configFile))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(configFile));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("currentContext", out var current)
                && current.ValueKind == JsonValueKind.String
                ? current.GetString()
                : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new DriverHealthException(DriverNames.Docker, configFile, $"the docker CLI configuration could not be read ({ex.Message}). Fix or remove the file, or set DOCKER_HOST", Operation, isRetryable: false, ex);
        }
    }

    private static DockerEndpoint FromContext(DockerEnvironment environment, string name, DockerEndpointSource source, string origin)
    {
        var hash = ContextDirectoryName(name);
        var metaFile = Path.Combine(environment.ConfigDirectory, "contexts", "meta", hash, "meta.json");
        var description = $"docker context '{name}' ({origin}; {metaFile})";
        if (!File.Exists(metaFile))
        {
            throw new DriverHealthException(DriverNames.Docker, $"docker context '{name}'", $"the context named by {origin} does not exist: {metaFile} is missing. Create it with 'docker context create', or pick another context", Operation, isRetryable: false);
        }

        string? host;
        bool skipTlsVerify;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(metaFile));
            var docker = document.RootElement.GetProperty("Endpoints").GetProperty("docker");
            host = docker.TryGetProperty("Host", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            skipTlsVerify = docker.TryGetProperty("SkipTLSVerify", out var s) && s.ValueKind == JsonValueKind.True;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or KeyNotFoundException or InvalidOperationException)
        {
            throw new DriverHealthException(DriverNames.Docker, $"docker context '{name}'", $"{metaFile} could not be read as a docker context ({ex.Message})", Operation, isRetryable: false, ex);
        }

        if (string.IsNullOrEmpty(host))
        {
            throw new DriverHealthException(DriverNames.Docker, $"docker context '{name}'", $"{metaFile} has no Endpoints.docker.Host", Operation, isRetryable: false);
        }

        var tlsDirectory = Path.Combine(environment.ConfigDirectory, "contexts", "tls", hash, "docker");
        var tls = Directory.Exists(tlsDirectory) ? DockerTlsSettings.FromDirectory(tlsDirectory, verifyServer: !skipTlsVerify) : null;
        return ParseOrThrow(host, tls, source, description);
    }

    private static DockerEndpoint ParseOrThrow(string host, DockerTlsSettings? tls, DockerEndpointSource source, string description)
    {
        try
        {
            return DockerEndpoint.Parse(host, tls, source, description);
        }
        catch (ArgumentException ex)
        {
            var reason = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
            throw new DriverHealthException(DriverNames.Docker, host, reason, Operation, isRetryable: false, ex);
        }
    }
}
