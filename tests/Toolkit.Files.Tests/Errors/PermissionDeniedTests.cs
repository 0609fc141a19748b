using Toolkit.Errors;
using Toolkit.Files.Tests.Helpers;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Errors;

/// <summary>
/// Real EACCES needs an unprivileged user, and the tests run as root: the driver is run in a helper
/// process as <c>nobody</c> (setpriv). EPERM is real for root too, on an immutable file (chattr +i).
/// </summary>
public sealed class PermissionDeniedTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Reading_a_file_the_user_may_not_read_fails_with_PermissionDenied()
    {
        string file = _dir.File("private.txt", "secret");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        string output = await RunUnprivilegedAsync("read", file);

        Assert.StartsWith(DriverErrorCodes.PermissionDenied + "\n" + nameof(PermissionDeniedException), output, StringComparison.Ordinal);
        Assert.Contains("EACCES", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_into_a_directory_the_user_may_not_write_fails_with_PermissionDenied()
    {
        _dir.Dir("locked");
        File.SetUnixFileMode(_dir["locked"], (UnixFileMode)0b111_101_101);

        string output = await RunUnprivilegedAsync("write", _dir["locked/new.txt"]);

        Assert.StartsWith(DriverErrorCodes.PermissionDenied, output, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir["locked/new.txt"]));
        Assert.Empty(_dir.Entries("locked"));
    }

    [Fact]
    public async Task Deleting_a_tree_the_user_may_not_change_fails_with_PermissionDenied_naming_the_entry()
    {
        _dir.File("tree/sub/f.txt", "x");

        string output = await RunUnprivilegedAsync("delete-tree", _dir["tree"]);

        Assert.StartsWith(DriverErrorCodes.PermissionDenied, output, StringComparison.Ordinal);
        Assert.Contains("tree/sub/f.txt", output, StringComparison.Ordinal);
        Assert.True(File.Exists(_dir["tree/sub/f.txt"]));
    }

    [Fact]
    public async Task The_same_operation_succeeds_for_the_user_when_permitted()
    {
        _dir.Dir("open");
        File.SetUnixFileMode(_dir["open"], (UnixFileMode)0b111_111_111);

        string output = await RunUnprivilegedAsync("write", _dir["open/new.txt"]);

        Assert.Equal("OK", output.Trim());
        Assert.Equal("probe", _dir.Read("open/new.txt"));
    }

    [Fact]
    public async Task An_immutable_file_fails_with_PermissionDenied_even_for_root()
    {
        _dir.File("frozen.txt", "frozen");
        await ExternalProcess.RunCheckedAsync("chattr", "+i", _dir["frozen.txt"]);
        try
        {
            var driver = new FileDriver();

            var error = await Assert.ThrowsAsync<PermissionDeniedException>(() => driver.DeleteFileAsync(_dir["frozen.txt"]));
            await Assert.ThrowsAsync<PermissionDeniedException>(() => driver.OpenAsync(_dir["frozen.txt"], FileOpenOptions.Append));

            Assert.Contains("EPERM", error.Message, StringComparison.Ordinal);
            Assert.Equal("frozen", _dir.Read("frozen.txt"));
        }
        finally
        {
            await ExternalProcess.RunCheckedAsync("chattr", "-i", _dir["frozen.txt"]);
        }
    }

    /// <summary>Runs the probe as nobody when root (the CI case); an unprivileged test user gets the same denial directly.</summary>
    private static async Task<string> RunUnprivilegedAsync(string operation, string path)
    {
        string output = IsRoot()
            ? await HelperProcess.RunAsNobodyAsync(ProbeMode.Name, operation, path)
            : await RunHereAsync(operation, path);
        return output.Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    private static bool IsRoot() => File.ReadAllLines("/proc/self/status").Any(line => line.StartsWith("Uid:", StringComparison.Ordinal) && line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0");

    private static async Task<string> RunHereAsync(string operation, string path)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await ProbeMode.RunAsync([operation, path]);
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    public void Dispose() => _dir.Dispose();
}
