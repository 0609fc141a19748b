namespace Toolkit.Docker.Volumes;

/// <summary>A volume.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Driver">Its volume driver.</param>
/// <param name="Mountpoint">Where it lives on the engine's host.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Labels">Its labels.</param>
public sealed record VolumeInfo(string Name, string Driver, string Mountpoint, DateTimeOffset? Created, IReadOnlyDictionary<string, string> Labels);
