using Toolkit.Errors;

namespace Toolkit.Docker.Images;

/// <summary>
/// Images on a Docker engine: list, inspect, remove, import from a tar stream and build from a context
/// directory; pull, push and tag against registries; save and load archives. Imports and builds carry the driver's
/// session labels. The driver never pulls from a registry implicitly: only <see cref="PullAsync"/> does.
/// </summary>
/// <remarks>
/// Registry credentials are found as the docker CLI finds them (credentials given in the call, else
/// <c>credHelpers</c>, <c>credsStore</c> or <c>auths</c> in <c>config.json</c>) and travel only in the request's
/// <c>X-Registry-Auth</c> header: tracking, logs, telemetry and error messages never carry them.
/// </remarks>
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

    /// <summary>
    /// Pulls an image from its registry (<c>docker pull</c>), streaming the engine's progress. Without a tag, <c>latest</c>
    /// is pulled (never every tag). The pulled image belongs to the engine, not to the session: it is not removed when
    /// the session ends.
    /// </summary>
    /// <param name="image">A reference such as <c>registry.example:5000/tools/app:1.2</c>, <c>busybox</c> or <c>app@sha256:…</c>.</param>
    /// <param name="options">Credentials and platform; default: the docker configuration's credentials, the engine's platform.</param>
    /// <param name="progress">Receives each progress message (per layer: waiting, downloading with byte counts, extracting…), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the pull: the connection is closed, and the engine abandons the download without registering the image.</param>
    /// <returns>The reference pulled, its local id and the registry's digest.</returns>
    /// <exception cref="RegistryAuthenticationException">The registry refused the credentials, or wanted some and got none.</exception>
    /// <exception cref="RegistryImageNotFoundException">The registry has no such repository, tag or digest.</exception>
    /// <exception cref="ImagePullException">Any other failure the engine reported, before or during the download.</exception>
    Task<PulledImage> PullAsync(string image, ImagePullOptions? options = null, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Pushes a tagged image to the registry its name points at (<c>docker push</c>), streaming the engine's progress.</summary>
    /// <param name="image">A local reference with the registry in it, such as <c>registry.example:5000/tools/app:1.2</c>; without a tag, <c>latest</c>.</param>
    /// <param name="options">Credentials; default: the docker configuration's credentials.</param>
    /// <param name="progress">Receives each progress message, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the push.</param>
    /// <returns>The reference pushed and the digest the registry serves it under.</returns>
    /// <exception cref="ImageNotFoundException">No local image has that reference.</exception>
    /// <exception cref="RegistryAuthenticationException">The registry refused the credentials, or wanted some and got none.</exception>
    /// <exception cref="ImagePushException">Any other failure the engine reported.</exception>
    Task<PushedImage> PushAsync(string image, ImagePushOptions? options = null, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Gives an image another reference (<c>docker tag</c>), for example before pushing it to a registry.</summary>
    /// <param name="image">The image: a reference or an id.</param>
    /// <param name="newReference">The new reference, such as <c>registry.example:5000/tools/app:1.2</c>; without a tag, <c>latest</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the tag exists.</returns>
    /// <exception cref="ImageNotFoundException">No such image.</exception>
    Task TagAsync(string image, string newReference, CancellationToken cancellationToken = default);

    /// <summary>
    /// Exports images, with their tags, layers and history, as one tar archive (<c>docker save</c>), streamed as the
    /// engine writes it. <see cref="LoadAsync"/> on any engine reads it back.
    /// </summary>
    /// <param name="images">References or ids of the images to export; at least one.</param>
    /// <param name="cancellationToken">Cancels opening; reads take their own token.</param>
    /// <returns>The archive; dispose it to close the connection.</returns>
    /// <exception cref="ImageNotFoundException">One of the images does not exist.</exception>
    Task<Stream> SaveAsync(IReadOnlyList<string> images, CancellationToken cancellationToken = default);

    /// <summary>Loads the images of a <c>docker save</c> archive (<c>docker load</c>), streaming it to the engine.</summary>
    /// <param name="archive">The archive (plain or compressed); read to its end, not disposed.</param>
    /// <param name="progress">Receives the engine's progress messages, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The references and untagged image ids the archive held.</returns>
    /// <exception cref="ImageLoadException">The engine could not read the archive.</exception>
    Task<LoadedImages> LoadAsync(Stream archive, IProgress<DockerProgress>? progress = null, CancellationToken cancellationToken = default);
}
