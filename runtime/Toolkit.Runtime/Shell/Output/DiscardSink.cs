namespace Toolkit.Shell.Output;

/// <summary>Drops everything: the quiet mode, where the bytes are read only so the process never blocks.</summary>
internal sealed class DiscardSink : OutputSink
{
    public static DiscardSink Instance { get; } = new();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> data) => ValueTask.CompletedTask;
}
