using System.Text.Json.Serialization;

namespace Toolkit.Docker.Json;

// The X-Registry-Auth header's JSON (base64url-encoded on the wire), with the field names the docker CLI writes.
internal sealed class RegistryAuthWire
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("password")]
    public string? Password { get; set; }

    [JsonPropertyName("identitytoken")]
    public string? IdentityToken { get; set; }

    [JsonPropertyName("serveraddress")]
    public string? ServerAddress { get; set; }
}

// What `docker-credential-<name> get` prints for a server address.
internal sealed class CredentialHelperOutputWire
{
    public string? ServerURL { get; set; }

    public string? Username { get; set; }

    public string? Secret { get; set; }
}
