using System.Text;
using Toolkit.Docker.Images;
using Toolkit.Docker.Registries;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>The X-Registry-Auth header and the docker CLI configuration it is built from, without an engine.</summary>
public sealed class RegistryAuthTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void The_header_is_base64url_of_the_JSON_the_docker_CLI_sends_and_keeps_its_padding()
    {
        // This JSON's base64 needs padding (engine 20.10 ignores the header without it) and has a '/' to make URL-safe.
        var header = RegistryAuth.For(RegistryCredentials.FromPassword("u", "p?~"), "10.0.0.1:5000", "test").Header!;

        var json = Encoding.UTF8.GetString(Convert.FromBase64String(header.Replace('-', '+').Replace('_', '/')));

        Assert.Equal("""{"username":"u","password":"p?~","serveraddress":"10.0.0.1:5000"}""", json);
        Assert.EndsWith("=", header, StringComparison.Ordinal);
        Assert.DoesNotContain('+', header);
        Assert.DoesNotContain('/', header);
    }

    [Fact]
    public void An_identity_token_is_sent_instead_of_a_user_and_password()
    {
        var header = RegistryAuth.For(RegistryCredentials.FromIdentityToken("refresh-token"), "registry.example", "test").Header!;

        var json = Encoding.UTF8.GetString(Convert.FromBase64String(header.Replace('-', '+').Replace('_', '/')));

        Assert.Equal("""{"identitytoken":"refresh-token","serveraddress":"registry.example"}""", json);
    }

    [Fact]
    public void Credentials_show_which_secrets_are_set_never_their_values()
    {
        var text = RegistryCredentials.FromPassword("ci-bot", "hunter2").ToString();

        Assert.Equal("RegistryCredentials { Username = ci-bot, Password = ***, IdentityToken = null }", text);
    }

    [Theory]
    [InlineData("https://registry.example/v1/")]
    [InlineData("http://registry.example")]
    [InlineData("registry.example")]
    public void An_auths_key_matches_its_registry_with_or_without_a_scheme_and_a_path(string key)
    {
        _directory.File("config.json", "{\"auths\":{\"" + key + "\":{\"auth\":\"" + Convert.ToBase64String("me:secret"u8) + "\"}}}");

        var config = DockerConfigFile.Read(_directory.Path, "PullImage");

        Assert.Equal(key, DockerConfigFile.FindKey(config.Auths, "registry.example"));
        Assert.Equal(("me", "secret"), (config.Auths[key]!.Username, config.Auths[key]!.Password));
    }

    [Fact]
    public void A_missing_config_json_is_an_empty_configuration()
    {
        var config = DockerConfigFile.Read(Path.Combine(_directory.Path, "nowhere"), "PullImage");

        Assert.Equal((0, null, 0), (config.Auths.Count, config.CredsStore, config.CredHelpers.Count));
    }

    [Fact]
    public void A_broken_auth_entry_is_an_error_that_names_the_file_and_the_entry_but_not_the_value()
    {
        _directory.File("config.json", """{"auths":{"registry.example":{"auth":"not base64!"}}}""");

        var error = Assert.Throws<DriverAuthenticationException>(() => DockerConfigFile.Read(_directory.Path, "PullImage"));

        Assert.Contains(Path.Combine(_directory.Path, "config.json"), error.Message, StringComparison.Ordinal);
        Assert.Contains("'registry.example'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not base64!", error.Message, StringComparison.Ordinal);
    }
}
