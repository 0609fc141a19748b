using System.Threading.Channels;

namespace Toolkit.Shell.Output;

/// <summary>Turns each read into an <see cref="OutputChunk"/> with its own copy of the bytes, and queues it for the consumer.</summary>
internal sealed class ChunkSink(OutputSource source, ChannelWriter<CommandEvent> events, CancellationToken cancellationToken) : OutputSink
{
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> data)
    {
        // Every byte is overwritten by the copy, so the array need not be zeroed first.
        var copy = GC.AllocateUninitializedArray<byte>(data.Length);
        data.Span.CopyTo(copy);
        return events.WriteAsync(new OutputChunk(source, copy), cancellationToken);
    }
}
