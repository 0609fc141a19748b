using System.Diagnostics;
using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Errors;

/// <summary>The Linux faces of "file in use": a running program (ETXTBSY) and a mount point (EBUSY). Lock conflicts are in StreamTests.</summary>
public sealed class FileInUseTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Opening_a_running_program_for_writing_fails_with_FileInUse()
    {
        File.Copy("/bin/sleep", _dir["sleep"]);
        using var running = Process.Start(_dir["sleep"], "30");
        try
        {
            await WaitUntilRunningAsync(running);
            var driver = Drivers.Confined(_dir.Path);

            var error = await Assert.ThrowsAsync<FileInUseException>(() => driver.OpenAsync("sleep", new FileOpenOptions { Mode = FileMode.Open, Access = FileAccess.Write }));

            Assert.True(error.IsRetryable);
            Assert.Contains("ETXTBSY", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            running.Kill();
            await running.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_running_program_can_still_be_replaced_atomically()
    {
        File.Copy("/bin/sleep", _dir["sleep"]);
        using var running = Process.Start(_dir["sleep"], "30");
        try
        {
            await WaitUntilRunningAsync(running);
            var driver = Drivers.Confined(_dir.Path);

            await driver.WriteTextAsync("sleep", "#!/bin/sh\n");

            Assert.Equal("#!/bin/sh\n", _dir.Read("sleep"));
        }
        finally
        {
            running.Kill();
            await running.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Removing_or_renaming_a_mount_point_fails_with_FileInUse()
    {
        using var mount = await TmpfsMount.CreateAsync(_dir["mnt"], "size=1m");
        var driver = Drivers.Confined(_dir.Path);

        var delete = await Assert.ThrowsAsync<FileInUseException>(() => driver.DeleteTreeAsync("mnt"));
        var move = await Assert.ThrowsAsync<FileInUseException>(() => driver.MoveAsync("mnt", "moved"));

        Assert.Contains("EBUSY", delete.Message, StringComparison.Ordinal);
        Assert.Equal(DriverErrorCodes.FileInUse, move.Code);
    }

    private static async Task WaitUntilRunningAsync(Process process)
    {
        // Process.Start returns after execve on Linux; checking the command line makes that explicit.
        for (int i = 0; i < 500 && !File.ReadAllText($"/proc/{process.Id}/cmdline").Contains("sleep", StringComparison.Ordinal); i++)
        {
            await Task.Delay(10);
        }
    }

    public void Dispose() => _dir.Dispose();
}
