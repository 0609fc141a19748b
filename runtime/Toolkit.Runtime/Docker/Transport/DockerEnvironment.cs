namespace Toolkit.Docker.Transport;

/// <summary>
/// What endpoint discovery reads from the process: environment variables and the home directory.
/// A seam so discovery can be tested without touching the real environment.
/// </summary>
internal sealed record DockerEnvironment(Func<string, string?> GetVariable, string HomeDirectory, bool IsWindows)
{
    public static DockerEnvironment Current { get; } = new(
        Environment.GetEnvironmentVariable,
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        OperatingSystem.IsWindows());

    /// <summary>This environment with <c>DOCKER_CONFIG</c> set to <paramref name="configDirectory"/> (unchanged when it is <see langword="null"/>).</summary>
    public DockerEnvironment WithConfigDirectory(string? configDirectory)
    {
        if (configDirectory is null)
        {
            return this;
        }

        var variables = GetVariable;
        return this with { GetVariable = name => name == "DOCKER_CONFIG" ? configDirectory : variables(name) };
    }

    /// <summary>The docker CLI configuration directory: <c>$DOCKER_CONFIG</c>, else <c>~/.docker</c>.</summary>
    public string ConfigDirectory =>
        GetVariable("DOCKER_CONFIG") is { Length: > 0 } configured ? configured : Path.Combine(HomeDirectory, ".docker");
}
