using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Modes;

/// <summary>A loose mock (the default) answers calls nobody set up with harmless defaults.</summary>
public sealed class LooseDefaultTests
{
    private readonly ShellDriverMock _mock = new();

    private IShellDriver Driver => _mock.Object;

    [Fact]
    public void Reference_result_is_null()
        => Assert.Null(Driver.Run("ls"));

    [Fact]
    public void Value_result_is_default()
        => Assert.Equal(0, Driver["HOME"]);

    [Fact]
    public void Void_member_does_nothing()
        => Driver.Kill(42);

    [Fact]
    public async Task Task_of_T_is_completed_with_default()
    {
        var task = Driver.RunAsync("ls", CancellationToken.None);
        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal(0, await task);
    }

    [Fact]
    public void Task_is_completed()
        => Assert.True(Driver.StopAsync(CancellationToken.None).IsCompletedSuccessfully);

    [Fact]
    public async Task Value_task_of_T_is_completed_with_default()
    {
        var task = Driver.ExistsAsync("/tmp");
        Assert.True(task.IsCompletedSuccessfully);
        Assert.False(await task);
    }

    [Fact]
    public async Task Async_sequence_is_empty()
    {
        var count = 0;
        await foreach (var _ in Driver.ReadLinesAsync("/etc/hosts", CancellationToken.None))
        {
            count++;
        }

        Assert.Equal(0, count);
    }

    [Fact]
    public void Sequence_and_array_results_are_empty_not_null()
    {
        Assert.Empty(Driver.List("/"));
        Assert.Empty(Driver.Split("a b"));
    }

    [Fact]
    public void Out_parameter_is_default_and_result_false()
    {
        Assert.False(Driver.TryGetExitCode(1, out var exitCode));
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void Ref_parameter_is_left_unchanged()
    {
        var counter = 5;
        Driver.Increment(ref counter);
        Assert.Equal(5, counter);
    }

    [Fact]
    public void Enumerable_interface_enumerates_as_empty_through_both_enumerators()
    {
        var numbers = new NumbersMock();
        Assert.Empty((IEnumerable<int>)numbers.Object);
        Assert.False(((System.Collections.IEnumerable)numbers.Object).GetEnumerator().MoveNext());
    }

    [Fact]
    public void Default_behavior_is_loose()
        => Assert.Equal(MockBehavior.Loose, _mock.Behavior);
}
