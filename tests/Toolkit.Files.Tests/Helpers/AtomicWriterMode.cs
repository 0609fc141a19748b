using System.Buffers.Binary;
using System.Security.Cryptography;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Helpers;

/// <summary>
/// The crash test's writer: rewrites one file forever with successive "generations" through the driver's
/// atomic write, until it is killed. Every generation is self-checking (its header names its number,
/// length and a SHA-256 of the body), so the test can tell a complete generation from anything else.
/// </summary>
public static class AtomicWriterMode
{
    public const string Name = "atomic-writer";

    private const int HeaderLength = 8 + 4 + 32;

    public static async Task<int> RunAsync(string[] args)
    {
        string root = args[0];
        string file = args[1];
        long generation = long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var driver = Drivers.WithTempFiles(root, args.Length > 3 ? args[3] : Drivers.AnonymousTemp);

        // One write before reporting, so the kill lands in steady-state writing rather than in start-up and JIT.
        await driver.WriteBytesAsync(file, Generation(++generation));
        await Console.Out.WriteLineAsync("started");
        await Console.Out.FlushAsync();
        while (true)
        {
            await driver.WriteBytesAsync(file, Generation(++generation));
        }
    }

    /// <summary>Generation <paramref name="number"/>: between 16 KiB and about 1 MiB, so kills land mid-write often.</summary>
    public static byte[] Generation(long number)
    {
        int bodyLength = 16 * 1024 + (int)(number * 7919 % (1024 * 1024));
        byte[] content = new byte[HeaderLength + bodyLength];
        var body = content.AsSpan(HeaderLength);
        new Random((int)number).NextBytes(body);
        BinaryPrimitives.WriteInt64LittleEndian(content, number);
        BinaryPrimitives.WriteInt32LittleEndian(content.AsSpan(8), bodyLength);
        SHA256.HashData(body, content.AsSpan(12, 32));
        return content;
    }

    /// <summary>The generation number when <paramref name="content"/> is one complete generation, else null.</summary>
    public static long? Verify(ReadOnlySpan<byte> content)
    {
        if (content.Length < HeaderLength)
        {
            return null;
        }

        long number = BinaryPrimitives.ReadInt64LittleEndian(content);
        int bodyLength = BinaryPrimitives.ReadInt32LittleEndian(content[8..]);
        if (bodyLength != content.Length - HeaderLength)
        {
            return null;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content[HeaderLength..], hash);
        return hash.SequenceEqual(content.Slice(12, 32)) ? number : null;
    }
}
