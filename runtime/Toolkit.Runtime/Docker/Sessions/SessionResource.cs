using Toolkit.Errors;

namespace Toolkit.Docker.Sessions;

/// <summary>One resource of a session.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Id">Its id or name.</param>
public sealed record SessionResource(DockerResourceKind Kind, string Id);
