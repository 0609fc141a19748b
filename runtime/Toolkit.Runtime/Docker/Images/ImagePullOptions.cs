namespace Toolkit.Docker.Images;

/// <summary>How an image is pulled from its registry (<c>docker pull</c>).</summary>
public sealed record ImagePullOptions
{
    /// <summary>
    /// Credentials for the image's registry. <see langword="null"/> (the default) uses what the docker CLI would: the
    /// <c>credHelpers</c> entry for the registry, else the <c>credsStore</c>, else <c>auths</c> in
    /// <c>config.json</c> of <see cref="DockerDriverOptions.ConfigDirectory"/> (<c>$DOCKER_CONFIG</c> or <c>~/.docker</c>),
    /// and pulls anonymously when none of them has any.
    /// </summary>
    [Sensitive]
    public RegistryCredentials? Credentials { get; init; }

    /// <summary>The platform to pull, such as <c>linux/arm64</c>; <see langword="null"/> for the engine's own.</summary>
    public string? Platform { get; init; }
}
