namespace Toolkit.Docker.Sessions;

/// <summary>A session found on the engine by its labels.</summary>
/// <param name="Id">The session id.</param>
/// <param name="Owner">The process that created it, when its labels say so.</param>
/// <param name="IsOrphaned">
/// Whether its owner is known to be gone (a crashed or killed process on this machine) and it was not
/// meant to outlive it (see <see cref="DockerLabels.Persistent"/>).
/// </param>
/// <param name="Containers">How many containers it has.</param>
/// <param name="Images">How many images it has.</param>
/// <param name="Volumes">How many volumes it has.</param>
/// <param name="Networks">How many networks it has.</param>
public sealed record DockerSessionInfo(string Id, DockerSessionOwner? Owner, bool IsOrphaned, int Containers, int Images, int Volumes, int Networks);
