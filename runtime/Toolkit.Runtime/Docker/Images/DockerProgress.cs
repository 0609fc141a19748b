namespace Toolkit.Docker.Images;

/// <summary>
/// One progress message of a build or import, as the engine sends it: a line of build output
/// (<see cref="Output"/>), or a status with optional byte counts.
/// </summary>
/// <param name="Output">A piece of build output (for example <c>Step 2/3 : RUN make</c>), or <see langword="null"/>.</param>
/// <param name="Status">A status such as <c>Downloading</c>, or <see langword="null"/>.</param>
/// <param name="Id">What the status is about (a layer id), or <see langword="null"/>.</param>
/// <param name="Current">Bytes done, when the engine reports them.</param>
/// <param name="Total">Bytes in all, when known.</param>
public sealed record DockerProgress(string? Output, string? Status, string? Id, long? Current, long? Total);
