using Toolkit.Docker.Images;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>Pulling from real registries: anonymous on 127.0.0.1, and TLS with basic auth behind a CA the engine trusts through certs.d.</summary>
[Collection(RegistryCollection.Name)]
public sealed class RegistryPullTests(RegistryFixture registries) : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    private IImageDriver Images => registries.Driver.Images;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Every pulled copy of the payload carries the fixture's session label: all of them go, so the next test downloads anew.
        await registries.RemovePulledImagesAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task An_image_is_pulled_anonymously_from_a_local_registry_with_its_progress_streamed()
    {
        var progress = new ProgressLog();

        var pulled = await Images.PullAsync(registries.Payload(registries.Anonymous), progress: progress);

        Assert.True(pulled.Downloaded);
        Assert.StartsWith("sha256:", pulled.Digest, StringComparison.Ordinal);
        Assert.Equal(pulled.Id, (await Images.InspectAsync(registries.Payload(registries.Anonymous))).Id);
        Assert.Contains(progress.Items, p => p.Status == "Downloading" && p.Current > 0 && p.Total > 0);
        Assert.Contains(progress.Items, p => p.Status == "Pull complete");
    }

    [Fact]
    public async Task Pulling_an_image_the_engine_already_has_downloads_nothing()
    {
        var first = await Images.PullAsync(registries.Payload(registries.Anonymous));

        var second = await Images.PullAsync(registries.Payload(registries.Anonymous));

        Assert.Equal((true, false), (first.Downloaded, second.Downloaded));
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public async Task An_image_is_pulled_by_its_digest()
    {
        var byTag = await Images.PullAsync(registries.Payload(registries.Anonymous));
        await Images.RemoveAsync(registries.Payload(registries.Anonymous), new ImageRemoveOptions { Force = true });
        var reference = $"{registries.Anonymous}/{RegistryFixture.PayloadRepository}@{byTag.Digest}";

        var byDigest = await Images.PullAsync(reference);

        Assert.Equal((reference, byTag.Id), (byDigest.Reference, byDigest.Id));
    }

    [Fact]
    public async Task Credentials_given_in_the_call_open_the_TLS_registry()
    {
        await using var docker = RegistryDrivers.WithoutCredentials(_directory);

        var pulled = await docker.Images.PullAsync(
            registries.Payload(registries.Secured),
            new ImagePullOptions { Credentials = RegistryCredentials.FromPassword(RegistryFixture.User, registries.Password) });

        Assert.True(pulled.Downloaded);
    }

    [Fact]
    public async Task Credentials_docker_login_stored_in_the_auths_of_config_json_are_used()
    {
        await using var docker = RegistryDrivers.WithConfiguration(registries.CliConfigDirectory);

        var pulled = await docker.Images.PullAsync(registries.Payload(registries.Secured));

        Assert.True(pulled.Downloaded);
    }

    [Fact]
    public async Task A_credential_helper_named_in_credHelpers_is_asked_for_its_registry()
    {
        var helper = CredentialHelperScript.Holding(Path.Combine(_directory.Path, "bin"), registries.Secured, RegistryFixture.User, registries.Password);
        _directory.File("config/config.json", $$$"""{"credHelpers":{"{{{registries.Secured}}}":"{{{helper.Name}}}"}}""");
        await using var docker = RegistryDrivers.WithConfiguration(Path.Combine(_directory.Path, "config"), helper.Directory);

        var pulled = await docker.Images.PullAsync(registries.Payload(registries.Secured));

        Assert.True(pulled.Downloaded);
        Assert.Equal([$"get {registries.Secured}"], helper.Calls);
    }

    [Fact]
    public async Task The_credsStore_helper_is_asked_when_no_credHelpers_entry_names_the_registry()
    {
        var helper = CredentialHelperScript.Holding(Path.Combine(_directory.Path, "bin"), registries.Secured, RegistryFixture.User, registries.Password);
        _directory.File("config/config.json", $$$"""{"credsStore":"{{{helper.Name}}}","credHelpers":{"registry.example":"elsewhere"}}""");
        await using var docker = RegistryDrivers.WithConfiguration(Path.Combine(_directory.Path, "config"), helper.Directory);

        var pulled = await docker.Images.PullAsync(registries.Payload(registries.Secured));

        Assert.True(pulled.Downloaded);
        Assert.Equal([$"get {registries.Secured}"], helper.Calls);
    }

    [Fact]
    public async Task A_helper_that_holds_nothing_leaves_the_pull_anonymous_and_the_refusal_says_so()
    {
        var helper = CredentialHelperScript.Empty(Path.Combine(_directory.Path, "bin"));
        _directory.File("config/config.json", $$"""{"credsStore":"{{helper.Name}}"}""");
        await using var docker = RegistryDrivers.WithConfiguration(Path.Combine(_directory.Path, "config"), helper.Directory);

        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => docker.Images.PullAsync(registries.Payload(registries.Secured)));

        Assert.Contains("docker-credential-" + helper.Name, error.CredentialSource, StringComparison.Ordinal);
        Assert.Contains("holds none", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_are_a_typed_error_that_is_not_retryable_and_never_shows_the_password()
    {
        var wrong = "wrong-" + registries.Password;
        await using var docker = RegistryDrivers.WithoutCredentials(_directory);

        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => docker.Images.PullAsync(
            registries.Payload(registries.Secured),
            new ImagePullOptions { Credentials = RegistryCredentials.FromPassword(RegistryFixture.User, wrong) }));

        Assert.Equal((DriverErrorCodes.AuthenticationFailed, false), (error.Code, error.IsRetryable));
        Assert.Equal(registries.Secured, error.Registry);
        Assert.Contains("the credentials given in the call", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulling_from_the_TLS_registry_without_credentials_is_an_authentication_error()
    {
        await using var docker = RegistryDrivers.WithoutCredentials(_directory);

        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => docker.Images.PullAsync(registries.Payload(registries.Secured)));

        Assert.StartsWith("no credentials", error.CredentialSource, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task A_missing_tag_is_a_typed_not_found()
    {
        var missing = $"{registries.Anonymous}/{RegistryFixture.PayloadRepository}:no-such-tag";

        var error = await Assert.ThrowsAsync<RegistryImageNotFoundException>(() => Images.PullAsync(missing));

        Assert.Equal((DriverErrorCodes.ImageNotFound, false, missing), (error.Code, error.IsRetryable, error.Reference));
    }

    [Fact]
    public async Task A_pull_cancelled_mid_layer_surfaces_as_cancellation_and_registers_nothing()
    {
        var image = registries.Payload(registries.Throttled.Address);
        using var cancel = new CancellationTokenSource();
        var progress = new ProgressLog(p =>
        {
            if (p is { Status: "Downloading", Current: > 0 })
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Images.PullAsync(image, progress: progress, cancellationToken: cancel.Token));

        // The engine dropped the download (it closed its connection to the registry mid-response), and no image was registered.
        await registries.Throttled.WaitForAbandonedTransferAsync(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAsync<ImageNotFoundException>(() => Images.InspectAsync(image));
        Assert.Empty(await Images.ListAsync(new ImageListOptions { Reference = $"{registries.Throttled.Address}/{RegistryFixture.PayloadRepository}" }));
    }

    [Fact]
    public async Task The_engine_trusts_the_TLS_registry_only_through_the_CA_in_certs_d()
    {
        var installed = Path.Combine(registries.CertsDirectory, "ca.crt");
        var credentials = new ImagePullOptions { Credentials = RegistryCredentials.FromPassword(RegistryFixture.User, registries.Password) };
        File.Move(installed, installed + ".away");
        ImagePullException error;
        try
        {
            error = await Assert.ThrowsAsync<ImagePullException>(() => Images.PullAsync(registries.Payload(registries.Secured), credentials));
        }
        finally
        {
            File.Move(installed + ".away", installed);
        }

        var pulled = await Images.PullAsync(registries.Payload(registries.Secured), credentials);

        Assert.Contains("x509", error.EngineMessage, StringComparison.Ordinal);
        Assert.Contains(registries.CertsDirectory + "/ca.crt", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
        Assert.True(pulled.Downloaded);
    }

    [Fact]
    public async Task An_unreachable_registry_is_a_retryable_pull_failure()
    {
        var nowhere = $"127.0.0.1:{FreePort.OnLoopback()}/{RegistryFixture.PayloadRepository}:{RegistryFixture.PayloadTag}";

        var error = await Assert.ThrowsAsync<ImagePullException>(() => Images.PullAsync(nowhere));

        Assert.Contains("connection refused", error.EngineMessage, StringComparison.Ordinal);
        Assert.True(error.IsRetryable);
    }
}
