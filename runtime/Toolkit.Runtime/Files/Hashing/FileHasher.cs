using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Toolkit.Files.Hashing;

/// <summary>
/// Streams a file through an <see cref="IncrementalHash"/>, reading the next block while the current
/// one is hashed, so on two or more cores reading costs no extra time.
/// </summary>
internal static class FileHasher
{
    private const int BlockSize = 1024 * 1024;

    public static async Task<string> HashAsync(SafeFileHandle handle, HashAlgorithmName algorithm, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(algorithm);
        byte[] current = ArrayPool<byte>.Shared.Rent(BlockSize);
        byte[] next = ArrayPool<byte>.Shared.Rent(BlockSize);
        Task<int>? pending = null;
        try
        {
            long offset = 0;
            pending = RandomAccess.ReadAsync(handle, current.AsMemory(0, BlockSize), offset, cancellationToken).AsTask();
            while (true)
            {
                int read = await pending.ConfigureAwait(false);
                pending = null;
                if (read == 0)
                {
                    break;
                }

                offset += read;
                pending = RandomAccess.ReadAsync(handle, next.AsMemory(0, BlockSize), offset, cancellationToken).AsTask();
                hash.AppendData(current, 0, read);
                (current, next) = (next, current);
            }

            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }
        finally
        {
            // A read still in flight writes into a pooled buffer: let it finish before the buffer goes back.
            if (pending is not null)
            {
                await pending.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }

            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    /// <summary>Normalises <paramref name="algorithm"/> (default means SHA-256) and checks the platform offers it.</summary>
    public static HashAlgorithmName Resolve(HashAlgorithmName algorithm)
    {
        if (string.IsNullOrEmpty(algorithm.Name))
        {
            return HashAlgorithmName.SHA256;
        }

        bool supported = algorithm.Name switch
        {
            "SHA256" or "SHA384" or "SHA512" or "SHA1" or "MD5" => true,
            "SHA3-256" => SHA3_256.IsSupported,
            "SHA3-384" => SHA3_384.IsSupported,
            "SHA3-512" => SHA3_512.IsSupported,
            _ => false,
        };

        return supported
            ? algorithm
            : throw new ArgumentException($"The hash algorithm '{algorithm.Name}' is not available here. Use SHA256, SHA384, SHA512, SHA1, MD5, or SHA3_256/384/512 where the platform's OpenSSL provides them.", nameof(algorithm));
    }
}
