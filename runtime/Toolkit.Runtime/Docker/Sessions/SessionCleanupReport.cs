namespace Toolkit.Docker;

/// <summary>What removing a session's resources did.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Removed">What was removed (or was already gone).</param>
/// <param name="Failures">What could not be removed, with why.</param>
public sealed record SessionCleanupReport(string SessionId, IReadOnlyList<SessionResource> Removed, IReadOnlyList<SessionCleanupFailure> Failures)
{
    /// <summary>Whether everything was removed.</summary>
    public bool Succeeded => Failures.Count == 0;
}

/// <summary>One resource of a session.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Id">Its id or name.</param>
public sealed record SessionResource(DockerResourceKind Kind, string Id);

/// <summary>A resource a clean-up could not remove.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Id">Its id or name.</param>
/// <param name="Error">Why it could not be removed.</param>
public sealed record SessionCleanupFailure(DockerResourceKind Kind, string Id, Exception Error);
