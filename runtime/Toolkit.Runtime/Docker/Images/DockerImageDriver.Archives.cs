using Toolkit.Docker.Streams;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Images;

/// <summary>Save and load: images as <c>docker save</c> archives, streamed both ways.</summary>
internal sealed partial class DockerImageDriver
{
    private const string SaveOperation = "SaveImages";
    private const string LoadOperation = "LoadImages";

    public async Task<Stream> SaveAsync(IReadOnlyList<string> images, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0)
        {
            throw new ArgumentException("images is empty: name at least one image to save.", nameof(images));
        }

        var query = new DockerQuery();
        foreach (var image in images)
        {
            if (string.IsNullOrWhiteSpace(image))
            {
                throw new ArgumentException("images holds an empty name; give image references such as 'busybox:latest' or image ids.", nameof(images));
            }

            query.Add("names", image);
        }

        // The caller reads at their own pace; only their token (on each read) bounds it.
        var call = new DockerCall(SaveOperation, DockerResourceKind.Image, string.Join(", ", images), Timeout: null);
        var response = await transport.SendAsync(HttpMethod.Get, "/images/get" + query, call, cancellationToken).ConfigureAwait(false);
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

    public async Task<LoadedImages> LoadAsync(Stream archive, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        if (!archive.CanRead)
        {
            throw new ArgumentException("archive is not readable.", nameof(archive));
        }

        using var content = new StreamingContent("application/x-tar", (stream, token) => archive.CopyToAsync(stream, token));
        var call = new DockerCall(LoadOperation, DockerResourceKind.Image, "(archive)", transport.Options.TransferTimeout, DockerFailure.ImageLoad);
        using var response = await transport.SendAsync(HttpMethod.Post, "/images/load" + new DockerQuery().Add("quiet", false), call, cancellationToken, content).ConfigureAwait(false);
        var references = new List<string>();
        var untagged = new List<string>();
        await foreach (var message in ReadProgressAsync(response).ConfigureAwait(false))
        {
            if (ProgressMessageStream.ErrorOf(message) is { } error)
            {
                throw new ImageLoadException(error.Trim(), LoadOperation);
            }

            progress?.Report(ToProgress(message));
            if (message.Stream is { } line)
            {
                const string Tagged = "Loaded image: ";
                const string Untagged = "Loaded image ID: ";
                if (line.StartsWith(Untagged, StringComparison.Ordinal))
                {
                    untagged.Add(line[Untagged.Length..].Trim());
                }
                else if (line.StartsWith(Tagged, StringComparison.Ordinal))
                {
                    references.Add(line[Tagged.Length..].Trim());
                }
            }
        }

        return new LoadedImages(references, untagged);
    }
}
