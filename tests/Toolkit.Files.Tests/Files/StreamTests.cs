using System.Text;
using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Files;

public sealed class StreamTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task OpenRead_returns_a_seekable_read_only_stream()
    {
        _dir.File("f.txt", "0123456789");
        var driver = Drivers.Confined(_dir.Path);

        await using var stream = await driver.OpenReadAsync("f.txt");
        stream.Seek(5, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);

        Assert.False(stream.CanWrite);
        Assert.Equal("56789", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Write_mode_creates_or_truncates()
    {
        _dir.File("f.txt", "a long old content");
        var driver = Drivers.Confined(_dir.Path);

        await using (var stream = await driver.OpenAsync("f.txt", FileOpenOptions.Write))
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("new"));
        }

        await using (var stream = await driver.OpenAsync("created.txt", FileOpenOptions.Write))
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("c"));
        }

        Assert.Equal("new", _dir.Read("f.txt"));
        Assert.Equal("c", _dir.Read("created.txt"));
    }

    [Fact]
    public async Task Append_mode_writes_at_the_end()
    {
        _dir.File("log.txt", "one\n");
        var driver = Drivers.Confined(_dir.Path);

        await using (var stream = await driver.OpenAsync("log.txt", FileOpenOptions.Append))
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("two\n"));
        }

        Assert.Equal("one\ntwo\n", _dir.Read("log.txt"));
    }

    [Fact]
    public async Task CreateNew_fails_when_the_file_exists()
    {
        _dir.File("f.txt", "x");
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.OpenAsync("f.txt", new FileOpenOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write }));
    }

    [Fact]
    public async Task An_exclusive_open_makes_other_openers_fail_with_FileInUse()
    {
        _dir.File("f.txt", "x");
        var driver = Drivers.Confined(_dir.Path);

        await using var holder = await driver.OpenAsync("f.txt", new FileOpenOptions { Access = FileAccess.ReadWrite, Share = FileShare.None });
        var error = await Assert.ThrowsAsync<FileInUseException>(() => driver.OpenReadAsync("f.txt"));

        Assert.True(error.IsRetryable);
        Assert.Equal(DriverErrorCodes.FileInUse, error.Code);
        Assert.True(DriverErrors.IsRetryable(error));
    }

    [Fact]
    public async Task A_NET_FileStream_with_FileShare_None_blocks_the_driver_and_the_driver_blocks_it()
    {
        _dir.File("f.txt", "x");
        var driver = Drivers.Confined(_dir.Path);

        await using (new FileStream(_dir["f.txt"], FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            await Assert.ThrowsAsync<FileInUseException>(() => driver.OpenReadAsync("f.txt"));
            await Assert.ThrowsAsync<FileInUseException>(() => driver.WriteTextAsync("f.txt", "replaced"));
        }

        await using (await driver.OpenAsync("f.txt", new FileOpenOptions { Access = FileAccess.ReadWrite, Share = FileShare.None }))
        {
            Assert.Throws<IOException>(() => new FileStream(_dir["f.txt"], FileMode.Open, FileAccess.Read, FileShare.Read));
        }

        Assert.Equal("x", _dir.Read("f.txt"));
    }

    [Fact]
    public async Task Changing_modes_need_write_access()
    {
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => driver.OpenAsync("f.txt", new FileOpenOptions { Mode = FileMode.Create, Access = FileAccess.Read }));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("Create", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_directory_fails_with_an_is_a_directory_error()
    {
        _dir.Dir("d");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<Toolkit.Errors.FileSystemException>(() => driver.OpenReadAsync("d"));

        Assert.Contains("EISDIR", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
