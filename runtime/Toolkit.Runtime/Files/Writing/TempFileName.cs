using System.Globalization;
using System.Text;

namespace Toolkit.Files.Writing;

/// <summary>
/// Names for temporary files beside a target: hidden (so globs and listings without hidden entries skip
/// them), recognisably the target's (".name.1a2b3c4d5e6f7a8b.tmp"), and within the 255-byte name limit.
/// </summary>
internal static class TempFileName
{
    private const int MaxNameBytes = 255;
    private const int DecorationBytes = 1 + 1 + 16 + 4; // "." + "." + 16 hex digits + ".tmp"

    public static string For(string leaf)
    {
        string suffix = Random.Shared.NextInt64().ToString("x16", CultureInfo.InvariantCulture);
        string stem = leaf;
        if (Encoding.UTF8.GetByteCount(stem) > MaxNameBytes - DecorationBytes)
        {
            // Cut on a character boundary; the stem only needs to hint at the target.
            int length = Math.Min(stem.Length, MaxNameBytes - DecorationBytes);
            while (length > 0 && Encoding.UTF8.GetByteCount(stem.AsSpan(0, length)) > MaxNameBytes - DecorationBytes)
            {
                length--;
            }

            if (length > 0 && char.IsHighSurrogate(stem[length - 1]))
            {
                length--;
            }

            stem = stem[..length];
        }

        return string.Concat(".", stem, ".", suffix, ".tmp");
    }
}
