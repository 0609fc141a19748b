using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests;

/// <summary>Bad arguments fail before any file system call, with an error naming the parameter.</summary>
public sealed class ArgumentTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    public static TheoryData<string, Func<IFileDriver, string, Task>> Operations => new()
    {
        { "CreateDirectory", (driver, path) => driver.CreateDirectoryAsync(path) },
        { "DeleteTree", (driver, path) => driver.DeleteTreeAsync(path) },
        { "DeleteFile", (driver, path) => driver.DeleteFileAsync(path) },
        { "Exists", (driver, path) => driver.ExistsAsync(path) },
        { "GetMetadata", (driver, path) => driver.GetMetadataAsync(path) },
        { "CreateFile", (driver, path) => driver.CreateFileAsync(path) },
        { "OpenRead", (driver, path) => driver.OpenReadAsync(path) },
        { "List", (driver, path) => driver.ListAsync(path) },
        { "HashFile", (driver, path) => driver.HashFileAsync(path) },
        { "ReadText", (driver, path) => driver.ReadTextAsync(path) },
        { "ReadBytes", (driver, path) => driver.ReadBytesAsync(path) },
        { "WriteText", (driver, path) => driver.WriteTextAsync(path, "x") },
        { "WriteBytes", (driver, path) => driver.WriteBytesAsync(path, new byte[1]) },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Empty_paths_are_refused_naming_the_parameter(string operation, Func<IFileDriver, string, Task> call)
    {
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => call(driver, string.Empty));

        Assert.True(error.ParamName == "path", $"{operation} named '{error.ParamName}'.");
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Paths_with_NUL_are_refused(string operation, Func<IFileDriver, string, Task> call)
    {
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => call(driver, "a\0/../../etc/passwd"));

        Assert.True(error.Message.Contains("NUL", StringComparison.Ordinal), $"{operation}: {error.Message}");
    }

    [Fact]
    public async Task Null_arguments_are_refused()
    {
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<ArgumentNullException>(() => driver.ReadTextAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => driver.WriteTextAsync("a", null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => driver.WriteStreamAsync("a", null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => driver.WriteWithAsync("a", null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => driver.OpenAsync("a", null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => driver.CopyAsync("a", null!));
        Assert.Throws<ArgumentNullException>(() => new FileDriver(null!));
    }

    [Fact]
    public void An_empty_root_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new FileDriver(new FileDriverOptions { Root = string.Empty }));

        Assert.Equal("options.Root", error.ParamName);
    }

    public void Dispose() => _dir.Dispose();
}
