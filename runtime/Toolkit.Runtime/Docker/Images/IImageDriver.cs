using Toolkit.Errors;

namespace Toolkit.Docker.Images;

/// <summary>
/// Images on a Docker engine: list, inspect, remove, import from a tar stream and build from a context
/// directory. Imports and builds carry the driver's session labels. The driver never pulls from a registry implicitly.
/// </summary>
[GenerateTracking(DriverName = DriverNames.Docker + ".image")]
[GenerateValidation]
[GenerateRegistration]
public partial interface IImageDriver
{
    /// <summary>Lists images.</summary>
    /// <param name="options">Filters; default all tagged images.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching images.</returns>
    Task<IReadOnlyList<ImageSummary>> ListAsync(ImageListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reports an image's configuration.</summary>
    /// <param name="image">A reference (<c>busybox:latest</c>) or id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The image's details.</returns>
    /// <exception cref="ImageNotFoundException">No such image.</exception>
    Task<ImageDetails> InspectAsync(string image, CancellationToken cancellationToken = default);

    /// <summary>Removes an image (or one of its tags).</summary>
    /// <param name="image">A reference or id.</param>
    /// <param name="options">Force and parent pruning; default: no force, untagged parents removed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the image is removed.</returns>
    /// <exception cref="ImageNotFoundException">No such image.</exception>
    /// <exception cref="DockerConflictException">A container uses it, or it has several tags and no force was given.</exception>
    Task RemoveAsync(string image, ImageRemoveOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an image from a tar archive of a root file system (<c>docker import</c>), streaming it.</summary>
    /// <param name="rootFilesystem">The tar archive (plain or compressed); read to its end, not disposed.</param>
    /// <param name="options">Its tag, labels and configuration changes.</param>
    /// <param name="progress">Receives the engine's progress messages, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The new image.</returns>
    /// <exception cref="ImageImportException">The engine reported a failure.</exception>
    Task<ImportedImage> ImportAsync(Stream rootFilesystem, ImageImportOptions options, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Builds an image from a context directory, streamed as a tar archive (honouring <c>.dockerignore</c>).
    /// Build output goes to <paramref name="progress"/>; a failing step is an <see cref="ImageBuildException"/>,
    /// even though the engine reports it inside a successful HTTP response.
    /// </summary>
    /// <param name="options">The context, Dockerfile, tags, arguments and labels.</param>
    /// <param name="progress">Receives build output as it happens, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <returns>The built image.</returns>
    /// <exception cref="ImageBuildException">A build step failed; the message has the engine's error and the last output.</exception>
    Task<BuiltImage> BuildAsync(ImageBuildOptions options, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default);
}
