namespace Toolkit.Files.Copying;

/// <summary>Adds up the bytes a copy has moved, across all its files, and reports the running total.</summary>
internal sealed class ProgressCounter(IProgress<long>? progress)
{
    public long Total { get; private set; }

    public void Add(long bytes)
    {
        if (bytes <= 0)
        {
            return;
        }

        Total += bytes;
        progress?.Report(Total);
    }
}
