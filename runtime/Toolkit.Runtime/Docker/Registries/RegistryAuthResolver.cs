using Toolkit.Docker.Images;
using Toolkit.Docker.Transport;
using Toolkit.Shell;

namespace Toolkit.Docker.Registries;

/// <summary>
/// Finds the credentials for a registry the way the docker CLI does: credentials given in the call; else the
/// <c>credHelpers</c> entry for the registry; else the <c>credsStore</c> helper (which then answers for every
/// registry, as in the CLI); else <c>auths</c> in <c>config.json</c>; else none (anonymous). The file is read on
/// every call, so a <c>docker login</c> made while the process runs is seen.
/// </summary>
internal sealed class RegistryAuthResolver(DockerEnvironment environment, IShellDriver shell, TimeSpan helperTimeout)
{
    public async Task<RegistryAuth> ResolveAsync(ImageReference image, RegistryCredentials? explicitCredentials, string operation, CancellationToken cancellationToken)
    {
        var server = image.ServerAddress;
        if (explicitCredentials is not null)
        {
            return RegistryAuth.For(explicitCredentials, server, "the credentials given in the call");
        }

        var config = DockerConfigFile.Read(environment.ConfigDirectory, operation);
        CredentialHelper? helper = null;
        if (DockerConfigFile.FindKey(config.CredHelpers, server) is { } key)
        {
            helper = Helper(config.CredHelpers[key], $"credHelpers[\"{key}\"] in {config.Path}");
        }
        else if (config.CredsStore is { } store)
        {
            helper = Helper(store, $"credsStore in {config.Path}");
        }

        if (helper is not null)
        {
            var fromHelper = await helper.GetAsync(server, operation, cancellationToken).ConfigureAwait(false);
            return fromHelper is null
                ? RegistryAuth.None($"no credentials ({helper.Program}, named by {helper.ConfiguredBy}, holds none for '{server}')")
                : RegistryAuth.For(fromHelper, server, $"the credentials {helper.Program} (named by {helper.ConfiguredBy}) holds for '{server}'");
        }

        if (DockerConfigFile.FindKey(config.Auths, server) is { } stored && config.Auths[stored] is { } credentials)
        {
            return RegistryAuth.For(credentials, server, $"the credentials stored for '{stored}' in auths of {config.Path}");
        }

        return RegistryAuth.None($"no credentials (none for '{server}' in {config.Path})");
    }

    private CredentialHelper Helper(string name, string configuredBy) =>
        new(shell, name, configuredBy, new Dictionary<string, string?> { ["PATH"] = environment.GetVariable("PATH") }, helperTimeout);
}
