// docs/drivers.md, "Registries and credentials" and "Remote engines": compiled here so the pages cannot drift from the
// API. They need a registry, a TLS engine and an ssh host; Toolkit.Docker.Tests (Registries/, Remote/) runs the same
// calls against real ones.
using Toolkit.Docker;
using Toolkit.Docker.Images;

namespace MyApp.Remote;

internal static class RemoteDocker
{
    public static async Task PullTagPushSaveLoadAsync(DockerDriver docker, DockerDriver other, string token)
    {
        var progress = new Progress<DockerProgress>(p => Console.WriteLine($"{p.Id} {p.Status} {p.Current}/{p.Total}"));
        var pulled = await docker.Images.PullAsync("registry.example:5000/tools/app:1.2", progress: progress);
        await docker.Images.TagAsync(pulled.Id, "registry.example:5000/tools/app:stable");
        var pushed = await docker.Images.PushAsync("registry.example:5000/tools/app:stable",
            new ImagePushOptions { Credentials = RegistryCredentials.FromPassword("ci-bot", token) });   // pushed.Digest

        await using var archive = await docker.Images.SaveAsync(["tools/app:1.2"]);   // a streamed docker save tar
        await other.Images.LoadAsync(archive);                                          // straight into another engine
        Console.WriteLine(pushed.Digest);
    }

    public static async Task ConnectAsync()
    {
        // As the docker CLI: DOCKER_HOST=tcp://host:2376 with DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or a context.
        await using var tls = DockerDriver.Create();

        // ssh: one `ssh … -- host docker system dial-stdio` per connection, as the CLI runs it.
        await using var remote = DockerDriver.Create(new DockerDriverOptions
        {
            Endpoint = DockerEndpoint.Create("ssh://deploy@build-host"),   // or DOCKER_HOST=ssh://…; ssh://host/path/docker.sock for another socket
            Ssh = new DockerSshSettings { IdentityFile = "/run/secrets/deploy_key", KnownHostsFile = "/etc/ci/known_hosts" },
        });
        await Task.WhenAll(tls.PingAsync(), remote.PingAsync());
    }
}
