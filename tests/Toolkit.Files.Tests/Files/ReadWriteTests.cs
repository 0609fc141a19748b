using System.Text;
using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Files;

public sealed class ReadWriteTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Text_round_trips_as_UTF8_without_a_byte_order_mark()
    {
        var driver = Drivers.Confined(_dir.Path);

        await driver.WriteTextAsync("t.txt", "héllo ☃ 🚀");

        Assert.Equal(Encoding.UTF8.GetBytes("héllo ☃ 🚀"), File.ReadAllBytes(_dir["t.txt"]));
        Assert.Equal("héllo ☃ 🚀", await driver.ReadTextAsync("t.txt"));
    }

    [Fact]
    public async Task Reading_text_honours_a_byte_order_mark_and_the_given_encoding()
    {
        File.WriteAllText(_dir["utf16.txt"], "wide", Encoding.Unicode);
        File.WriteAllBytes(_dir["latin1.txt"], Encoding.Latin1.GetBytes("café"));
        var driver = Drivers.Confined(_dir.Path);

        Assert.Equal("wide", await driver.ReadTextAsync("utf16.txt"));
        Assert.Equal("café", await driver.ReadTextAsync("latin1.txt", Encoding.Latin1));
    }

    [Fact]
    public async Task Text_can_be_written_in_another_encoding()
    {
        var driver = Drivers.Confined(_dir.Path);

        await driver.WriteTextAsync("l.txt", "café", new WriteOptions { Encoding = Encoding.Latin1 });

        Assert.Equal(Encoding.Latin1.GetBytes("café"), File.ReadAllBytes(_dir["l.txt"]));
    }

    [Fact]
    public async Task Bytes_round_trip()
    {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(5).NextBytes(content);
        var driver = Drivers.Confined(_dir.Path);

        await driver.WriteBytesAsync("b.bin", content);

        Assert.Equal(content, await driver.ReadBytesAsync("b.bin"));
    }

    [Fact]
    public async Task A_stream_is_written_from_its_current_position_and_left_open()
    {
        var source = new MemoryStream(Encoding.ASCII.GetBytes("skip:payload"));
        source.Position = 5;
        var driver = Drivers.Confined(_dir.Path);

        await driver.WriteStreamAsync("s.txt", source);

        Assert.Equal("payload", _dir.Read("s.txt"));
        Assert.True(source.CanRead);
    }

    [Fact]
    public async Task A_callback_writes_the_content_and_may_dispose_its_stream()
    {
        var driver = Drivers.Confined(_dir.Path);

        await driver.WriteWithAsync("w.json", async (stream, token) =>
        {
            await System.Text.Json.JsonSerializer.SerializeAsync(stream, new { Name = "x", Count = 3 }, cancellationToken: token);
            await stream.DisposeAsync();
        });

        Assert.Equal("""{"Name":"x","Count":3}""", _dir.Read("w.json"));
    }

    [Fact]
    public async Task Writing_replaces_existing_content()
    {
        _dir.File("f.txt", "old content that is longer");
        var driver = Drivers.Confined(_dir.Path);

        await driver.WriteTextAsync("f.txt", "new");

        Assert.Equal("new", _dir.Read("f.txt"));
    }

    [Fact]
    public async Task Without_overwrite_an_existing_file_fails_and_keeps_its_content()
    {
        _dir.File("f.txt", "old");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.WriteTextAsync("f.txt", "new", new WriteOptions { Overwrite = false }));

        Assert.Equal("WriteText", error.Operation);
        Assert.Equal("old", _dir.Read("f.txt"));
        Assert.Empty(TempFiles.In(_dir.Path));
    }

    [Fact]
    public async Task Without_overwrite_a_new_file_is_created()
    {
        var driver = Drivers.Confined(_dir.Path);

        await driver.WriteTextAsync("n.txt", "new", new WriteOptions { Overwrite = false });

        Assert.Equal("new", _dir.Read("n.txt"));
    }

    [Fact]
    public async Task Missing_parents_fail_unless_asked_to_create_them()
    {
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<PathNotFoundException>(() => driver.WriteTextAsync("a/b/f.txt", "x"));
        await driver.WriteTextAsync("a/b/f.txt", "x", new WriteOptions { CreateDirectories = true });

        Assert.Equal("x", _dir.Read("a/b/f.txt"));
    }

    [Fact]
    public async Task Writing_through_a_link_replaces_the_target_and_keeps_the_link()
    {
        _dir.File("real/target.txt", "old");
        _dir.Link("link.txt", "real/target.txt");
        var driver = Drivers.Confined(_dir.Path);

        await driver.WriteTextAsync("link.txt", "new");

        Assert.Equal("new", _dir.Read("real/target.txt"));
        Assert.Equal("real/target.txt", new FileInfo(_dir["link.txt"]).LinkTarget);
    }

    [Fact]
    public async Task A_replaced_file_keeps_its_permissions()
    {
        string file = _dir.File("secret.txt", "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var driver = Drivers.Confined(_dir.Path);

        await driver.WriteTextAsync("secret.txt", "new");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public async Task A_new_file_gets_the_usual_permissions()
    {
        var driver = Drivers.Confined(_dir.Path);
        File.WriteAllText(_dir["reference.txt"], "r");

        await driver.WriteTextAsync("new.txt", "n");

        Assert.Equal(File.GetUnixFileMode(_dir["reference.txt"]), File.GetUnixFileMode(_dir["new.txt"]));
    }

    [Fact]
    public async Task Writing_to_a_directory_fails_with_an_is_a_directory_error()
    {
        _dir.Dir("d");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<FileSystemException>(() => driver.WriteTextAsync("d", "x"));

        Assert.Contains("EISDIR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_a_directory_or_a_missing_file_fails_with_typed_errors()
    {
        _dir.Dir("d");
        var driver = Drivers.Confined(_dir.Path);

        Assert.Contains("EISDIR", (await Assert.ThrowsAsync<FileSystemException>(() => driver.ReadBytesAsync("d"))).Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<PathNotFoundException>(() => driver.ReadTextAsync("nope.txt"));
        Assert.Equal("ReadText", missing.Operation);
        Assert.Equal("file", missing.Driver);
    }

    [Fact]
    public async Task Files_that_report_size_zero_are_read_to_their_end()
    {
        var driver = new FileDriver();

        string status = await driver.ReadTextAsync("/proc/self/status");
        byte[] bytes = await driver.ReadBytesAsync("/proc/self/status");

        Assert.StartsWith("Name:", status, StringComparison.Ordinal);
        Assert.True(bytes.Length > 100);
    }

    public void Dispose() => _dir.Dispose();
}
