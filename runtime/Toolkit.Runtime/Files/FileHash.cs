using System.Security.Cryptography;

namespace Toolkit.Files;

/// <summary>The digest of a file's content, from <see cref="IFileDriver.HashFileAsync"/>.</summary>
/// <param name="Algorithm">The algorithm that produced the digest.</param>
/// <param name="Hex">The digest as lower-case hexadecimal, exactly as <c>sha256sum</c> (or <c>sha512sum</c>, <c>md5sum</c>…) prints it.</param>
public sealed record FileHash(HashAlgorithmName Algorithm, string Hex)
{
    /// <summary>The digest as bytes (a new array each call).</summary>
    /// <returns>The raw digest.</returns>
    public byte[] ToBytes() => Convert.FromHexString(Hex);

    /// <summary>Whether the digest equals <paramref name="hex"/>, ignoring case.</summary>
    /// <param name="hex">A digest in hexadecimal, as a checksum file or a web page gives it.</param>
    /// <returns><see langword="true"/> when the digests are equal.</returns>
    public bool Matches(string hex) => string.Equals(Hex, hex?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The hexadecimal digest.</summary>
    /// <returns><see cref="Hex"/>.</returns>
    public override string ToString() => Hex;
}
