using Toolkit.Docker.Sessions;
using Toolkit.Docker.Transport;

namespace Toolkit.Docker.Tests;

/// <summary>Drivers for the registry tests whose docker configuration (config.json, credential helpers on PATH) is the test's own.</summary>
internal static class RegistryDrivers
{
    /// <summary>A driver reading <c>config.json</c> from <paramref name="configDirectory"/>, finding credential helpers in <paramref name="helperDirectory"/> first.</summary>
    public static DockerDriver WithConfiguration(string configDirectory, string? helperDirectory = null)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        var environment = new DockerEnvironment(
            name => name == "PATH" && helperDirectory is not null ? helperDirectory + ":" + path : Environment.GetEnvironmentVariable(name),
            "/nonexistent-home",
            IsWindows: false);
        return DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-registry-client", ConfigDirectory = configDirectory }, DockerSessionOwner.Current, environment);
    }

    /// <summary>A driver with an empty docker configuration: no stored credentials, no helpers.</summary>
    public static DockerDriver WithoutCredentials(TempDirectory directory) => WithConfiguration(Path.Combine(directory.Path, "empty-config"));
}
