namespace Toolkit.Errors;

/// <summary>The kinds of engine objects the Docker driver works with; errors use it to say what was not found or in conflict.</summary>
public enum DockerResourceKind
{
    /// <summary>A container.</summary>
    Container,

    /// <summary>An image.</summary>
    Image,

    /// <summary>A volume.</summary>
    Volume,

    /// <summary>A network.</summary>
    Network,

    /// <summary>An exec instance inside a container.</summary>
    Exec,

    /// <summary>The engine itself (ping, version).</summary>
    Engine,
}
