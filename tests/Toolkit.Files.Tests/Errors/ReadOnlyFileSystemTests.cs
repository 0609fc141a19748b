using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Errors;

/// <summary>A real tmpfs remounted read-only: every change fails with EROFS, typed as <see cref="ReadOnlyFileSystemException"/>.</summary>
public sealed class ReadOnlyFileSystemTests : IAsyncLifetime
{
    private readonly TestDirectory _dir = new();
    private TmpfsMount _mount = null!;

    public async Task InitializeAsync()
    {
        _mount = await TmpfsMount.CreateAsync(_dir["ro"], "size=4m");
        await File.WriteAllTextAsync(_dir["ro/existing.txt"], "old");
        Directory.CreateDirectory(_dir["ro/dir"]);
        await _mount.MakeReadOnlyAsync();
    }

    [Fact]
    public async Task Writing_fails_with_ReadOnlyFileSystem_and_keeps_the_old_content()
    {
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<ReadOnlyFileSystemException>(() => driver.WriteTextAsync("ro/existing.txt", "new"));

        Assert.Equal(DriverErrorCodes.ReadOnlyFileSystem, error.Code);
        Assert.False(error.IsRetryable);
        Assert.Equal("ro/existing.txt", error.Path);
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", _dir.Read("ro/existing.txt"));
    }

    [Fact]
    public async Task Creating_deleting_and_moving_fail_with_ReadOnlyFileSystem()
    {
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<ReadOnlyFileSystemException>(() => driver.CreateDirectoryAsync("ro/new"));
        await Assert.ThrowsAsync<ReadOnlyFileSystemException>(() => driver.CreateFileAsync("ro/new.txt"));
        await Assert.ThrowsAsync<ReadOnlyFileSystemException>(() => driver.DeleteFileAsync("ro/existing.txt"));
        await Assert.ThrowsAsync<ReadOnlyFileSystemException>(() => driver.DeleteTreeAsync("ro/dir"));
        await Assert.ThrowsAsync<ReadOnlyFileSystemException>(() => driver.MoveAsync("ro/existing.txt", "ro/moved.txt"));
        await Assert.ThrowsAsync<ReadOnlyFileSystemException>(() => driver.OpenAsync("ro/existing.txt", FileOpenOptions.Append));
    }

    [Fact]
    public async Task Reading_still_works()
    {
        var driver = Drivers.Confined(_dir.Path);

        Assert.Equal("old", await driver.ReadTextAsync("ro/existing.txt"));
        Assert.Equal(2, (await driver.ListAsync("ro")).Count);
    }

    public Task DisposeAsync()
    {
        _mount.Dispose();
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
