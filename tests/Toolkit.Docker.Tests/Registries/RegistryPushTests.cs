using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Toolkit.Docker.Images;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>Pushing to real registries, checked by asking the registry itself which manifest it now serves.</summary>
[Collection(RegistryCollection.Name)]
public sealed class RegistryPushTests(EngineFixture engine, RegistryFixture registries) : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly string _repository = "tk-registry-test/pushed-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _tags = [];

    private IImageDriver Images => engine.Driver.Images;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var tag in _tags)
        {
            try
            {
                await Images.RemoveAsync(tag);
            }
            catch (ImageNotFoundException)
            {
            }
        }

        _directory.Dispose();
    }

    [Fact]
    public async Task An_image_pushed_anonymously_is_served_by_the_registry_under_the_reported_digest()
    {
        var reference = await TagForAsync(registries.Anonymous);
        var progress = new ProgressLog();

        var pushed = await Images.PushAsync(reference, progress: progress);

        Assert.Equal(reference, pushed.Reference);
        Assert.Equal(pushed.Digest, await ManifestDigestAsync(registries.Anonymous, tls: false));
        Assert.True(pushed.Size > 0);
        Assert.Contains(progress.Items, p => p.Status == "Pushed" || p.Status == "Layer already exists");
    }

    [Fact]
    public async Task An_image_is_pushed_to_the_TLS_registry_with_the_credentials_docker_login_stored()
    {
        var reference = await TagForAsync(registries.Secured);
        await using var docker = RegistryDrivers.WithConfiguration(registries.CliConfigDirectory);

        var pushed = await docker.Images.PushAsync(reference);

        Assert.Equal(pushed.Digest, await ManifestDigestAsync(registries.Secured, tls: true));
    }

    [Fact]
    public async Task A_push_with_wrong_credentials_is_a_typed_error_even_though_the_engine_reports_it_inside_a_200_answer()
    {
        var reference = await TagForAsync(registries.Secured);
        var wrong = "wrong-" + registries.Password;

        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => Images.PushAsync(
            reference,
            new ImagePushOptions { Credentials = RegistryCredentials.FromPassword(RegistryFixture.User, wrong) }));

        Assert.Equal(("PushImage", false), (error.Operation, error.IsRetryable));
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_without_credentials_sends_an_empty_login_and_is_refused_by_the_TLS_registry()
    {
        var reference = await TagForAsync(registries.Secured);
        await using var docker = RegistryDrivers.WithoutCredentials(_directory);

        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => docker.Images.PushAsync(reference));

        Assert.StartsWith("no credentials", error.CredentialSource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pushing_an_image_that_does_not_exist_locally_is_image_not_found()
    {
        var missing = $"{registries.Anonymous}/{_repository}:never-tagged";

        var error = await Assert.ThrowsAsync<ImageNotFoundException>(() => Images.PushAsync(missing));

        Assert.Equal(missing, error.Image);
    }

    private async Task<string> TagForAsync(string registry)
    {
        var reference = $"{registry}/{_repository}:1";
        await Images.TagAsync(engine.Image, reference);
        _tags.Add(reference);
        return reference;
    }

    // The registry's own answer: which manifest digest it serves for the tag.
    private async Task<string?> ManifestDigestAsync(string registry, bool tls)
    {
        var handler = new SocketsHttpHandler();
        if (tls)
        {
            var roots = new X509Certificate2Collection();
            roots.ImportFromPemFile(registries.CaCertificateFile);
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                CertificateChainPolicy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, CustomTrustStore = { roots[0] }, RevocationMode = X509RevocationMode.NoCheck },
            };
        }

        using var http = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Head, $"{(tls ? "https" : "http")}://{registry}/v2/{_repository}/manifests/1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.docker.distribution.manifest.v2+json"));
        if (tls)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(RegistryFixture.User + ":" + registries.Password)));
        }

        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.TryGetValues("Docker-Content-Digest", out var digests) ? digests.Single() : null;
    }
}
