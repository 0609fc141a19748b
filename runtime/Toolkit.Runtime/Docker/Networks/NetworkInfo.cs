namespace Toolkit.Docker.Networks;

/// <summary>A network.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Driver">Its driver, such as <c>bridge</c>.</param>
/// <param name="Internal">Whether it is cut off from the outside.</param>
/// <param name="Labels">Its labels.</param>
/// <param name="Containers">The ids of the containers attached to it (filled in by inspect; lists leave it empty).</param>
public sealed record NetworkInfo(string Id, string Name, string Driver, bool Internal, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> Containers);
