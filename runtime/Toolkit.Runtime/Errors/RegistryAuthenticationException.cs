namespace Toolkit.Errors;

/// <summary>
/// A registry refused the credentials the engine presented for a pull or a push, or wanted some and got none.
/// Repeating the call with the same credentials cannot help. Code: <see cref="DriverErrorCodes.AuthenticationFailed"/>.
/// </summary>
/// <remarks>The message and the properties never hold a credential: only where the credentials came from.</remarks>
/// <param name="registry">The registry host, such as <c>registry.example:5000</c>.</param>
/// <param name="reference">The image reference being pulled or pushed.</param>
/// <param name="engineMessage">The engine's explanation, verbatim (for example <c>unauthorized: authentication required</c>).</param>
/// <param name="credentialSource">Where the credentials that were sent came from, in words (for example <c>the credentials given in the call</c>).</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class RegistryAuthenticationException(string registry, string reference, string engineMessage, string credentialSource, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.AuthenticationFailed,
        $"Registry {ErrorText.Quote(registry)} refused {operation} of {ErrorText.Quote(reference)}: {ErrorText.Reason(engineMessage)}. The engine sent {ErrorText.Reason(credentialSource)}; pass RegistryCredentials in the call, or log in to the registry (docker login) so that the docker configuration holds valid credentials for it.",
        DriverNames.Docker,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The registry host.</summary>
    public string Registry { get; } = registry;

    /// <summary>The image reference being pulled or pushed.</summary>
    public string Reference { get; } = reference;

    /// <summary>The engine's explanation, verbatim.</summary>
    public string EngineMessage { get; } = engineMessage;

    /// <summary>Where the credentials that were sent came from, in words.</summary>
    public string CredentialSource { get; } = credentialSource;
}
