namespace Toolkit.Shell;

/// <summary>
/// A piece of raw output, as it was read from the pipe. Chunk boundaries carry no meaning (a line or a
/// character may be split between chunks). The bytes belong to the event: keep them as long as you like.
/// </summary>
/// <param name="Source">The stream the bytes came from.</param>
/// <param name="Data">The bytes; never empty.</param>
public sealed record OutputChunk(OutputSource Source, ReadOnlyMemory<byte> Data) : CommandEvent;
