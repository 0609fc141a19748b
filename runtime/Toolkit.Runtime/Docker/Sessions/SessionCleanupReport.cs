namespace Toolkit.Docker.Sessions;

/// <summary>What removing a session's resources did.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Removed">What was removed (or was already gone).</param>
/// <param name="Failures">What could not be removed, with why.</param>
public sealed record SessionCleanupReport(string SessionId, IReadOnlyList<SessionResource> Removed, IReadOnlyList<SessionCleanupFailure> Failures)
{
    /// <summary>Whether everything was removed.</summary>
    public bool Succeeded => Failures.Count == 0;
}
