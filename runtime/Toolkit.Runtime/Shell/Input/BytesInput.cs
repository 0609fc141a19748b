using Toolkit.Shell.Execution;

namespace Toolkit.Shell.Input;

/// <summary>Standard input from bytes held in memory (text is encoded into bytes up front).</summary>
internal sealed class BytesInput(ReadOnlyMemory<byte> bytes) : CommandInput
{
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    internal override bool IsEmpty => false;

    internal override async Task WriteToAsync(ChildInput pipe, CancellationToken cancellationToken) =>
        await pipe.WriteAsync(Bytes, cancellationToken).ConfigureAwait(false);

    // Value equality, so two commands with the same input compare equal (mocks match on it).
    public override bool Equals(object? obj) => obj is BytesInput other && Bytes.Span.SequenceEqual(other.Bytes.Span);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes.Span[..Math.Min(Bytes.Length, 256)]);
        hash.Add(Bytes.Length);
        return hash.ToHashCode();
    }

    public override string ToString() => $"{Bytes.Length} bytes";
}
