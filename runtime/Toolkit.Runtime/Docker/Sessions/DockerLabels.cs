namespace Toolkit.Docker.Sessions;

/// <summary>
/// The labels the driver puts on everything it creates. They make a session's resources findable, by
/// this process or by a later one after a crash: <c>docker ps -a --filter label=toolkit.session=&lt;id&gt;</c>.
/// </summary>
public static class DockerLabels
{
    /// <summary>The session id. Every container, image, volume and network the driver creates has it.</summary>
    public const string Session = "toolkit.session";

    /// <summary>The host name of the machine whose process owns the session.</summary>
    public const string OwnerHost = "toolkit.session.host";

    /// <summary>The process id of the process that owns the session.</summary>
    public const string OwnerPid = "toolkit.session.pid";

    /// <summary>When that process started (Unix milliseconds), so a reused process id is not mistaken for the owner.</summary>
    public const string OwnerStarted = "toolkit.session.process-start";

    /// <summary>
    /// <c>true</c> on the resources of a session created with <see cref="DockerDriverOptions.RemoveResourcesOnDispose"/>
    /// off: they are meant to outlive their process, so they never count as orphaned.
    /// </summary>
    public const string Persistent = "toolkit.session.persistent";
}
