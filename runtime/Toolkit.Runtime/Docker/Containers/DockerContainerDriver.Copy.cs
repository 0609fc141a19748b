using System.Formats.Tar;
using System.Text.Json;
using Toolkit.Docker.Archives;
using Toolkit.Docker.Json;
using Toolkit.Docker.Streams;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Containers;

/// <summary>docker cp: files and directories in and out of a container through the archive API, streamed as tar.</summary>
internal sealed partial class DockerContainerDriver
{
    private const string TarMediaType = "application/x-tar";

    public Task CopyToContainerAsync(string container, string hostPath, string containerDirectory, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        RequireContainerPath(containerDirectory, nameof(containerDirectory));
        ArgumentException.ThrowIfNullOrWhiteSpace(hostPath);
        var source = Path.GetFullPath(hostPath);
        if (!File.Exists(source) && !Directory.Exists(source))
        {
            throw new FileSystemException(source, "it does not exist on the host. Check the path (relative paths are relative to the current directory)", "CopyToContainer", driver: DriverNames.Docker);
        }

        return PutArchiveAsync(container, containerDirectory, "CopyToContainer", (stream, token) => TarArchiveWriter.WritePathAsync(stream, source, token), cancellationToken);
    }

    public Task CopyArchiveToContainerAsync(string container, Stream tarArchive, string containerDirectory, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        RequireContainerPath(containerDirectory, nameof(containerDirectory));
        ArgumentNullException.ThrowIfNull(tarArchive);
        if (!tarArchive.CanRead)
        {
            throw new ArgumentException("tarArchive is not readable.", nameof(tarArchive));
        }

        return PutArchiveAsync(container, containerDirectory, "CopyArchiveToContainer", (stream, token) => tarArchive.CopyToAsync(stream, token), cancellationToken);
    }

    public async Task CopyFromContainerAsync(string container, string containerPath, string hostDirectory, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        RequireContainerPath(containerPath, nameof(containerPath));
        ArgumentException.ThrowIfNullOrWhiteSpace(hostDirectory);
        const string Operation = "CopyFromContainer";
        var destination = Path.GetFullPath(hostDirectory);
        try
        {
            Directory.CreateDirectory(destination);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FileSystemException(destination, $"the destination directory could not be created ({ex.Message})", Operation, innerException: ex, driver: DriverNames.Docker);
        }

        var call = new DockerCall(Operation, DockerResourceKind.Container, container, transport.Options.TransferTimeout, DockerFailure.Archive, containerPath);
        using var response = await transport.SendAsync(HttpMethod.Get, ArchivePath(container, containerPath), call, cancellationToken).ConfigureAwait(false);
        var body = await response.OpenBodyAsync().ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            try
            {
                // Extraction streams entry by entry and refuses entries (and link targets) outside the destination.
                await TarFile.ExtractToDirectoryAsync(body, destination, overwriteFiles: true, response.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransportFailure(ex) && response.Translate(ex) is { } translated)
            {
                throw translated;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                throw new FileSystemException(destination, $"extracting '{containerPath}' from container '{container}' failed ({ex.Message})", Operation, innerException: ex, driver: DriverNames.Docker);
            }
        }
    }

    public async Task<Stream> OpenArchiveFromContainerAsync(string container, string containerPath, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        RequireContainerPath(containerPath, nameof(containerPath));

        // The caller reads at their own pace; only their token (on each read) bounds it.
        var call = new DockerCall("OpenArchiveFromContainer", DockerResourceKind.Container, container, Timeout: null, DockerFailure.Archive, containerPath);
        var response = await transport.SendAsync(HttpMethod.Get, ArchivePath(container, containerPath), call, cancellationToken).ConfigureAwait(false);
        try
        {
            return new ResponseStream(response, await response.OpenBodyAsync().ConfigureAwait(false));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public async Task<ContainerPathStat> StatPathAsync(string container, string containerPath, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        RequireContainerPath(containerPath, nameof(containerPath));
        const string Operation = "StatContainerPath";
        var call = transport.Call(Operation, DockerResourceKind.Container, container) with { Failure = DockerFailure.Archive, Detail = containerPath };
        DockerResponse response;
        try
        {
            response = await transport.SendAsync(HttpMethod.Head, ArchivePath(container, containerPath), call, cancellationToken).ConfigureAwait(false);
        }
        catch (ContainerPathNotFoundException)
        {
            // A HEAD answer has no body to say whether the container or the path is missing: ask.
            await InspectWireAsync(container, Operation, cancellationToken).ConfigureAwait(false);
            throw;
        }

        using (response)
        {
            if (!response.Message.Headers.TryGetValues("X-Docker-Container-Path-Stat", out var values) || values.FirstOrDefault() is not { } encoded)
            {
                throw new DockerEngineException(200, $"the engine did not describe '{containerPath}' (no X-Docker-Container-Path-Stat header)", Operation, isRetryable: false);
            }

            PathStatWire stat;
            try
            {
                stat = JsonSerializer.Deserialize(Convert.FromBase64String(encoded), DockerJsonContext.Default.PathStatWire)
                    ?? throw new JsonException("null");
            }
            catch (Exception ex) when (ex is JsonException or FormatException)
            {
                throw new DockerEngineException(200, $"the engine's description of '{containerPath}' could not be read ({ex.Message}): {encoded}", Operation, isRetryable: false, ex);
            }

            return new ContainerPathStat(stat.Name ?? "", stat.Size, stat.Mode, DockerTimestamp.Parse(stat.Mtime), stat.LinkTarget ?? "");
        }
    }

    private async Task PutArchiveAsync(string container, string containerDirectory, string operation, Func<Stream, CancellationToken, Task> produce, CancellationToken cancellationToken)
    {
        using var content = new StreamingContent(TarMediaType, produce);
        var call = new DockerCall(operation, DockerResourceKind.Container, container, transport.Options.TransferTimeout, DockerFailure.Archive, containerDirectory);
        using var response = await transport.SendAsync(HttpMethod.Put, ArchivePath(container, containerDirectory), call, cancellationToken, content).ConfigureAwait(false);
    }

    private static string ArchivePath(string container, string containerPath) =>
        $"/containers/{DockerPath.Segment(container)}/archive" + new DockerQuery().Add("path", containerPath);

    private static bool IsTransportFailure(Exception exception) =>
        exception is HttpIOException or HttpRequestException or OperationCanceledException
        || exception.InnerException is System.Net.Sockets.SocketException or HttpIOException;

    private static void RequireContainerPath(string path, string parameter)
    {
        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/'))
        {
            throw new ArgumentException($"{parameter} '{path}' must be an absolute path inside the container.", parameter);
        }
    }
}
