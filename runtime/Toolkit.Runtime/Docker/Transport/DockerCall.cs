using Toolkit.Errors;

namespace Toolkit.Docker.Transport;

/// <summary>
/// What one engine request is, for timeouts and error mapping: the operation name errors report, the
/// resource it is about, its timeout (<see langword="null"/> = only the caller's token), and a detail the
/// error needs: the image of a container being created, or the path inside a container for archive calls.
/// </summary>
internal readonly record struct DockerCall(
    string Operation,
    DockerResourceKind Kind,
    string Subject,
    TimeSpan? Timeout,
    DockerFailure Failure = DockerFailure.Generic,
    string? Detail = null);
