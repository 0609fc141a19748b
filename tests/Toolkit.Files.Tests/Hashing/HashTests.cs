using System.Security.Cryptography;
using System.Text;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Hashing;

/// <summary>Digests agree with the coreutils tools (sha256sum and friends) on real files.</summary>
public sealed class HashTests : IDisposable
{
    private const int MiB = 1024 * 1024;
    private readonly TestDirectory _dir = new();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(MiB - 1)]
    [InlineData(MiB)]
    [InlineData(MiB + 1)]
    [InlineData(7 * MiB / 2)]
    public async Task Sha256_agrees_with_sha256sum(int length)
    {
        string file = WriteRandom("f.bin", length, seed: length);
        var driver = Drivers.Confined(_dir.Path);

        var hash = await driver.HashFileAsync("f.bin");

        Assert.Equal(HashAlgorithmName.SHA256, hash.Algorithm);
        Assert.Equal(await ToolDigestAsync("sha256sum", file), hash.Hex);
    }

    [Theory]
    [InlineData("SHA512", "sha512sum")]
    [InlineData("SHA384", "sha384sum")]
    [InlineData("SHA1", "sha1sum")]
    [InlineData("MD5", "md5sum")]
    public async Task Other_algorithms_agree_with_their_coreutils_tool(string algorithm, string tool)
    {
        string file = WriteRandom("f.bin", 2 * MiB + 11, seed: 9);
        var driver = Drivers.Confined(_dir.Path);

        var hash = await driver.HashFileAsync("f.bin", new HashAlgorithmName(algorithm));

        Assert.Equal(await ToolDigestAsync(tool, file), hash.Hex);
    }

    [Fact]
    public async Task Sha3_agrees_with_openssl_where_the_platform_offers_it()
    {
        string file = WriteRandom("f.bin", MiB + 5, seed: 4);
        var driver = Drivers.Confined(_dir.Path);

        if (!SHA3_256.IsSupported)
        {
            await Assert.ThrowsAsync<ArgumentException>(() => driver.HashFileAsync("f.bin", HashAlgorithmName.SHA3_256));
            return;
        }

        var hash = await driver.HashFileAsync("f.bin", HashAlgorithmName.SHA3_256);
        string openssl = await ExternalProcess.RunCheckedAsync("openssl", "dgst", "-sha3-256", "-r", file);

        Assert.Equal(openssl.Split(' ')[0], hash.Hex);
    }

    [Fact]
    public async Task The_digest_converts_to_bytes_and_compares_case_insensitively()
    {
        _dir.File("abc.txt", "abc");
        var driver = Drivers.Confined(_dir.Path);

        var hash = await driver.HashFileAsync("abc.txt");

        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes("abc")), hash.ToBytes());
        Assert.True(hash.Matches("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
        Assert.Equal(hash.Hex, hash.ToString());
    }

    [Fact]
    public async Task An_unknown_algorithm_is_refused_by_name()
    {
        _dir.File("f.txt", "x");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => driver.HashFileAsync("f.txt", new HashAlgorithmName("WHIRLPOOL")));

        Assert.Equal("algorithm", error.ParamName);
        Assert.Contains("WHIRLPOOL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_hashing()
    {
        WriteRandom("f.bin", 8 * MiB, seed: 1);
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.HashFileAsync("f.bin", cancellationToken: new CancellationToken(canceled: true)));
    }

    private string WriteRandom(string name, int length, int seed)
    {
        byte[] content = new byte[length];
        new Random(seed).NextBytes(content);
        File.WriteAllBytes(_dir[name], content);
        return _dir[name];
    }

    private static async Task<string> ToolDigestAsync(string tool, string file) =>
        (await ExternalProcess.RunCheckedAsync(tool, file)).Split(' ')[0];

    public void Dispose() => _dir.Dispose();
}
