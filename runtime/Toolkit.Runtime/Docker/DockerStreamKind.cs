namespace Toolkit.Docker;

/// <summary>Which stream of a container a piece of output came from.</summary>
public enum DockerStreamKind
{
    /// <summary>Standard output.</summary>
    StandardOutput,

    /// <summary>Standard error.</summary>
    StandardError,

    /// <summary>
    /// The terminal of a container or exec started with a TTY: the engine merges standard output and
    /// standard error into one raw stream, so they cannot be told apart.
    /// </summary>
    Console,

    /// <summary>Standard input echoed back by the engine (only when stdin is attached).</summary>
    StandardInput,
}
