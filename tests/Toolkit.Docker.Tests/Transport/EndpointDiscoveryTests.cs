using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

public sealed class EndpointDiscoveryTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    private DockerEndpoint Resolve(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return DockerEndpointResolver.Resolve(new DockerEnvironment(name => map.GetValueOrDefault(name), _home.Path, IsWindows: false));
    }

    private void WriteContext(string name, string host, bool skipTlsVerify = false, bool withTls = false)
    {
        var hash = DockerEndpointResolver.ContextDirectoryName(name);
        var meta = "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":" + (skipTlsVerify ? "true" : "false") + "}}}";
        _home.File($".docker/contexts/meta/{hash}/meta.json", meta);
        if (withTls)
        {
            _home.File($".docker/contexts/tls/{hash}/docker/ca.pem", "ca");
            _home.File($".docker/contexts/tls/{hash}/docker/cert.pem", "cert");
            _home.File($".docker/contexts/tls/{hash}/docker/key.pem", "key");
        }
    }

    [Fact]
    public void Without_any_configuration_the_platform_default_socket_is_used()
    {
        var endpoint = Resolve();

        Assert.Equal("unix:///var/run/docker.sock", endpoint.Host);
        Assert.Equal(DockerEndpointSource.PlatformDefault, endpoint.Source);
    }

    [Fact]
    public void DOCKER_HOST_wins_over_a_docker_context()
    {
        WriteContext("remote", "tcp://10.0.0.9:2375");

        var endpoint = Resolve(("DOCKER_HOST", "unix:///run/user/1000/docker.sock"), ("DOCKER_CONTEXT", "remote"));

        Assert.Equal("/run/user/1000/docker.sock", endpoint.Address);
        Assert.Equal(DockerEndpointSource.DockerHostVariable, endpoint.Source);
        Assert.Contains("DOCKER_HOST", endpoint.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tcp_DOCKER_HOST_with_DOCKER_CERT_PATH_and_DOCKER_TLS_VERIFY_uses_verified_TLS()
    {
        var certs = Path.Combine(_home.Path, "certs");
        _home.File("certs/ca.pem", "ca");
        _home.File("certs/cert.pem", "cert");
        _home.File("certs/key.pem", "key");

        var endpoint = Resolve(("DOCKER_HOST", "tcp://docker.example:2376"), ("DOCKER_CERT_PATH", certs), ("DOCKER_TLS_VERIFY", "1"));

        Assert.Equal(DockerTransportKind.Tcp, endpoint.Transport);
        Assert.Equal(("docker.example", 2376), (endpoint.Address, endpoint.Port));
        Assert.NotNull(endpoint.Tls);
        Assert.True(endpoint.Tls.VerifyServer);
        Assert.Equal(Path.Combine(certs, "ca.pem"), endpoint.Tls.CaCertificateFile);
        Assert.Equal(Path.Combine(certs, "key.pem"), endpoint.Tls.ClientKeyFile);
    }

    [Fact]
    public void A_tcp_DOCKER_HOST_without_TLS_variables_is_plain_and_defaults_to_port_2375()
    {
        var endpoint = Resolve(("DOCKER_HOST", "tcp://10.1.2.3"));

        Assert.Null(endpoint.Tls);
        Assert.Equal(2375, endpoint.Port);
    }

    [Fact]
    public void DOCKER_CONTEXT_names_the_context_whose_meta_file_holds_the_host()
    {
        WriteContext("ci", "tcp://ci-engine:2376", withTls: true);

        var endpoint = Resolve(("DOCKER_CONTEXT", "ci"));

        Assert.Equal("tcp://ci-engine:2376", endpoint.Host);
        Assert.Equal(DockerEndpointSource.DockerContextVariable, endpoint.Source);
        Assert.Contains("docker context 'ci'", endpoint.SourceDescription, StringComparison.Ordinal);
        Assert.True(endpoint.Tls?.VerifyServer);
    }

    [Fact]
    public void The_current_context_of_config_json_is_used_when_no_variable_is_set()
    {
        WriteContext("colima", "unix:///home/me/.colima/docker.sock", skipTlsVerify: true);
        _home.File(".docker/config.json", """{"auths":{},"currentContext":"colima"}""");

        var endpoint = Resolve();

        Assert.Equal("/home/me/.colima/docker.sock", endpoint.Address);
        Assert.Equal(DockerEndpointSource.CurrentContext, endpoint.Source);
        Assert.Contains("config.json", endpoint.SourceDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void DOCKER_CONFIG_moves_the_configuration_directory()
    {
        var config = Path.Combine(_home.Path, "elsewhere");
        _home.File("elsewhere/config.json", """{"currentContext":"other"}""");
        _home.File($"elsewhere/contexts/meta/{DockerEndpointResolver.ContextDirectoryName("other")}/meta.json", """{"Name":"other","Endpoints":{"docker":{"Host":"unix:///other.sock"}}}""");

        var endpoint = Resolve(("DOCKER_CONFIG", config));

        Assert.Equal("/other.sock", endpoint.Address);
    }

    [Fact]
    public void The_default_context_means_the_platform_default()
    {
        _home.File(".docker/config.json", """{"currentContext":"default"}""");

        Assert.Equal(DockerEndpointSource.PlatformDefault, Resolve().Source);
    }

    [Fact]
    public void A_missing_context_is_an_error_naming_the_variable_and_the_file_looked_for()
    {
        var error = Assert.Throws<DriverHealthException>(() => Resolve(("DOCKER_CONTEXT", "nope")));

        Assert.Contains("DOCKER_CONTEXT", error.Message, StringComparison.Ordinal);
        Assert.Contains(DockerEndpointResolver.ContextDirectoryName("nope"), error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Theory]
    [InlineData("ssh://me:secret@host", "password")]
    [InlineData("docker.sock", "no scheme")]
    [InlineData("unix://relative.sock", "absolute")]
    [InlineData("ftp://host", "unsupported scheme")]
    public void An_unusable_DOCKER_HOST_is_an_error_that_says_why_and_where_it_came_from(string host, string why)
    {
        var error = Assert.Throws<DriverHealthException>(() => Resolve(("DOCKER_HOST", host)));

        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("DOCKER_HOST", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_host_is_parsed_to_its_pipe_name()
    {
        var endpoint = DockerEndpoint.Create("npipe:////./pipe/docker_engine");

        Assert.Equal((DockerTransportKind.NamedPipe, "docker_engine"), (endpoint.Transport, endpoint.Address));
    }

    [Theory]
    [InlineData("ssh://deploy@build-host", "build-host", 0, "deploy", null)]
    [InlineData("ssh://build-host:2222", "build-host", 2222, null, null)]
    [InlineData("ssh://root@10.0.0.7:22/run/user/1000/docker.sock", "10.0.0.7", 22, "root", "/run/user/1000/docker.sock")]
    public void An_ssh_DOCKER_HOST_gives_the_host_port_user_and_remote_socket(string host, string address, int port, string? user, string? socket)
    {
        var endpoint = Resolve(("DOCKER_HOST", host));

        Assert.Equal((DockerTransportKind.Ssh, address, port, user, socket), (endpoint.Transport, endpoint.Address, endpoint.Port, endpoint.SshUser, endpoint.SshSocketPath));
        Assert.Equal(host, endpoint.Host);
    }

    [Fact]
    public void An_ssh_socket_path_a_remote_shell_would_interpret_is_refused()
    {
        var error = Assert.Throws<DriverHealthException>(() => Resolve(("DOCKER_HOST", "ssh://host/run/docker.sock;rm")));

        Assert.Contains("remote shell", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ssh_command_is_the_docker_CLIs_with_batch_mode_and_the_settings_added()
    {
        var endpoint = DockerEndpoint.Create("ssh://root@127.0.0.1:2222/var/run/docker.sock");
        var settings = new DockerSshSettings { IdentityFile = "/keys/id", KnownHostsFile = "/keys/known", Options = ["Ciphers=aes128-gcm@openssh.com"] };

        var command = SshCommandLine.Create(endpoint, settings, TimeSpan.FromSeconds(5));

        Assert.Equal("ssh", command.Program);
        Assert.Equal(
            "-o BatchMode=yes -o Ciphers=aes128-gcm@openssh.com -i /keys/id -o IdentitiesOnly=yes -o UserKnownHostsFile=/keys/known "
            + "-o ConnectTimeout=5 -T -l root -p 2222 -- 127.0.0.1 docker --host unix:///var/run/docker.sock system dial-stdio",
            string.Join(' ', command.Arguments));
    }
}
