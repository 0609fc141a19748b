using System.Text;

namespace Toolkit.Docker.Containers;

/// <summary>The outcome of <see cref="IContainerDriver.RunAsync"/>.</summary>
/// <param name="Id">The container id (already removed unless <see cref="ContainerRunOptions.KeepContainer"/> was set).</param>
/// <param name="ExitCode">The exit code of the container's main process.</param>
/// <param name="StandardOutputBytes">Standard output (for a TTY container: all output).</param>
/// <param name="StandardErrorBytes">Standard error (empty for a TTY container).</param>
/// <param name="OutputTruncated">Whether output beyond <see cref="ContainerRunOptions.MaxOutputBytes"/> was dropped.</param>
public sealed record ContainerRunResult(string Id, int ExitCode, ReadOnlyMemory<byte> StandardOutputBytes, ReadOnlyMemory<byte> StandardErrorBytes, bool OutputTruncated)
{
    /// <summary>Standard output decoded as UTF-8.</summary>
    public string StandardOutput => Encoding.UTF8.GetString(StandardOutputBytes.Span);

    /// <summary>Standard error decoded as UTF-8.</summary>
    public string StandardError => Encoding.UTF8.GetString(StandardErrorBytes.Span);
}
