using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Errors;

/// <summary>A real 1 MiB tmpfs filled up: ENOSPC is a <see cref="DiskFullException"/>, and nothing half-written stays behind.</summary>
public sealed class DiskFullTests : IAsyncLifetime
{
    private readonly TestDirectory _dir = new();
    private TmpfsMount _mount = null!;

    public async Task InitializeAsync()
    {
        _mount = await TmpfsMount.CreateAsync(_dir["small"], "size=1m");
        await File.WriteAllTextAsync(_dir["small/config.json"], "{\"old\":true}");
    }

    [Theory]
    [MemberData(nameof(Drivers.TempFileKinds), MemberType = typeof(Drivers))]
    public async Task A_write_larger_than_the_free_space_fails_with_DiskFull_and_keeps_the_old_content(string tempFiles)
    {
        var driver = Drivers.WithTempFiles(_dir.Path, tempFiles);

        var error = await Assert.ThrowsAsync<DiskFullException>(() => driver.WriteBytesAsync("small/config.json", new byte[2 * 1024 * 1024]));

        Assert.Equal(DriverErrorCodes.DiskFull, error.Code);
        Assert.False(error.IsQuota);
        Assert.Contains("ENOSPC", error.Message, StringComparison.Ordinal);
        Assert.Equal("{\"old\":true}", _dir.Read("small/config.json"));
        Assert.Equal(["config.json"], _dir.Entries("small"));
    }

    [Fact]
    public async Task A_streamed_write_fails_with_DiskFull_too()
    {
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<DiskFullException>(() => driver.WriteStreamAsync("small/big.bin", new MemoryStream(new byte[3 * 1024 * 1024])));

        Assert.Equal(["config.json"], _dir.Entries("small"));
    }

    [Fact]
    public async Task A_copy_that_does_not_fit_fails_with_DiskFull_and_leaves_no_partial_file()
    {
        await File.WriteAllBytesAsync(_dir["big.bin"], new byte[2 * 1024 * 1024]);
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<DiskFullException>(() => driver.CopyAsync("big.bin", "small/big.bin"));

        Assert.Equal("small/big.bin", error.Path);
        Assert.Equal(["config.json"], _dir.Entries("small"));
    }

    [Fact]
    public async Task A_move_that_does_not_fit_keeps_the_source()
    {
        await File.WriteAllBytesAsync(_dir["big.bin"], new byte[2 * 1024 * 1024]);
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<DiskFullException>(() => driver.MoveAsync("big.bin", "small/big.bin"));

        Assert.Equal(2 * 1024 * 1024, new FileInfo(_dir["big.bin"]).Length);
        Assert.Equal(["config.json"], _dir.Entries("small"));
    }

    public Task DisposeAsync()
    {
        _mount.Dispose();
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
