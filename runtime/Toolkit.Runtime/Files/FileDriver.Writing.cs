using System.Text;
using Microsoft.Win32.SafeHandles;
using Toolkit.Files.Resolution;
using Toolkit.Files.Writing;

namespace Toolkit.Files;

public sealed partial class FileDriver
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public Task WriteTextAsync(string path, string content, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var encoding = options?.Encoding ?? Utf8WithoutBom;
        return WriteAtomicallyAsync(
            path,
            options,
            FileOperationNames.WriteText,
            async (handle, token) =>
            {
                await using var stream = Borrow(handle);
                await using var writer = new StreamWriter(stream, encoding, bufferSize: 64 * 1024);
                await writer.WriteAsync(content.AsMemory(), token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task WriteBytesAsync(string path, ReadOnlyMemory<byte> content, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAtomicallyAsync(
            path,
            options,
            FileOperationNames.WriteBytes,
            (handle, token) => RandomAccess.WriteAsync(handle, content, 0, token),
            cancellationToken);

    /// <inheritdoc />
    public Task WriteStreamAsync(string path, Stream content, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The content stream cannot be read.", nameof(content));
        }

        return WriteAtomicallyAsync(
            path,
            options,
            FileOperationNames.WriteStream,
            async (handle, token) =>
            {
                await using var stream = Borrow(handle);
                await content.CopyToAsync(stream, 1024 * 1024, token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task WriteWithAsync(string path, Func<Stream, CancellationToken, Task> write, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        return WriteAtomicallyAsync(
            path,
            options,
            FileOperationNames.WriteWith,
            async (handle, token) =>
            {
                var stream = Borrow(handle);
                await using (stream.ConfigureAwait(false))
                {
                    await write(stream, token).ConfigureAwait(false);
                    if (stream.CanWrite)
                    {
                        await stream.FlushAsync(token).ConfigureAwait(false);
                    }
                }
            },
            cancellationToken);
    }

    /// <summary>
    /// A buffered stream over the temporary file that does not own its descriptor, so disposing it (as a
    /// callback may) cannot close the file before the writer flushes and renames it.
    /// </summary>
    private static FileStream Borrow(SafeFileHandle handle) =>
        new(new SafeFileHandle(handle.DangerousGetHandle(), ownsHandle: false), FileAccess.Write, bufferSize: 64 * 1024);

    private async Task WriteAtomicallyAsync(string path, WriteOptions? options, string operation, Func<SafeFileHandle, CancellationToken, ValueTask> body, CancellationToken cancellationToken)
    {
        PathText.Validate(path, nameof(path));
        options ??= WriteOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        var settings = new AtomicWriteSettings(options.Overwrite, options.Durable, options.CreateDirectories, NamedTempFile: NamedTempFiles);
        using var writer = AtomicFileWriter.Begin(_scope, path, settings, operation);
        try
        {
            await body(writer.Handle, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            throw FileErrors.FromException(exception, path, operation);
        }

        cancellationToken.ThrowIfCancellationRequested();
        writer.Commit();
    }
}
