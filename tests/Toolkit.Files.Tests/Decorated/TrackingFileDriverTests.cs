using Toolkit.Errors;
using Toolkit.Files.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Files.Tests.Decorated;

/// <summary>
/// The runtime's own <see cref="IFileDriver"/> carries <c>[GenerateTracking]</c>: the generated
/// <see cref="TrackingFileDriver"/> records real file operations, failures included.
/// </summary>
public sealed class TrackingFileDriverTests : IDisposable
{
    private readonly TestDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Each_operation_is_recorded_with_its_arguments_and_outcome()
    {
        var sink = new InMemoryCallSink();
        IFileDriver files = new TrackingFileDriver(new FileDriver(), sink);

        await files.WriteTextAsync(_directory["a.txt"], "hello");
        var hash = await files.HashFileAsync(_directory["a.txt"]);

        Assert.Equal(["WriteTextAsync", "HashFileAsync"], sink.Calls.Select(c => c.Operation));
        Assert.All(sink.Calls, c => Assert.Equal(("file", CallOutcome.Succeeded), (c.Driver, c.Outcome)));
        Assert.Equal(_directory["a.txt"], sink.Calls[0].Arguments["path"]);
        Assert.Equal(64, hash.Hex.Length);
    }

    [Fact]
    public async Task A_typed_failure_propagates_as_the_same_instance_and_is_recorded()
    {
        var sink = new InMemoryCallSink();
        IFileDriver files = new TrackingFileDriver(new FileDriver(), sink);

        var error = await Assert.ThrowsAsync<PathNotFoundException>(() => files.ReadTextAsync(_directory["missing.txt"]));

        var call = Assert.Single(sink.Calls);
        Assert.Equal(CallOutcome.Failed, call.Outcome);
        Assert.Same(error, call.Exception);
    }

    [Fact]
    public async Task A_confinement_violation_is_recorded_as_a_failure()
    {
        var sink = new InMemoryCallSink();
        IFileDriver files = new TrackingFileDriver(new FileDriver(new FileDriverOptions { Root = _directory.Path }), sink);

        await Assert.ThrowsAsync<PathOutsideRootException>(() => files.ReadTextAsync("../outside.txt"));

        Assert.Equal(typeof(PathOutsideRootException), Assert.Single(sink.Calls).Exception?.GetType());
    }
}
