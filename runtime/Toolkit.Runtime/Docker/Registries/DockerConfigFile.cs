using System.Text;
using System.Text.Json;
using Toolkit.Docker.Images;
using Toolkit.Errors;

namespace Toolkit.Docker.Registries;

/// <summary>
/// The registry part of the docker CLI's <c>config.json</c>: <c>auths</c> (credentials stored in the file, the
/// <c>auth</c> field being base64 of <c>user:password</c>), <c>credsStore</c> (the credential helper for every
/// registry) and <c>credHelpers</c> (a helper per registry). A missing file is an empty configuration, as for the CLI.
/// </summary>
internal sealed class DockerConfigFile
{
    private DockerConfigFile(string path, Dictionary<string, RegistryCredentials?> auths, string? credsStore, Dictionary<string, string> credHelpers)
    {
        Path = path;
        Auths = auths;
        CredsStore = credsStore;
        CredHelpers = credHelpers;
    }

    public string Path { get; }

    public IReadOnlyDictionary<string, RegistryCredentials?> Auths { get; }

    public string? CredsStore { get; }

    public IReadOnlyDictionary<string, string> CredHelpers { get; }

    public static DockerConfigFile Read(string configDirectory, string operation)
    {
        var path = System.IO.Path.Combine(configDirectory, "config.json");
        var auths = new Dictionary<string, RegistryCredentials?>(StringComparer.Ordinal);
        var helpers = new Dictionary<string, string>(StringComparer.Ordinal);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new DockerConfigFile(path, auths, null, helpers);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, ex.Message, operation, ex);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Unreadable(path, "it is not a JSON object", operation);
            }

            if (root.TryGetProperty("auths", out var stored) && stored.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in stored.EnumerateObject())
                {
                    if (entry.Value.ValueKind == JsonValueKind.Object)
                    {
                        auths[entry.Name] = ReadAuth(entry.Name, entry.Value, path, operation);
                    }
                }
            }

            string? store = root.TryGetProperty("credsStore", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (root.TryGetProperty("credHelpers", out var perRegistry) && perRegistry.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in perRegistry.EnumerateObject())
                {
                    if (entry.Value.ValueKind == JsonValueKind.String && entry.Value.GetString() is { Length: > 0 } helper)
                    {
                        helpers[entry.Name] = helper;
                    }
                }
            }

            return new DockerConfigFile(path, auths, string.IsNullOrEmpty(store) ? null : store, helpers);
        }
        catch (JsonException ex)
        {
            throw Unreadable(path, "it is not valid JSON (" + ex.Message + ")", operation, ex);
        }
    }

    /// <summary>
    /// The key under which <paramref name="serverAddress"/> is stored in <paramref name="entries"/>: an exact match,
    /// else the first key with the same host once a scheme and a path are stripped (<c>https://r.example/v1/</c>
    /// and <c>r.example</c> are the same registry), as the CLI matches them.
    /// </summary>
    public static string? FindKey<T>(IReadOnlyDictionary<string, T> entries, string serverAddress)
    {
        if (entries.ContainsKey(serverAddress))
        {
            return serverAddress;
        }

        var host = HostOf(serverAddress);
        return entries.Keys.Where(key => string.Equals(HostOf(key), host, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static string HostOf(string address)
    {
        var rest = address;
        foreach (var scheme in new[] { "http://", "https://" })
        {
            if (rest.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[scheme.Length..];
                break;
            }
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? rest : rest[..slash];
    }

    private static RegistryCredentials? ReadAuth(string key, JsonElement entry, string path, string operation)
    {
        string? Text(string name) => entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var username = Text("username");
        var password = Text("password");
        if (Text("auth") is { Length: > 0 } encoded)
        {
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            }
            catch (FormatException)
            {
                // Never quote the value: it is a credential.
                throw Unreadable(path, $"the 'auth' of '{key}' in 'auths' is not base64 of user:password", operation);
            }

            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw Unreadable(path, $"the 'auth' of '{key}' in 'auths' is not base64 of user:password (it has no ':')", operation);
            }

            username = decoded[..colon];
            password = decoded[(colon + 1)..];
        }

        var identityToken = Text("identitytoken");
        if (string.IsNullOrEmpty(password) && string.IsNullOrEmpty(identityToken))
        {
            // An entry without a secret ({} after a logout, or only an e-mail address): nothing to send.
            return null;
        }

        return new RegistryCredentials { Username = username, Password = password, IdentityToken = identityToken };
    }

    private static DriverAuthenticationException Unreadable(string path, string reason, string operation, Exception? inner = null) =>
        new(DriverNames.Docker, $"the docker configuration {path} could not be read for registry credentials: {reason}. Fix the file, or pass RegistryCredentials in the call", operation, isRetryable: false, inner);
}
