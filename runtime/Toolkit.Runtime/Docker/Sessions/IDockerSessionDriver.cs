using Toolkit.Errors;

namespace Toolkit.Docker.Sessions;

/// <summary>
/// Finds and removes sessions on the engine by their labels, including those of processes that crashed
/// before they could clean up (the reaper role Testcontainers gives Ryuk, without a helper container).
/// </summary>
[GenerateTracking(DriverName = DriverNames.Docker + ".session")]
[GenerateValidation]
[GenerateRegistration]
public partial interface IDockerSessionDriver
{
    /// <summary>Lists every session that has resources on the engine.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sessions, with their owners and resource counts.</returns>
    Task<IReadOnlyList<DockerSessionInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes everything labelled with the session: containers (forced, with anonymous volumes), then
    /// networks, volumes and images. Resources already gone count as removed.
    /// </summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the clean-up.</param>
    /// <returns>What was removed.</returns>
    /// <exception cref="SessionCleanupException">Something could not be removed; the report in it says what and why.</exception>
    Task<SessionCleanupReport> RemoveAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes every session whose owning process on this machine is gone, except sessions created with
    /// <see cref="DockerDriverOptions.RemoveResourcesOnDispose"/> off, which are meant to outlive their process.
    /// </summary>
    /// <param name="cancellationToken">Cancels the clean-up.</param>
    /// <returns>One report per session removed.</returns>
    /// <exception cref="SessionCleanupException">Something could not be removed.</exception>
    Task<IReadOnlyList<SessionCleanupReport>> RemoveOrphanedAsync(CancellationToken cancellationToken = default);
}
