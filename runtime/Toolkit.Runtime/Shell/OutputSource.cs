namespace Toolkit.Shell;

/// <summary>Which of a process's output streams a piece of output came from.</summary>
public enum OutputSource
{
    /// <summary>Standard output (file descriptor 1).</summary>
    StandardOutput = 1,

    /// <summary>Standard error (file descriptor 2).</summary>
    StandardError = 2,
}
