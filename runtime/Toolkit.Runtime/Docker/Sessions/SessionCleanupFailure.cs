using Toolkit.Errors;

namespace Toolkit.Docker.Sessions;

/// <summary>A resource a clean-up could not remove.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Id">Its id or name.</param>
/// <param name="Error">Why it could not be removed.</param>
public sealed record SessionCleanupFailure(DockerResourceKind Kind, string Id, Exception Error);
