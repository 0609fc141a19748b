using Toolkit.Docker.Registries;
using Toolkit.Docker.Streams;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Images;

/// <summary>Pull, push and tag: the registry side of <see cref="IImageDriver"/>.</summary>
internal sealed partial class DockerImageDriver
{
    private const string PullOperation = "PullImage";
    private const string PushOperation = "PushImage";
    private const string TagOperation = "TagImage";

    public async Task<PulledImage> PullAsync(string image, ImagePullOptions? options = null, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var reference = ImageReference.Parse(image, nameof(image));
        options ??= new ImagePullOptions();
        var auth = await registryAuth.ResolveAsync(reference, options.Credentials, PullOperation, cancellationToken).ConfigureAwait(false);

        // The tag is never empty: an empty one would make the engine pull every tag of the repository.
        var query = new DockerQuery().Add("fromImage", reference.Name).Add("tag", reference.TagOrDigest).Add("platform", options.Platform);
        var call = new DockerCall(PullOperation, DockerResourceKind.Image, reference.ToString(), transport.Options.TransferTimeout, DockerFailure.RegistryPull, auth.Source);
        string? digest = null;
        var downloaded = false;
        using (var response = await transport.SendAsync(HttpMethod.Post, "/images/create" + query, call, cancellationToken, registryAuth: auth.Header).ConfigureAwait(false))
        {
            await foreach (var message in ReadProgressAsync(response).ConfigureAwait(false))
            {
                // A pull that fails after it started (a layer download that breaks) is reported inside the 200 answer.
                if (ProgressMessageStream.ErrorOf(message) is { } error)
                {
                    throw DockerFailures.FromRegistry(call, error.Trim());
                }

                progress?.Report(ToProgress(message));
                if (message.Status is { } status)
                {
                    const string DigestPrefix = "Digest: ";
                    if (status.StartsWith(DigestPrefix, StringComparison.Ordinal))
                    {
                        digest = status[DigestPrefix.Length..].Trim();
                    }
                    else if (status.StartsWith("Status: Downloaded newer image", StringComparison.Ordinal))
                    {
                        downloaded = true;
                    }
                }
            }
        }

        var pulled = await InspectAsync(reference.ToString(), cancellationToken).ConfigureAwait(false);
        return new PulledImage(reference.ToString(), pulled.Id, digest, downloaded);
    }

    public async Task<PushedImage> PushAsync(string image, ImagePushOptions? options = null, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var reference = ImageReference.Parse(image, nameof(image));
        if (reference.Digest is not null)
        {
            throw new ArgumentException($"image '{image}' names a digest; push a tag (tag the image first with TagAsync).", nameof(image));
        }

        options ??= new ImagePushOptions();
        var auth = await registryAuth.ResolveAsync(reference, options.Credentials, PushOperation, cancellationToken).ConfigureAwait(false);
        var call = new DockerCall(PushOperation, DockerResourceKind.Image, reference.ToString(), transport.Options.TransferTimeout, DockerFailure.RegistryPush, auth.Source);
        var path = $"/images/{DockerPath.Image(reference.Name)}/push" + new DockerQuery().Add("tag", reference.TagOrDigest);

        // The engine refuses a push without the header ("missing X-Registry-Auth"), so an anonymous push sends an empty one.
        using var response = await transport.SendAsync(HttpMethod.Post, path, call, cancellationToken, registryAuth: auth.Header ?? RegistryAuth.EmptyHeader).ConfigureAwait(false);
        string? digest = null;
        long size = 0;
        await foreach (var message in ReadProgressAsync(response).ConfigureAwait(false))
        {
            // Every push failure, credentials included, arrives inside the 200 answer.
            if (ProgressMessageStream.ErrorOf(message) is { } error)
            {
                throw DockerFailures.FromRegistry(call, error.Trim());
            }

            progress?.Report(ToProgress(message));
            if (message.Aux?.Digest is { Length: > 0 } pushed)
            {
                digest = pushed;
                size = message.Aux.Size ?? 0;
            }
        }

        return digest is null
            ? throw DockerFailures.FromRegistry(call, "the engine ended the push without reporting the digest the registry stored it under")
            : new PushedImage(reference.ToString(), digest, size);
    }

    public Task TagAsync(string image, string newReference, CancellationToken cancellationToken = default)
    {
        RequireImage(image);
        var target = ImageReference.Parse(newReference, nameof(newReference));
        if (target.Digest is not null)
        {
            throw new ArgumentException($"newReference '{newReference}' names a digest; a tag is a repository and a tag, such as 'registry.example:5000/tools/app:1.2'.", nameof(newReference));
        }

        return transport.SendNoContentAsync(
            HttpMethod.Post,
            $"/images/{DockerPath.Image(image)}/tag" + new DockerQuery().Add("repo", target.Name).Add("tag", target.TagOrDigest),
            transport.Call(TagOperation, DockerResourceKind.Image, image),
            cancellationToken);
    }
}
