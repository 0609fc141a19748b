using System.Buffers;
using Toolkit.Shell.Execution;

namespace Toolkit.Shell.Input;

/// <summary>Standard input copied from a caller's stream while the process runs.</summary>
internal sealed class StreamInput(Stream stream) : CommandInput
{
    private const int BufferSize = 64 * 1024;

    public Stream Stream { get; } = stream;

    internal override bool IsEmpty => false;

    internal override async Task WriteToAsync(ChildInput pipe, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            while (true)
            {
                var read = await Stream.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                if (!await pipe.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false))
                {
                    // The process closed its end: it wants no more input.
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public override string ToString() => "stream";
}
