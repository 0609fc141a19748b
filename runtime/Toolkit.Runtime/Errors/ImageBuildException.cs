namespace Toolkit.Errors;

/// <summary>
/// An image build failed. The engine reports build failures inside a successful (HTTP 200) response,
/// as an <c>errorDetail</c> in its output stream; the driver turns that into this exception rather than
/// a result. Code: <see cref="DriverErrorCodes.ImageBuildFailed"/>.
/// </summary>
/// <param name="contextDirectory">The build context directory.</param>
/// <param name="engineMessage">The engine's error message.</param>
/// <param name="outputTail">The last lines of build output before the failure.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ImageBuildException(string contextDirectory, string engineMessage, string outputTail, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.ImageBuildFailed,
        BuildMessage(contextDirectory, engineMessage, outputTail),
        DriverNames.Docker,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The build context directory.</summary>
    public string ContextDirectory { get; } = contextDirectory;

    /// <summary>The engine's error message.</summary>
    public string EngineMessage { get; } = engineMessage;

    /// <summary>The last lines of build output before the failure.</summary>
    public string OutputTail { get; } = outputTail;

    private static string BuildMessage(string contextDirectory, string engineMessage, string outputTail) =>
        string.IsNullOrWhiteSpace(outputTail)
            ? $"Building the image from '{contextDirectory}' failed: {engineMessage}"
            : $"Building the image from '{contextDirectory}' failed: {engineMessage}{Environment.NewLine}Build output ended with:{Environment.NewLine}{outputTail.TrimEnd()}";
}
