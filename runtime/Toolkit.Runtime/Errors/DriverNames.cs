namespace Toolkit.Errors;

/// <summary>The values of <see cref="DriverException.Driver"/> used by the drivers in this package.</summary>
public static class DriverNames
{
    /// <summary>The Docker Engine API driver.</summary>
    public const string Docker = "docker";

    /// <summary>The process (shell) driver.</summary>
    public const string Shell = "shell";

    /// <summary>The file system driver.</summary>
    public const string File = "file";
}
