using System.Text;

namespace Toolkit.Docker.Images;

/// <summary>
/// Credentials for one registry, given in a call instead of the ones the docker CLI configuration holds: a user
/// name and password (or access token used as a password), or an identity token from a <c>docker login</c> against
/// a registry that issues them. The secret parts are <see cref="SensitiveAttribute">[Sensitive]</see>: generated
/// tracking, logs and validation messages never show them, and neither does <c>ToString()</c>.
/// </summary>
/// <example>
/// <code>
/// var credentials = RegistryCredentials.FromPassword("ci-bot", Environment.GetEnvironmentVariable("REGISTRY_TOKEN")!);
/// await docker.Images.PullAsync("registry.example:5000/tools/app:1.2", new ImagePullOptions { Credentials = credentials });
/// </code>
/// </example>
public sealed record RegistryCredentials
{
    /// <summary>The user name; <see langword="null"/> with an <see cref="IdentityToken"/>.</summary>
    public string? Username { get; init; }

    /// <summary>The password, or an access token the registry accepts as one.</summary>
    [Sensitive]
    public string? Password { get; init; }

    /// <summary>An identity (refresh) token, which the engine exchanges for an access token; used instead of a password.</summary>
    [Sensitive]
    public string? IdentityToken { get; init; }

    /// <summary>Credentials made of a user name and a password (or an access token used as a password).</summary>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password or token.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentException">Either value is empty.</exception>
    public static RegistryCredentials FromPassword(string username, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        return new RegistryCredentials { Username = username, Password = password };
    }

    /// <summary>Credentials made of an identity token, as <c>docker login</c> stores for registries that issue one.</summary>
    /// <param name="identityToken">The token.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentException">The token is empty.</exception>
    public static RegistryCredentials FromIdentityToken(string identityToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(identityToken);
        return new RegistryCredentials { IdentityToken = identityToken };
    }

    // A record prints every property by default; this keeps the secrets out of string interpolation and debuggers' summaries.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Username = ").Append(Username ?? "null")
            .Append(", Password = ").Append(Hidden(Password))
            .Append(", IdentityToken = ").Append(Hidden(IdentityToken));
        return true;
    }

    private static string Hidden(string? secret) => secret is null ? "null" : SensitiveAttribute.RedactedValue;
}
