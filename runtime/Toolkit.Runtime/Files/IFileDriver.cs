using System.Security.Cryptography;
using System.Text;
using Toolkit.Errors;

namespace Toolkit.Files;

/// <summary>
/// The file system, as a driver: directories, files, streams, copies and moves, globbing and hashing,
/// with atomic writes, optional confinement to a root directory, and typed errors.
/// </summary>
/// <remarks>
/// <para>Paths are Linux paths. An unconfined driver takes absolute paths and paths relative to the
/// current directory; a driver confined to a root (<see cref="FileDriverOptions.Root"/>) resolves relative
/// paths against the root and rejects every path that leaves it with <see cref="PathOutsideRootException"/>.</para>
/// <para>Failures are <see cref="DriverException"/>s with a stable <see cref="DriverException.Code"/>:
/// <see cref="PathNotFoundException"/>, <see cref="PathAlreadyExistsException"/>, <see cref="PermissionDeniedException"/>,
/// <see cref="ReadOnlyFileSystemException"/>, <see cref="DiskFullException"/>, <see cref="FileInUseException"/>,
/// <see cref="PathOutsideRootException"/>, and <see cref="FileSystemException"/> for the rest. Bad arguments
/// throw <see cref="ArgumentException"/> naming the parameter.</para>
/// <para>Every method takes a <see cref="CancellationToken"/>; long operations (copies, tree deletes,
/// globs, hashes) check it between steps and stop cleanly, removing anything half-written.</para>
/// </remarks>
[GenerateTracking(DriverName = DriverNames.File)]
[GenerateValidation]
[GenerateRegistration]
public partial interface IFileDriver
{
    /// <summary>Creates a directory and any missing parents, like <c>mkdir -p</c>. An existing directory is success.</summary>
    /// <param name="path">The directory to create.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the directory exists.</returns>
    /// <exception cref="PathAlreadyExistsException">Something other than a directory is at <paramref name="path"/>.</exception>
    Task CreateDirectoryAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a directory and everything under it, like <c>rm -rf</c>; a file or symbolic link at
    /// <paramref name="path"/> is deleted itself. Links inside the tree are removed, never followed.
    /// </summary>
    /// <param name="path">The directory (or file) to delete; it cannot be the root or end in <c>..</c>.</param>
    /// <param name="cancellationToken">Cancels the call; what was deleted by then stays deleted.</param>
    /// <returns><see langword="true"/> when something was deleted, <see langword="false"/> when nothing was there.</returns>
    Task<bool> DeleteTreeAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Deletes a file or symbolic link (never what the link points to).</summary>
    /// <param name="path">The file to delete.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the file was deleted, <see langword="false"/> when it did not exist.</returns>
    /// <exception cref="FileSystemException"><paramref name="path"/> is a directory (use <see cref="DeleteTreeAsync"/>).</exception>
    Task<bool> DeleteFileAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies a file, or a directory tree, to <paramref name="destination"/> (the new path, not a directory to
    /// copy into). Each file lands atomically; a symbolic link at <paramref name="source"/> is followed, links
    /// inside a tree are copied as links. Works across file systems, in the kernel where it can (copy_file_range).
    /// </summary>
    /// <param name="source">The file or directory to copy.</param>
    /// <param name="destination">The path of the copy.</param>
    /// <param name="options">Overwrite, durability and progress; <see langword="null"/> for <see cref="CopyOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the call; a directory the copy created is removed again.</param>
    /// <returns>A task that completes when the copy is in place.</returns>
    Task CopyAsync(string source, string destination, CopyOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves (renames) a file or directory to <paramref name="destination"/> (the new path). Within a file
    /// system it is one atomic rename; across file systems it copies, flushes the copy, then deletes the source.
    /// </summary>
    /// <param name="source">The file or directory to move; a symbolic link is moved as a link.</param>
    /// <param name="destination">The new path.</param>
    /// <param name="options">Overwrite and progress; <see langword="null"/> for <see cref="MoveOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled cross-file-system move leaves the source intact and removes the partial copy.</param>
    /// <returns>A task that completes when the move is done.</returns>
    Task MoveAsync(string source, string destination, MoveOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Whether something exists at <paramref name="path"/>, following symbolic links (a dangling link does not exist), like <c>test -e</c>.</summary>
    /// <param name="path">The path to test.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the path exists.</returns>
    /// <exception cref="PathOutsideRootException">The path leaves the root: an escape is reported, never answered with <see langword="false"/>.</exception>
    Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Reads a path's kind, size, modification time and permissions, following symbolic links.</summary>
    /// <param name="path">The path to inspect.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The metadata, or <see langword="null"/> when nothing exists at the path.</returns>
    Task<FileMetadata?> GetMetadataAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Creates a new empty file; fails if anything already exists there (O_EXCL, so it also works as a lock file).</summary>
    /// <param name="path">The file to create; its directory must exist.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the file exists.</returns>
    /// <exception cref="PathAlreadyExistsException">Something already exists at <paramref name="path"/>.</exception>
    Task CreateFileAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Opens a file for reading. Dispose the stream when done.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A seekable read-only stream.</returns>
    Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a file as a stream with full control over mode, access and sharing. Writes through this stream
    /// are in place, not atomic: use the write methods for atomic replacement.
    /// </summary>
    /// <param name="path">The file to open.</param>
    /// <param name="options">Mode, access, sharing and buffering.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open stream; dispose it to release the file and its lock.</returns>
    /// <exception cref="FileInUseException">Another handle holds a conflicting lock (see <see cref="FileOpenOptions.Share"/>).</exception>
    Task<Stream> OpenAsync(string path, FileOpenOptions options, CancellationToken cancellationToken = default);

    /// <summary>Lists a directory's entries, sorted by path (ordinal), optionally recursively.</summary>
    /// <param name="path">The directory to list; <c>.</c> for the root (or the current directory).</param>
    /// <param name="options">Recursion and hidden entries; <see langword="null"/> for <see cref="ListOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries, with paths in the same form as <paramref name="path"/>.</returns>
    Task<IReadOnlyList<FileEntry>> ListAsync(string path, ListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Expands a glob pattern exactly as bash does with <c>shopt -s globstar nullglob</c>: <c>*</c>, <c>?</c>,
    /// <c>[a-z]</c>, <c>[!x]</c>, brace sets <c>{a,b}</c>, and <c>**</c> for zero or more directories (which does
    /// not descend into symbolic links to directories); names starting with a dot need an explicit dot unless
    /// <see cref="GlobOptions.DotGlob"/>; a trailing slash matches directories only.
    /// </summary>
    /// <param name="pattern">The pattern, relative to the root (or the current directory), or absolute.</param>
    /// <param name="options">Dot and case handling; <see langword="null"/> for <see cref="GlobOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching paths as bash prints them, without duplicates, sorted ordinally (as bash sorts with <c>LC_ALL=C</c>).</returns>
    Task<IReadOnlyList<string>> GlobAsync(string pattern, GlobOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Hashes a file's content, streaming it in large blocks while the next block is read.</summary>
    /// <param name="path">The file to hash.</param>
    /// <param name="algorithm">Any algorithm the platform offers (SHA-256, SHA-384, SHA-512, SHA3-*, SHA-1, MD5); <c>default</c> means SHA-256.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The digest, in the hexadecimal form <c>sha256sum</c> prints.</returns>
    Task<FileHash> HashFileAsync(string path, HashAlgorithmName algorithm = default, CancellationToken cancellationToken = default);

    /// <summary>Reads a whole file as text, honouring a byte order mark if present.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="encoding">The encoding when there is no byte order mark; <see langword="null"/> means UTF-8.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file's text.</returns>
    Task<string> ReadTextAsync(string path, Encoding? encoding = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a whole file into memory.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file's bytes.</returns>
    Task<byte[]> ReadBytesAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Writes text to a file atomically: readers and crashes see the old content or the new, never a mix.</summary>
    /// <param name="path">The file to write; a symbolic link is written through to its target.</param>
    /// <param name="content">The text.</param>
    /// <param name="options">Overwrite, durability, parent creation and encoding; <see langword="null"/> for <see cref="WriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the call; the old content stays.</param>
    /// <returns>A task that completes when the new content is in place (and, by default, on disk).</returns>
    Task WriteTextAsync(string path, string content, WriteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Writes bytes to a file atomically.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="options">Overwrite, durability and parent creation; <see langword="null"/> for <see cref="WriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the call; the old content stays.</param>
    /// <returns>A task that completes when the new content is in place.</returns>
    Task WriteBytesAsync(string path, ReadOnlyMemory<byte> content, WriteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Writes everything read from <paramref name="content"/> (from its current position) to a file atomically.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="content">The stream to copy; it is read to its end and not disposed.</param>
    /// <param name="options">Overwrite, durability and parent creation; <see langword="null"/> for <see cref="WriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the call; the old content stays.</param>
    /// <returns>A task that completes when the new content is in place.</returns>
    Task WriteStreamAsync(string path, Stream content, WriteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a file atomically from a callback that writes to a stream: the content becomes visible only
    /// after the callback completes, and if it throws (or the call is cancelled) the old content stays.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the new content to the stream it is given (for example <c>JsonSerializer.SerializeAsync</c>). It need not dispose the stream.</param>
    /// <param name="options">Overwrite, durability and parent creation; <see langword="null"/> for <see cref="WriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>; cancels the call.</param>
    /// <returns>A task that completes when the new content is in place.</returns>
    Task WriteWithAsync(string path, Func<Stream, CancellationToken, Task> write, WriteOptions? options = null, CancellationToken cancellationToken = default);
}
