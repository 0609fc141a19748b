using System.Text;

namespace Toolkit.Docker.Containers;

/// <summary>
/// One piece of a container's output: a line (or, for lines over 16 KiB, part of one) with the stream it
/// was written to. For TTY containers, whatever the terminal produced, on <see cref="DockerStreamKind.Console"/>.
/// </summary>
/// <param name="Stream">The stream it was written to.</param>
/// <param name="Data">The bytes, exactly as written (line endings included).</param>
/// <param name="Timestamp">When it was written, if timestamps were asked for.</param>
public sealed record ContainerLogEntry(DockerStreamKind Stream, ReadOnlyMemory<byte> Data, DateTimeOffset? Timestamp)
{
    /// <summary>The bytes decoded as UTF-8 (invalid sequences become U+FFFD).</summary>
    public string Text => Encoding.UTF8.GetString(Data.Span);
}
