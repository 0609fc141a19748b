using System.Text;

namespace Toolkit.Docker.Containers;

/// <summary>
/// The outcome of an exec, read after its output stream ended: the exit code, and standard output and
/// standard error kept apart (with a TTY, everything is in standard output).
/// </summary>
/// <param name="ExitCode">The exit code of the command.</param>
/// <param name="StandardOutputBytes">Standard output, byte for byte.</param>
/// <param name="StandardErrorBytes">Standard error, byte for byte.</param>
/// <param name="OutputTruncated">Whether either stream was longer than <see cref="ExecRequest.MaxOutputBytes"/> and was cut.</param>
public sealed record ExecResult(int ExitCode, ReadOnlyMemory<byte> StandardOutputBytes, ReadOnlyMemory<byte> StandardErrorBytes, bool OutputTruncated)
{
    /// <summary>Standard output decoded as UTF-8.</summary>
    public string StandardOutput => Encoding.UTF8.GetString(StandardOutputBytes.Span);

    /// <summary>Standard error decoded as UTF-8.</summary>
    public string StandardError => Encoding.UTF8.GetString(StandardErrorBytes.Span);
}
