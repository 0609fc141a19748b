using System.Text;
using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Files;

/// <summary>Atomic replacement in one process: failures, cancellation and concurrent readers.</summary>
public sealed class AtomicWriteTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Theory]
    [MemberData(nameof(Drivers.TempFileKinds), MemberType = typeof(Drivers))]
    public async Task A_throwing_callback_leaves_the_old_content_and_no_temporary_file(string tempFiles)
    {
        _dir.File("f.txt", "old");
        var driver = Drivers.WithTempFiles(_dir.Path, tempFiles);

        await Assert.ThrowsAsync<InvalidOperationException>(() => driver.WriteWithAsync("f.txt", async (stream, token) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("half of the new"), token);
            await stream.FlushAsync(token);
            throw new InvalidOperationException("producer failed");
        }));

        Assert.Equal("old", _dir.Read("f.txt"));
        Assert.Equal(["f.txt"], _dir.Entries());
    }

    [Theory]
    [MemberData(nameof(Drivers.TempFileKinds), MemberType = typeof(Drivers))]
    public async Task Cancellation_during_the_write_leaves_the_old_content(string tempFiles)
    {
        _dir.File("f.txt", "old");
        var driver = Drivers.WithTempFiles(_dir.Path, tempFiles);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.WriteWithAsync(
            "f.txt",
            async (stream, token) =>
            {
                await stream.WriteAsync(new byte[1000], token);
                await cancellation.CancelAsync();
                token.ThrowIfCancellationRequested();
            },
            cancellationToken: cancellation.Token));

        Assert.Equal("old", _dir.Read("f.txt"));
        Assert.Equal(["f.txt"], _dir.Entries());
    }

    [Theory]
    [MemberData(nameof(Drivers.TempFileKinds), MemberType = typeof(Drivers))]
    public async Task A_successful_write_leaves_no_temporary_file(string tempFiles)
    {
        var driver = Drivers.WithTempFiles(_dir.Path, tempFiles);

        for (int i = 0; i < 20; i++)
        {
            await driver.WriteTextAsync("f.txt", "v" + i);
        }

        Assert.Equal(["f.txt"], _dir.Entries());
        Assert.Equal("v19", _dir.Read("f.txt"));
    }

    [Theory]
    [MemberData(nameof(Drivers.TempFileKinds), MemberType = typeof(Drivers))]
    public async Task Concurrent_readers_only_ever_see_a_complete_version(string tempFiles)
    {
        var driver = Drivers.WithTempFiles(_dir.Path, tempFiles);
        string[] versions = Enumerable.Range(0, 8).Select(i => new string((char)('a' + i), 64 * 1024 * (i + 1))).ToArray();
        await driver.WriteTextAsync("f.txt", versions[0]);
        using var stop = new CancellationTokenSource();
        int reads = 0;
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                string seen = await File.ReadAllTextAsync(_dir["f.txt"]);
                Assert.Contains(seen, versions);
                reads++;
            }
        });

        for (int i = 0; i < 200; i++)
        {
            await driver.WriteTextAsync("f.txt", versions[i % versions.Length], new WriteOptions { Durable = false });
        }

        await stop.CancelAsync();
        await reader;
        Assert.True(reads > 0);
    }

    [Theory]
    [MemberData(nameof(Drivers.TempFileKinds), MemberType = typeof(Drivers))]
    public async Task Concurrent_writers_leave_one_complete_version(string tempFiles)
    {
        var driver = Drivers.WithTempFiles(_dir.Path, tempFiles);
        string[] versions = Enumerable.Range(0, 16).Select(i => new string((char)('a' + i), 10_000 + i)).ToArray();

        await Task.WhenAll(versions.Select(version => Task.Run(() => driver.WriteTextAsync("f.txt", version))));

        Assert.Contains(_dir.Read("f.txt"), versions);
        Assert.Equal(["f.txt"], _dir.Entries());
    }

    [Theory]
    [MemberData(nameof(Drivers.TempFileKinds), MemberType = typeof(Drivers))]
    public async Task Creating_without_overwrite_is_atomic_about_existence(string tempFiles)
    {
        var driver = Drivers.WithTempFiles(_dir.Path, tempFiles);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await driver.WriteTextAsync("once.txt", "writer " + i, new WriteOptions { Overwrite = false });
                return true;
            }
            catch (PathAlreadyExistsException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
        Assert.StartsWith("writer ", _dir.Read("once.txt"), StringComparison.Ordinal);
        Assert.Equal(["once.txt"], _dir.Entries());
    }

    public void Dispose() => _dir.Dispose();
}
