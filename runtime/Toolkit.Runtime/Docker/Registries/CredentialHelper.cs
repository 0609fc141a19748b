using System.Collections.Immutable;
using System.Text.Json;
using Toolkit.Docker.Images;
using Toolkit.Docker.Json;
using Toolkit.Errors;
using Toolkit.Shell;

namespace Toolkit.Docker.Registries;

/// <summary>
/// Asks a docker credential helper for a registry's credentials, as the CLI does: <c>docker-credential-NAME get</c>
/// with the server address on standard input, answered with <c>{"ServerURL","Username","Secret"}</c> on standard
/// output (a user name of <c>&lt;token&gt;</c> means the secret is an identity token). The helper runs through the
/// shell driver, so it is an argument list (no shell), bounded by a timeout and stopped with its children.
/// </summary>
internal sealed class CredentialHelper(IShellDriver shell, string name, string configuredBy, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
{
    private const string TokenUser = "<token>";

    // What the helpers of docker/docker-credential-helpers print (exit code 1) when they hold nothing for the address.
    private const string NotFound = "credentials not found";

    public string Program { get; } = "docker-credential-" + name;

    /// <summary>Where the helper was named, for messages: <c>credsStore in /root/.docker/config.json</c>.</summary>
    public string ConfiguredBy { get; } = configuredBy;

    /// <summary>The helper's credentials for <paramref name="serverAddress"/>, or <see langword="null"/> when it holds none.</summary>
    public async Task<RegistryCredentials?> GetAsync(string serverAddress, string operation, CancellationToken cancellationToken)
    {
        var command = new ShellCommand(Program, "get")
        {
            StandardInput = CommandInput.FromText(serverAddress),
            EnvironmentVariables = environment.ToImmutableDictionary(StringComparer.Ordinal),
            Capture = OutputCapture.Bytes,
            MaxCapturedBytes = 1024 * 1024,
            Timeout = timeout,
            ValidateExitCode = false,
        };

        CommandResult result;
        try
        {
            result = await shell.RunAsync(command, cancellationToken).ConfigureAwait(false);
        }
        catch (DriverException ex)
        {
            throw Failed($"could not be run ({ex.Message})", operation, ex);
        }

        if (result.ExitCode != 0)
        {
            // Helpers print their error on standard output, without the secret (there is none to print).
            var output = Text(result.StandardOutputBytes);
            if (output.Contains(NotFound, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var error = Text(result.StandardErrorBytes);
            throw Failed($"exited with code {result.ExitCode} ({Shorten(output.Length > 0 ? output : error)})", operation);
        }

        CredentialHelperOutputWire? answer;
        try
        {
            answer = JsonSerializer.Deserialize(result.StandardOutputBytes.Span, DockerJsonContext.Default.CredentialHelperOutputWire);
        }
        catch (JsonException)
        {
            // Never quote the output: it may hold the secret.
            throw Failed("answered with something that is not the JSON object {\"ServerURL\", \"Username\", \"Secret\"}", operation);
        }

        if (answer is null || string.IsNullOrEmpty(answer.Secret))
        {
            return null;
        }

        return answer.Username == TokenUser
            ? new RegistryCredentials { IdentityToken = answer.Secret }
            : new RegistryCredentials { Username = answer.Username, Password = answer.Secret };
    }

    private DriverAuthenticationException Failed(string what, string operation, Exception? inner = null) =>
        new(DriverNames.Docker, $"the credential helper {Program} (named by {ConfiguredBy}) {what}. Fix or reconfigure the helper, or pass RegistryCredentials in the call", operation, isRetryable: false, inner);

    private static string Text(ReadOnlyMemory<byte> bytes) => System.Text.Encoding.UTF8.GetString(bytes.Span).Trim();

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
