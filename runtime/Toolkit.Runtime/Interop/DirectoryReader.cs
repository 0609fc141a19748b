using System.Buffers;
using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace Toolkit.Interop;

/// <summary>
/// Reads a directory with getdents64 into a pooled buffer and hands out entries as UTF-8 spans, so a
/// walk over a large tree allocates only for the names it keeps. One reader serves one directory at a
/// time; <see cref="Start"/> switches to another.
/// </summary>
internal sealed class DirectoryReader : IDisposable
{
    // struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, char d_name[].
    private const int RecordLengthOffset = 16;
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private SafeFileHandle? _directory;
    private int _position;
    private int _length;
    private int _nameStart;
    private int _nameLength;

    /// <summary>The current entry's name, valid until the next <see cref="TryRead"/>.</summary>
    public ReadOnlySpan<byte> Name => _buffer.AsSpan(_nameStart, _nameLength);

    /// <summary>The current entry's d_type (<see cref="DirectoryEntryType"/>); Unknown on file systems that do not fill it.</summary>
    public byte Type { get; private set; }

    /// <summary>Starts reading <paramref name="directory"/> from its first entry (even if it was read before).</summary>
    public void Start(SafeFileHandle directory)
    {
        Unix.Rewind(directory);
        _directory = directory;
        _position = 0;
        _length = 0;
    }

    /// <summary>Moves to the next entry other than "." and "..". Returns false at the end or on error (<paramref name="errno"/> set).</summary>
    public bool TryRead(out int errno)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(DirectoryReader));
        while (true)
        {
            if (_position >= _length)
            {
                int read = Unix.GetDents(_directory!, buffer);
                if (read <= 0)
                {
                    errno = -read;
                    return false;
                }

                _position = 0;
                _length = read;
            }

            int record = _position;
            int recordLength = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(record + RecordLengthOffset));
            _position += recordLength;
            var name = buffer.AsSpan(record + NameOffset, recordLength - NameOffset);
            int end = name.IndexOf((byte)0);
            int length = end < 0 ? name.Length : end;
            if (IsDotOrDotDot(name[..length]))
            {
                continue;
            }

            _nameStart = record + NameOffset;
            _nameLength = length;
            Type = buffer[record + TypeOffset];
            errno = 0;
            return true;
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = null;
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsDotOrDotDot(ReadOnlySpan<byte> name) =>
        (name.Length == 1 && name[0] == (byte)'.') || (name.Length == 2 && name[0] == (byte)'.' && name[1] == (byte)'.');
}
