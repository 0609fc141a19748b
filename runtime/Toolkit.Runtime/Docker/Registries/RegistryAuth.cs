using System.Text.Json;
using Toolkit.Docker.Images;
using Toolkit.Docker.Json;

namespace Toolkit.Docker.Registries;

/// <summary>
/// The credentials a pull or push sends, as the engine's <c>X-Registry-Auth</c> header, and where they came from
/// (for error messages, which never carry the header itself).
/// </summary>
internal readonly record struct RegistryAuth(string? Header, string Source)
{
    /// <summary>What a push sends when there are no credentials: the engine refuses a push without the header at all.</summary>
    public const string EmptyHeader = "e30=";

    /// <summary>No credentials, and why.</summary>
    public static RegistryAuth None(string why) => new(null, why);

    /// <summary>
    /// The header for <paramref name="credentials"/>: their JSON, base64url-encoded WITH padding (engine 20.10
    /// silently ignores an unpadded header and pulls anonymously).
    /// </summary>
    public static RegistryAuth For(RegistryCredentials credentials, string serverAddress, string source)
    {
        var wire = new RegistryAuthWire
        {
            Username = string.IsNullOrEmpty(credentials.IdentityToken) ? credentials.Username : null,
            Password = string.IsNullOrEmpty(credentials.IdentityToken) ? credentials.Password : null,
            IdentityToken = string.IsNullOrEmpty(credentials.IdentityToken) ? null : credentials.IdentityToken,
            ServerAddress = serverAddress,
        };
        var base64 = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(wire, DockerJsonContext.Default.RegistryAuthWire));
        return new RegistryAuth(base64.Replace('+', '-').Replace('/', '_'), source);
    }

    /// <summary>Where the credentials came from; never the credentials.</summary>
    public override string ToString() => Source;
}
