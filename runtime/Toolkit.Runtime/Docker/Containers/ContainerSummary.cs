namespace Toolkit.Docker.Containers;

/// <summary>One container as a list reports it.</summary>
/// <param name="Id">The full container id.</param>
/// <param name="Names">Its names, without the leading '/'.</param>
/// <param name="Image">The image as given at creation.</param>
/// <param name="ImageId">The id of the image.</param>
/// <param name="Command">The command line, as the engine prints it.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Status">Its state.</param>
/// <param name="StatusText">The engine's description, for example <c>Exited (0) 2 seconds ago</c>.</param>
/// <param name="Labels">Its labels.</param>
public sealed record ContainerSummary(
    string Id,
    IReadOnlyList<string> Names,
    string Image,
    string ImageId,
    string Command,
    DateTimeOffset Created,
    ContainerStatus Status,
    string StatusText,
    IReadOnlyDictionary<string, string> Labels);
