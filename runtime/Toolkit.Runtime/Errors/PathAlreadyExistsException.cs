namespace Toolkit.Errors;

/// <summary>Something already exists where the operation needed to create a file or directory. Code: <see cref="DriverErrorCodes.PathAlreadyExists"/>.</summary>
/// <param name="path">The path that already exists.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="reason">What exists and what to do; a default is used when <see langword="null"/>.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class PathAlreadyExistsException(string path, string operation, string? reason = null, Exception? innerException = null)
    : FileSystemException(
        path,
        reason ?? "it already exists (EEXIST). Delete it first, choose another path, or set Overwrite on the options.",
        operation,
        DriverErrorCodes.PathAlreadyExists,
        isRetryable: false,
        innerException);
