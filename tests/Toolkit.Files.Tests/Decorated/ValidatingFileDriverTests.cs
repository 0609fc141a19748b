using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Decorated;

/// <summary>
/// The runtime's own <see cref="IFileDriver"/> carries <c>[GenerateValidation]</c>: the generated
/// <see cref="ValidatingFileDriver"/> rejects bad arguments before the file system is touched.
/// </summary>
public sealed class ValidatingFileDriverTests : IDisposable
{
    private readonly TestDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_null_path_is_rejected_naming_the_parameter()
    {
        IFileDriver files = new ValidatingFileDriver(new FileDriver());

        var error = await Assert.ThrowsAsync<DriverValidationException>(() => files.WriteTextAsync(null!, "content"));

        var failure = Assert.Single(error.Failures);
        Assert.Equal(("path", "NotNull"), (failure.Path, failure.Rule));
        Assert.Equal(("file", "WriteTextAsync"), (error.Driver, error.Operation));
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task Every_null_argument_of_a_call_is_reported_at_once_and_nothing_is_written()
    {
        IFileDriver files = new ValidatingFileDriver(new FileDriver());

        var error = await Assert.ThrowsAsync<DriverValidationException>(() => files.CopyAsync(null!, null!));

        Assert.Equal(["source", "destination"], error.Failures.Select(f => f.Path));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory.Path));
    }

    [Fact]
    public async Task A_valid_call_reaches_the_driver()
    {
        IFileDriver files = new ValidatingFileDriver(new FileDriver());

        await files.WriteTextAsync(_directory["note.txt"], "kept");

        Assert.Equal("kept", File.ReadAllText(_directory["note.txt"]));
    }
}
