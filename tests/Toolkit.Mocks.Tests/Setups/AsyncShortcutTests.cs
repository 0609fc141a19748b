using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Setups;

/// <summary>Shortcuts for Task, ValueTask and IAsyncEnumerable results.</summary>
public sealed class AsyncShortcutTests
{
    private readonly ShellDriverMock _mock = new();

    private IShellDriver Driver => _mock.Object;

    [Fact]
    public async Task Returns_async_a_fixed_value()
    {
        _mock.Setup.RunAsync("ls").ReturnsAsync(3);
        Assert.Equal(3, await Driver.RunAsync("ls", default));
    }

    [Fact]
    public async Task Returns_async_a_computed_value()
    {
        _mock.Setup.RunAsync().ReturnsAsync((command, _) => command.Length);
        Assert.Equal(5, await Driver.RunAsync("hello", default));
    }

    [Fact]
    public async Task Throws_async_faults_the_task_instead_of_throwing()
    {
        _mock.Setup.RunAsync().ThrowsAsync(new IOException("broken pipe"));

        var task = Driver.RunAsync("x", default);

        Assert.True(task.IsFaulted);
        await Assert.ThrowsAsync<IOException>(() => task);
    }

    [Fact]
    public async Task Value_task_shortcuts()
    {
        _mock.Setup.ExistsAsync("/a").ReturnsAsync(true);
        _mock.Setup.ExistsAsync("/b").ThrowsAsync(new UnauthorizedAccessException());

        Assert.True(await Driver.ExistsAsync("/a"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(async () => await Driver.ExistsAsync("/b"));
    }

    [Fact]
    public async Task Non_generic_task_throws_async()
    {
        _mock.Setup.StopAsync().ThrowsAsync(new OperationCanceledException());
        await Assert.ThrowsAsync<OperationCanceledException>(() => Driver.StopAsync(default));
    }

    [Fact]
    public async Task Async_sequence_of_items()
    {
        _mock.Setup.ReadLinesAsync("/etc/hosts").ReturnsItems("127.0.0.1 localhost", "::1 localhost");

        var lines = new List<string>();
        await foreach (var line in Driver.ReadLinesAsync("/etc/hosts", default))
        {
            lines.Add(line);
        }

        Assert.Equal(["127.0.0.1 localhost", "::1 localhost"], lines);
    }
}
