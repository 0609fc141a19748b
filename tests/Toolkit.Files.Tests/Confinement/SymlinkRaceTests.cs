using System.Runtime.InteropServices;
using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Confinement;

/// <summary>
/// The time-of-check/time-of-use attack: while the driver reads and writes <c>d/secret.txt</c>, another
/// thread keeps atomically swapping <c>d</c> between a real directory and a link to a directory outside the
/// root (renameat2 RENAME_EXCHANGE). A checker that validated the path and then opened it would sometimes
/// open the outside file; the driver resolves and opens in one kernel step, so it never does.
/// </summary>
public sealed partial class SymlinkRaceTests : IDisposable
{
    private const uint RenameExchange = 2;
    private readonly TestDirectory _dir = new();

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task A_link_swapped_in_during_the_call_never_redirects_a_read_or_write_outside(string resolver)
    {
        _dir.File("outside/secret.txt", "outside");
        _dir.File("root/d/secret.txt", "inside");
        _dir.Link("root/swap", "../outside");
        var driver = Drivers.Confined(_dir["root"], resolver);
        using var stop = new CancellationTokenSource();
        int swaps = 0;
        var attacker = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Assert.Equal(0, renameat2(-100, _dir["root/d"], -100, _dir["root/swap"], RenameExchange));
                swaps++;
            }
        });

        int insideReads = 0, rejected = 0;
        for (int i = 0; i < 3000; i++)
        {
            try
            {
                string content = await driver.ReadTextAsync("d/secret.txt");
                Assert.Equal("inside", content);
                insideReads++;
                await driver.WriteTextAsync("d/secret.txt", "inside", new WriteOptions { Durable = false });
            }
            catch (PathOutsideRootException)
            {
                rejected++;
            }
            catch (PathNotFoundException)
            {
                // The real directory was mid-swap under the other name.
            }
        }

        await stop.CancelAsync();
        await attacker;

        Assert.Equal("outside", _dir.Read("outside/secret.txt"));
        Assert.Equal(["secret.txt"], _dir.Entries("outside"));
        Assert.True(swaps > 100, $"Only {swaps} swaps happened; the race was not exercised.");
        Assert.True(insideReads > 0 && rejected > 0, $"Both outcomes should occur under the race: {insideReads} inside reads, {rejected} rejections.");
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    public void Dispose() => _dir.Dispose();
}
