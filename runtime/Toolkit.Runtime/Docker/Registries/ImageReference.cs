namespace Toolkit.Docker.Registries;

/// <summary>
/// An image reference split the way the docker CLI splits it: <c>[registry/]repository[:tag][@digest]</c>.
/// A first path component is a registry when it has a '.' or a ':', is <c>localhost</c>, or has upper-case
/// letters; otherwise the image lives on Docker Hub (<c>busybox</c> is <c>docker.io/library/busybox</c>).
/// </summary>
internal sealed record ImageReference(string Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>The registry host of Docker Hub images, as references name it.</summary>
    public const string DockerHub = "docker.io";

    /// <summary>The key the docker CLI stores Docker Hub credentials under (in <c>auths</c> and in credential helpers).</summary>
    public const string DockerHubServerAddress = "https://index.docker.io/v1/";

    private const string DefaultTag = "latest";

    /// <summary>The repository as the engine names it: with its registry unless that is Docker Hub (<c>busybox</c>, <c>127.0.0.1:5000/tools/app</c>).</summary>
    public string Name => Registry == DockerHub
        ? (Repository.StartsWith("library/", StringComparison.Ordinal) ? Repository["library/".Length..] : Repository)
        : Registry + "/" + Repository;

    /// <summary>The tag, or the digest when there is one; <c>latest</c> when neither was given (never empty: an empty tag would pull every tag).</summary>
    public string TagOrDigest => Digest ?? Tag ?? DefaultTag;

    /// <summary>The server address credentials are looked up under: Docker Hub's legacy URL, otherwise the registry host.</summary>
    public string ServerAddress => Registry == DockerHub ? DockerHubServerAddress : Registry;

    /// <summary>The full reference with its tag or digest, as progress messages and errors show it.</summary>
    public override string ToString() => Digest is not null ? Name + "@" + Digest : Name + ":" + (Tag ?? DefaultTag);

    /// <summary>Parses <paramref name="reference"/>, throwing <see cref="ArgumentException"/> for <paramref name="parameterName"/> when it is not a valid reference.</summary>
    public static ImageReference Parse(string reference, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new ArgumentException($"{parameterName} is required: give an image reference such as 'registry.example:5000/tools/app:1.2'.", parameterName);
        }

        if (reference.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"{parameterName} '{reference}' contains white space; an image reference is one word such as 'registry.example:5000/tools/app:1.2'.", parameterName);
        }

        var rest = reference;
        string? digest = null;
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
            var colon = digest.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == digest.Length - 1 || !digest[(colon + 1)..].All(char.IsAsciiHexDigitLower))
            {
                throw new ArgumentException($"{parameterName} '{reference}' has an invalid digest '{digest}'; a digest looks like 'sha256:' followed by lower-case hex digits.", parameterName);
            }
        }

        string? tag = null;
        var lastColon = rest.LastIndexOf(':');
        if (lastColon > rest.LastIndexOf('/'))
        {
            tag = rest[(lastColon + 1)..];
            rest = rest[..lastColon];
            if (!IsTag(tag))
            {
                throw new ArgumentException($"{parameterName} '{reference}' has an invalid tag '{tag}'; a tag is 1-128 letters, digits, '_', '.' or '-', not starting with '.' or '-'.", parameterName);
            }
        }

        var registry = DockerHub;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && IsRegistry(rest[..slash]))
        {
            registry = rest[..slash] == "index.docker.io" ? DockerHub : rest[..slash];
            rest = rest[(slash + 1)..];
        }

        if (registry == DockerHub && !rest.Contains('/', StringComparison.Ordinal))
        {
            rest = "library/" + rest;
        }

        if (rest.Length == 0 || !rest.Split('/').All(IsPathComponent))
        {
            throw new ArgumentException($"{parameterName} '{reference}' has an invalid repository '{rest}'; use lower-case letters, digits and single separators ('.', '_', '-') between '/'-separated parts.", parameterName);
        }

        return new ImageReference(registry, rest, tag, digest);
    }

    private static bool IsRegistry(string component) =>
        component.Contains('.', StringComparison.Ordinal) || component.Contains(':', StringComparison.Ordinal)
        || component == "localhost" || component.Any(char.IsAsciiLetterUpper);

    private static bool IsTag(string tag) =>
        tag.Length is > 0 and <= 128 && tag[0] is not ('.' or '-') && tag.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');

    // One path component of a repository: [a-z0-9]+ joined by '.', '_', '__' or runs of '-'.
    private static bool IsPathComponent(string component)
    {
        if (component.Length == 0 || !IsLowerAlphanumeric(component[0]) || !IsLowerAlphanumeric(component[^1]))
        {
            return false;
        }

        for (var i = 1; i < component.Length; i++)
        {
            var c = component[i];
            if (IsLowerAlphanumeric(c) || c == '-')
            {
                continue;
            }

            if (c == '.' || c == '_')
            {
                var previous = component[i - 1];
                var doubleUnderscore = c == '_' && previous == '_' && (i < 2 || component[i - 2] != '_');
                if (!IsLowerAlphanumeric(previous) && !doubleUnderscore)
                {
                    return false;
                }

                continue;
            }

            return false;
        }

        return true;
    }

    private static bool IsLowerAlphanumeric(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c);
}
