namespace Toolkit.Docker.Images;

/// <summary>How an image is pushed to its registry (<c>docker push</c>).</summary>
public sealed record ImagePushOptions
{
    /// <summary>
    /// Credentials for the image's registry. <see langword="null"/> (the default) uses what the docker CLI would: the
    /// <c>credHelpers</c> entry for the registry, else the <c>credsStore</c>, else <c>auths</c> in
    /// <c>config.json</c>, and pushes anonymously when none of them has any.
    /// </summary>
    [Sensitive]
    public RegistryCredentials? Credentials { get; init; }
}
