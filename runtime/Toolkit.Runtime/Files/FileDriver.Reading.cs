using System.Text;
using Toolkit.Files.Resolution;

namespace Toolkit.Files;

public sealed partial class FileDriver
{
    /// <inheritdoc />
    public async Task<string> ReadTextAsync(string path, Encoding? encoding = null, CancellationToken cancellationToken = default)
    {
        const string Operation = FileOperationNames.ReadText;
        PathText.Validate(path, nameof(path));
        cancellationToken.ThrowIfCancellationRequested();
        var handle = OpenFileForReading(path, Operation, out _);
        try
        {
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            using var reader = new StreamReader(stream, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            throw FileErrors.FromException(exception, path, Operation);
        }
        finally
        {
            handle.Dispose();
        }
    }

    /// <inheritdoc />
    public async Task<byte[]> ReadBytesAsync(string path, CancellationToken cancellationToken = default)
    {
        const string Operation = FileOperationNames.ReadBytes;
        PathText.Validate(path, nameof(path));
        cancellationToken.ThrowIfCancellationRequested();
        using var handle = OpenFileForReading(path, Operation, out var status);
        if (status.Size > (ulong)Array.MaxLength)
        {
            throw new Toolkit.Errors.FileSystemException(path, $"it is {status.Size} bytes, more than one array can hold ({Array.MaxLength}). Read it with OpenReadAsync instead.", Operation);
        }

        try
        {
            // The size is a hint: files in /proc report 0, and a file can change while it is read.
            byte[] buffer = new byte[status.Size > 0 ? (int)status.Size : 4096];
            int total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (status.Size > 0 && await RandomAccess.ReadAsync(handle, new byte[1], total, cancellationToken).ConfigureAwait(false) == 0)
                    {
                        return buffer;
                    }

                    Array.Resize(ref buffer, checked((int)Math.Min((long)buffer.Length * 2, Array.MaxLength)));
                }

                int read = await RandomAccess.ReadAsync(handle, buffer.AsMemory(total), total, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return total == buffer.Length ? buffer : buffer[..total];
                }

                total += read;
            }
        }
        catch (Exception exception)
        {
            throw FileErrors.FromException(exception, path, Operation);
        }
    }
}
