namespace Toolkit.Errors;

/// <summary>The program to run does not exist or is not executable. Code: <see cref="DriverErrorCodes.ExecutableNotFound"/>.</summary>
/// <param name="program">The program as the caller gave it.</param>
/// <param name="searched">Where it was looked for: the PATH directories, or the full path that was tried.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ExecutableNotFoundException(string program, string searched, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.ExecutableNotFound, $"Executable {ErrorText.Quote(program)} was not found or is not executable (searched: {ErrorText.Quote(searched)}). Give a full path, fix PATH, install the program, or make the file executable.", DriverNames.Shell, operation, isRetryable, innerException)
{
    /// <summary>The program as the caller gave it.</summary>
    public string Program { get; } = program;

    /// <summary>Where it was looked for: the PATH directories, or the full path that was tried.</summary>
    public string Searched { get; } = searched;
}
