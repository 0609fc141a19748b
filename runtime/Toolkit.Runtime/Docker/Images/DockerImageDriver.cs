using System.Text.Json;
using System.Text;
using Toolkit.Docker.Archives;
using Toolkit.Docker.Json;
using Toolkit.Docker.Registries;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Streams;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Images;

/// <summary><see cref="IImageDriver"/> on the Engine API.</summary>
internal sealed partial class DockerImageDriver(DockerTransport transport, DockerSessionIdentity session, RegistryAuthResolver registryAuth) : IImageDriver
{
    private const string ImportOperation = "ImportImage";
    private const string BuildOperation = "BuildImage";
    private const int OutputTailLines = 20;

    public async Task<IReadOnlyList<ImageSummary>> ListAsync(ImageListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ImageListOptions();
        var filters = new DockerFilters().AddLabels(options.Labels, "options.Labels").Add("reference", options.Reference);
        var list = await transport.GetJsonAsync(
            "/images/json" + new DockerQuery().Add("all", options.IncludeIntermediate).Add("filters", filters.ToQueryValue()),
            DockerJsonContext.Default.ImageSummaryWireArray,
            transport.Call("ListImages", DockerResourceKind.Image, "*"),
            cancellationToken).ConfigureAwait(false);
        return [.. list.Select(i => new ImageSummary(
            i.Id ?? "",
            [.. (i.RepoTags ?? []).Where(t => t != "<none>:<none>")],
            DateTimeOffset.FromUnixTimeSeconds(i.Created),
            i.Size,
            i.Labels ?? new Dictionary<string, string>()))];
    }

    public async Task<ImageDetails> InspectAsync(string image, CancellationToken cancellationToken = default)
    {
        RequireImage(image);
        var wire = await transport.GetJsonAsync(
            $"/images/{DockerPath.Image(image)}/json",
            DockerJsonContext.Default.ImageInspectWire,
            transport.Call("InspectImage", DockerResourceKind.Image, image),
            cancellationToken).ConfigureAwait(false);
        return new ImageDetails(
            wire.Id ?? "",
            wire.RepoTags ?? [],
            DockerTimestamp.Parse(wire.Created),
            wire.Size,
            wire.Os ?? "",
            wire.Architecture ?? "",
            wire.Config?.Labels ?? new Dictionary<string, string>(),
            wire.Config?.Cmd ?? [],
            wire.Config?.Entrypoint ?? [],
            wire.Config?.User ?? "");
    }

    public Task RemoveAsync(string image, ImageRemoveOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequireImage(image);
        options ??= new ImageRemoveOptions();
        return transport.SendNoContentAsync(
            HttpMethod.Delete,
            $"/images/{DockerPath.Image(image)}" + new DockerQuery().Add("force", options.Force).Add("noprune", options.KeepUntaggedParents),
            transport.Call("RemoveImage", DockerResourceKind.Image, image),
            cancellationToken);
    }

    public async Task<ImportedImage> ImportAsync(Stream rootFilesystem, ImageImportOptions options, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rootFilesystem);
        ArgumentNullException.ThrowIfNull(options);
        if (!rootFilesystem.CanRead)
        {
            throw new ArgumentException("rootFilesystem is not readable.", nameof(rootFilesystem));
        }

        if (string.IsNullOrWhiteSpace(options.Tag))
        {
            throw new ArgumentException("options.Tag is empty; use 'latest' or another tag.", "options.Tag");
        }

        var reference = options.Repository is null ? "(untagged)" : options.Repository + ":" + options.Tag;
        var query = new DockerQuery().Add("fromSrc", "-").Add("repo", options.Repository).Add("tag", options.Repository is null ? null : options.Tag).Add("message", options.Message);
        foreach (var change in LabelChanges(session.Stamp(options.Labels)).Concat(options.Changes ?? []))
        {
            query.Add("changes", change);
        }

        using var content = new StreamingContent("application/x-tar", (stream, token) => rootFilesystem.CopyToAsync(stream, token));
        var call = new DockerCall(ImportOperation, DockerResourceKind.Image, reference, transport.Options.TransferTimeout);
        session.MarkUsed();
        using var response = await transport.SendAsync(HttpMethod.Post, "/images/create" + query, call, cancellationToken, content).ConfigureAwait(false);
        string? imageId = null;
        await foreach (var message in ReadProgressAsync(response).ConfigureAwait(false))
        {
            if (ProgressMessageStream.ErrorOf(message) is { } error)
            {
                throw new ImageImportException(reference, error, ImportOperation);
            }

            progress?.Report(ToProgress(message));

            // The last message of an import is the new image's id, as a status.
            if (message.Status is { } status && status.StartsWith("sha256:", StringComparison.Ordinal))
            {
                imageId = status.Trim();
            }
        }

        return imageId is null
            ? throw new ImageImportException(reference, "the engine ended its answer without reporting the new image's id", ImportOperation)
            : new ImportedImage(imageId, options.Repository is null ? null : reference);
    }

    public async Task<BuiltImage> BuildAsync(ImageBuildOptions options, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ContextDirectory))
        {
            throw new ArgumentException("options.ContextDirectory is required: the directory holding the Dockerfile and the files it copies.", "options.ContextDirectory");
        }

        var context = Path.GetFullPath(options.ContextDirectory);
        if (!Directory.Exists(context))
        {
            throw new ArgumentException($"options.ContextDirectory '{context}' does not exist.", "options.ContextDirectory");
        }

        var dockerfile = (options.Dockerfile ?? "").Replace('\\', '/');
        if (string.IsNullOrWhiteSpace(dockerfile) || Path.IsPathRooted(dockerfile) || dockerfile.Split('/').Contains(".."))
        {
            throw new ArgumentException($"options.Dockerfile '{options.Dockerfile}' must be a path inside the context directory, such as 'Dockerfile' or 'docker/app.Dockerfile'.", "options.Dockerfile");
        }

        if (!File.Exists(Path.Combine(context, dockerfile)))
        {
            throw new ArgumentException($"options.Dockerfile '{dockerfile}' does not exist in the context directory '{context}'.", "options.Dockerfile");
        }

        var tags = options.Tags ?? [];
        var query = new DockerQuery()
            .Add("dockerfile", dockerfile)
            .Add("labels", JsonSerializer.Serialize(session.Stamp(options.Labels), DockerJsonContext.Default.DictionaryStringString))
            .Add("buildargs", options.BuildArguments is { } args ? JsonSerializer.Serialize(new Dictionary<string, string>(args), DockerJsonContext.Default.DictionaryStringString) : null)
            .Add("target", options.Target)
            .Add("nocache", options.NoCache)
            .Add("pull", options.PullBaseImages)

            // Intermediate containers are removed even when a step fails, so a failed build leaves none behind.
            .Add("rm", true)
            .Add("forcerm", true);
        foreach (var tag in tags)
        {
            query.Add("t", tag);
        }

        var ignore = DockerIgnore.Load(context);
        bool Include(string path) => path == dockerfile || path == ".dockerignore" || !ignore.IsExcluded(path);
        using var content = new StreamingContent(
            "application/x-tar",
            (stream, token) => TarArchiveWriter.WriteDirectoryContentsAsync(stream, context, Include, ignore.HasExceptions, token));
        var call = new DockerCall(BuildOperation, DockerResourceKind.Image, context, transport.Options.TransferTimeout);
        session.MarkUsed();
        using var response = await transport.SendAsync(HttpMethod.Post, "/build" + query, call, cancellationToken, content).ConfigureAwait(false);

        var tail = new Queue<string>();
        var pendingLine = new StringBuilder();
        string? imageId = null;
        await foreach (var message in ReadProgressAsync(response).ConfigureAwait(false))
        {
            // The engine reports a failed step inside its 200 answer: that is a failure, never a result.
            if (ProgressMessageStream.ErrorOf(message) is { } error)
            {
                throw new ImageBuildException(context, error.Trim(), string.Join(Environment.NewLine, tail), BuildOperation);
            }

            if (message.Stream is { } output)
            {
                RememberTail(tail, pendingLine, output);
                const string Success = "Successfully built ";
                if (output.StartsWith(Success, StringComparison.Ordinal))
                {
                    imageId ??= output[Success.Length..].Trim();
                }
            }

            if (message.Aux?.ID is { Length: > 0 } id)
            {
                imageId = id;
            }

            progress?.Report(ToProgress(message));
        }

        return imageId is null
            ? throw new ImageBuildException(context, "the engine ended the build without reporting an image id", string.Join(Environment.NewLine, tail), BuildOperation)
            : new BuiltImage(imageId, tags);
    }

    private async IAsyncEnumerable<ProgressMessageWire> ReadProgressAsync(DockerResponse response)
    {
        var body = await response.OpenBodyAsync().ConfigureAwait(false);
        await using var bodyScope = body.ConfigureAwait(false);
        var messages = ProgressMessageStream.ReadAsync(body, response.Token).GetAsyncEnumerator(response.Token);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await messages.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (response.Translate(ex) is { } translated)
                {
                    throw translated;
                }

                if (!more)
                {
                    yield break;
                }

                yield return messages.Current;
            }
        }
        finally
        {
            await messages.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static void RememberTail(Queue<string> tail, StringBuilder pending, string output)
    {
        pending.Append(output);
        var text = pending.ToString();
        var lastNewline = text.LastIndexOf('\n');
        if (lastNewline < 0)
        {
            return;
        }

        foreach (var line in text[..lastNewline].Split('\n'))
        {
            tail.Enqueue(line.TrimEnd('\r'));
            if (tail.Count > OutputTailLines)
            {
                tail.Dequeue();
            }
        }

        pending.Clear().Append(text[(lastNewline + 1)..]);
    }

    private static DockerProgress ToProgress(ProgressMessageWire message) =>
        new(message.Stream, message.Status, message.Id, message.ProgressDetail?.Current, message.ProgressDetail?.Total);

    private static IEnumerable<string> LabelChanges(IReadOnlyDictionary<string, string> labels) =>
        labels.Select(pair => $"LABEL {Quote(pair.Key)}={Quote(pair.Value)}");

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void RequireImage(string image)
    {
        if (string.IsNullOrWhiteSpace(image))
        {
            throw new ArgumentException("image is required: give an image reference such as 'busybox:latest' or an image id.", nameof(image));
        }
    }
}
