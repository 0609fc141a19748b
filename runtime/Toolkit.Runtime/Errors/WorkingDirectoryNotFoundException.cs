namespace Toolkit.Errors;

/// <summary>
/// The working directory given for a process does not exist, or is not a directory.
/// Code: <see cref="DriverErrorCodes.WorkingDirectoryNotFound"/>.
/// </summary>
/// <param name="program">The program that was to run.</param>
/// <param name="workingDirectory">The working directory as the caller gave it.</param>
/// <param name="fullPath">The absolute path it resolved to.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class WorkingDirectoryNotFoundException(string program, string workingDirectory, string fullPath, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.WorkingDirectoryNotFound,
        $"Cannot run {ErrorText.Quote(program)}: its working directory {ErrorText.Quote(workingDirectory)} (full path {ErrorText.Quote(fullPath)}) does not exist or is not a directory. Create the directory first, or fix the path.",
        DriverNames.Shell,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The program that was to run.</summary>
    public string Program { get; } = program;

    /// <summary>The working directory as the caller gave it.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The absolute path the working directory resolved to.</summary>
    public string FullPath { get; } = fullPath;
}
