namespace Toolkit.Docker.Containers;

/// <summary>A container the engine has just created (not yet started).</summary>
/// <param name="Id">The full container id.</param>
/// <param name="Warnings">Warnings the engine gave, for example about a limit the kernel cannot enforce.</param>
public sealed record CreatedContainer(string Id, IReadOnlyList<string> Warnings);
