using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Shapes;

/// <summary>Inherited interfaces: diamonds, same-named members and new members are separate and configurable.</summary>
public sealed class InheritanceTests
{
    [Fact]
    public void Same_named_members_from_different_interfaces_are_separate()
    {
        var mock = new StreamMock();
        mock.Setup.Length.Returns(100L);
        mock.Setup.ReadableLength.Returns(10);
        mock.Setup.WritableLength.Returns(20);

        Assert.Equal(100L, mock.Object.Length);
        Assert.Equal(10, ((IReadable)mock.Object).Length);
        Assert.Equal(20, ((IWritable)mock.Object).Length);
    }

    [Fact]
    public async Task Disposable_members_are_recorded()
    {
        var mock = new StreamMock();
        using (mock.Object)
        {
        }

        await using (mock.Object)
        {
        }

        mock.Verify.Dispose().Once();
        mock.Verify.DisposeAsync().Once();
    }

    [Fact]
    public void Base_members_are_set_up_like_own_members()
    {
        var mock = new StreamMock();
        mock.Setup.Read().Returns("data");

        Assert.Equal("data", mock.Object.Read());
        mock.Object.Write("x");
        mock.Verify.Write("x").Once();
    }

    [Fact]
    public async Task Enumerable_interfaces_enumerate_what_is_set_up()
    {
        var mock = new NumbersMock();
        mock.Setup.GetEnumerator().Returns(() => new List<int> { 1, 2, 3 }.GetEnumerator());
        mock.Setup.GetAsyncEnumerator().Returns(_ => AsyncSequence.Of(4, 5).GetAsyncEnumerator());

        Assert.Equal([1, 2, 3], (IEnumerable<int>)mock.Object);
        Assert.Equal([1, 2, 3], ((System.Collections.IEnumerable)mock.Object).Cast<int>());
        var items = new List<int>();
        await foreach (var item in mock.Object)
        {
            items.Add(item);
        }

        Assert.Equal([4, 5], items);
    }

    [Fact]
    public void Framework_interfaces_named_at_assembly_level()
    {
        var disposable = new DisposableMock();
        disposable.Object.Dispose();
        disposable.Verify.Dispose().Once();

        var progress = new ProgressMock<int>();
        progress.Object.Report(50);
        progress.Verify.Report(50).Once();

        var services = new ServiceProviderMock();
        services.Setup.GetService(typeof(string)).Returns("service");
        Assert.Equal("service", services.Object.GetService(typeof(string)));
    }
}
