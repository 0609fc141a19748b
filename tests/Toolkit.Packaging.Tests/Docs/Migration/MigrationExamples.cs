using Moq;
using MyApp.Feeds;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Toolkit.Mocking;
using Arg = Toolkit.Mocking.Arg;
using MockBehavior = Toolkit.Mocking.MockBehavior;
using Times = Moq.Times;

namespace Toolkit.Packaging.Tests.Docs.Migration;

/// <summary>
/// docs/migration.md, run for real: each example does the same thing with Moq, with NSubstitute and with the generated
/// mock, and asserts the three agree. (Here the three libraries share one file, so Toolkit's <c>Arg</c> is aliased; in
/// your project, after the move, `using Toolkit.Mocking;` is all you need.)
/// </summary>
public sealed class MigrationExamples
{
    [Fact]
    public void Creating_a_mock_and_returning_a_value()
    {
        // README: create
        // Moq
        var moq = new Mock<IPackageFeed>();
        moq.Setup(f => f.GetLatestVersion("Toolkit.Runtime")).Returns("0.1.0");
        IPackageFeed fromMoq = moq.Object;

        // NSubstitute
        var substitute = Substitute.For<IPackageFeed>();
        substitute.GetLatestVersion("Toolkit.Runtime").Returns("0.1.0");
        IPackageFeed fromNSubstitute = substitute;

        // Toolkit: the mock is the IPackageFeed (mock.Object is the same object, for Moq habits)
        var mock = new PackageFeedMock();
        mock.Setup.GetLatestVersion("Toolkit.Runtime").Returns("0.1.0");
        IPackageFeed fromToolkit = mock;
        // README end

        Assert.All(new[] { fromMoq, fromNSubstitute, fromToolkit }, feed => Assert.Equal("0.1.0", feed.GetLatestVersion("Toolkit.Runtime")));
        Assert.Same(mock, mock.Object);
    }

    [Fact]
    public void Matching_any_argument_or_a_condition()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();

        // README: match
        moq.Setup(f => f.GetLatestVersion(It.IsAny<string>())).Returns("1.0.0");
        moq.Setup(f => f.GetLatestVersion(It.Is<string>(id => id.StartsWith("Toolkit.")))).Returns("0.1.0");

        substitute.GetLatestVersion(NSubstitute.Arg.Any<string>()).Returns("1.0.0");
        substitute.GetLatestVersion(NSubstitute.Arg.Is<string>(id => id.StartsWith("Toolkit."))).Returns("0.1.0");

        mock.Setup.GetLatestVersion().Returns("1.0.0");  // leaving an argument out means any value (or write Arg.Any<string>())
        mock.Setup.GetLatestVersion(Arg.Is<string>(id => id.StartsWith("Toolkit."))).Returns("0.1.0");
        // README end

        foreach (IPackageFeed feed in new IPackageFeed[] { moq.Object, substitute, mock })
        {
            Assert.Equal("0.1.0", feed.GetLatestVersion("Toolkit.Generators"));
            Assert.Equal("1.0.0", feed.GetLatestVersion("Newtonsoft.Json"));
        }
    }

    [Fact]
    public void Computing_the_result_from_the_arguments()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();

        // README: compute
        moq.Setup(f => f.GetLatestVersion(It.IsAny<string>())).Returns((string id) => id.Length + ".0.0");
        substitute.GetLatestVersion(NSubstitute.Arg.Any<string>()).Returns(call => call.Arg<string>().Length + ".0.0");
        mock.Setup.GetLatestVersion().Returns(id => id.Length + ".0.0");  // typed parameters: no casts, no call info
        // README end

        Assert.All(new IPackageFeed[] { moq.Object, substitute, mock }, feed => Assert.Equal("3.0.0", feed.GetLatestVersion("abc")));
    }

    [Fact]
    public async Task Async_results_and_failures()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();

        // README: async
        moq.Setup(f => f.PublishAsync("a", "1.0.0", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        moq.Setup(f => f.PublishAsync("b", It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("409"));

        substitute.PublishAsync("a", "1.0.0", NSubstitute.Arg.Any<CancellationToken>()).Returns(true);
        substitute.PublishAsync("b", NSubstitute.Arg.Any<string>(), NSubstitute.Arg.Any<CancellationToken>()).ThrowsAsync(new HttpRequestException("409"));

        mock.Setup.PublishAsync("a", "1.0.0").ReturnsAsync(true);  // the CancellationToken left out: any token
        mock.Setup.PublishAsync("b").ThrowsAsync(new HttpRequestException("409"));  // a faulted task, not a synchronous throw
        // README end

        foreach (IPackageFeed feed in new IPackageFeed[] { moq.Object, substitute, mock })
        {
            Assert.True(await feed.PublishAsync("a", "1.0.0"));
            await Assert.ThrowsAsync<HttpRequestException>(() => feed.PublishAsync("b", "2.0.0"));
        }
    }

    [Fact]
    public void Throwing_and_callbacks()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();
        var deleted = new List<string>();

        // README: throw
        moq.Setup(f => f.Delete("locked")).Throws<UnauthorizedAccessException>();
        moq.Setup(f => f.Delete("old")).Callback((string id) => deleted.Add(id));

        substitute.When(f => f.Delete("locked")).Do(_ => throw new UnauthorizedAccessException());
        substitute.When(f => f.Delete("old")).Do(call => deleted.Add(call.Arg<string>()));

        mock.Setup.Delete("locked").Throws<UnauthorizedAccessException>();
        mock.Setup.Delete("old").Callback(id => deleted.Add(id));
        // README end

        foreach (IPackageFeed feed in new IPackageFeed[] { moq.Object, substitute, mock })
        {
            Assert.Throws<UnauthorizedAccessException>(() => feed.Delete("locked"));
            feed.Delete("old");
        }

        Assert.Equal(["old", "old", "old"], deleted);
    }

    [Fact]
    public void Successive_calls_behave_differently()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();

        // README: sequence
        moq.SetupSequence(f => f.GetLatestVersion("x")).Returns("1.0.0").Returns("1.1.0");
        substitute.GetLatestVersion("x").Returns("1.0.0", "1.1.0");
        mock.Setup.GetLatestVersion("x").Returns("1.0.0").Then().Returns("1.1.0");  // the last step repeats
        // README end

        foreach (IPackageFeed feed in new IPackageFeed[] { moq.Object, substitute, mock })
        {
            Assert.Equal("1.0.0", feed.GetLatestVersion("x"));
            Assert.Equal("1.1.0", feed.GetLatestVersion("x"));
        }

        // Past the end, NSubstitute and Toolkit repeat the last value; Moq returns default.
        Assert.Equal("1.1.0", substitute.GetLatestVersion("x"));
        Assert.Equal("1.1.0", ((IPackageFeed)mock).GetLatestVersion("x"));
        Assert.Null(moq.Object.GetLatestVersion("x"));
    }

    [Fact]
    public void Out_parameters()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();

        // README: out
        var owner = "toolkit-team";
        moq.Setup(f => f.TryGetOwner("Toolkit.Runtime", out owner)).Returns(true);

        substitute.TryGetOwner("Toolkit.Runtime", out NSubstitute.Arg.Any<string>()).Returns(call => { call[1] = "toolkit-team"; return true; });

        mock.Setup.TryGetOwner("Toolkit.Runtime").Returns(true).Assigns(owner: "toolkit-team");
        // README end

        foreach (IPackageFeed feed in new IPackageFeed[] { moq.Object, substitute, mock })
        {
            Assert.True(feed.TryGetOwner("Toolkit.Runtime", out var found));
            Assert.Equal("toolkit-team", found);
        }
    }

    [Fact]
    public void Properties()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();

        // README: properties
        moq.SetupProperty(f => f.Name, "nuget.org");  // Moq remembers values only when asked
        substitute.Name.Returns("nuget.org");
        mock.Setup.Name.Returns("nuget.org");  // without a setup, a generated mock's property remembers what was set
        // README end

        Assert.All(new IPackageFeed[] { moq.Object, substitute, mock }, feed => Assert.Equal("nuget.org", feed.Name));
        var remembering = new PackageFeedMock();
        ((IPackageFeed)remembering).Name = "local";
        Assert.Equal("local", ((IPackageFeed)remembering).Name);
    }

    [Fact]
    public void Raising_an_event()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();
        var heard = new List<string>();
        foreach (IPackageFeed feed in new IPackageFeed[] { moq.Object, substitute, mock })
        {
            feed.Published += (_, id) => heard.Add(id);
        }

        // README: events
        moq.Raise(f => f.Published += null, moq.Object, "Toolkit.Runtime");
        substitute.Published += NSubstitute.Raise.Event<EventHandler<string>>(substitute, "Toolkit.Runtime");
        mock.Raise.Published(mock, "Toolkit.Runtime");  // typed: the compiler checks the event's arguments
        // README end

        Assert.Equal(["Toolkit.Runtime", "Toolkit.Runtime", "Toolkit.Runtime"], heard);
    }

    [Fact]
    public void Verifying_calls()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();
        foreach (IPackageFeed feed in new IPackageFeed[] { moq.Object, substitute, mock })
        {
            feed.Delete("old");
            feed.GetLatestVersion("a");
            feed.GetLatestVersion("b");
        }

        // README: verify
        moq.Verify(f => f.Delete("old"), Times.Once());
        moq.Verify(f => f.GetLatestVersion(It.IsAny<string>()), Times.Exactly(2));
        moq.Verify(f => f.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never());

        substitute.Received(1).Delete("old");
        substitute.Received(2).GetLatestVersion(NSubstitute.Arg.Any<string>());
        substitute.DidNotReceive().PublishAsync(NSubstitute.Arg.Any<string>(), NSubstitute.Arg.Any<string>(), NSubstitute.Arg.Any<CancellationToken>());

        mock.Verify.Delete("old").Once();
        mock.Verify.GetLatestVersion().Times(2);
        mock.Verify.PublishAsync().Never();
        // README end
    }

    [Fact]
    public void A_failed_verification_lists_the_calls_that_happened()
    {
        var mock = new PackageFeedMock();
        ((IPackageFeed)mock).Delete("old");

        var error = Assert.Throws<MockVerificationException>(() => mock.Verify.Delete("new").Once());

        Assert.Contains("Delete(\"old\")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_other_calls_and_order()
    {
        var moq = new Mock<IPackageFeed>(Moq.MockBehavior.Loose);
        var mock = new PackageFeedMock();
        var substitute = Substitute.For<IPackageFeed>();
        foreach (IPackageFeed feed in new IPackageFeed[] { moq.Object, substitute, mock })
        {
            feed.GetLatestVersion("a");
            feed.Delete("a");
        }

        // README: order
        moq.Verify(f => f.GetLatestVersion("a"));
        moq.Verify(f => f.Delete("a"));
        moq.VerifyNoOtherCalls();

        Received.InOrder(() =>
        {
            substitute.GetLatestVersion("a");
            substitute.Delete("a");
        });

        Verification.InOrder(mock.Verify.GetLatestVersion("a"), mock.Verify.Delete("a"));
        mock.VerifyNoOtherCalls();  // every call was matched by a verification above
        // README end
    }

    [Fact]
    public void Strict_mocks()
    {
        // README: strict
        var moq = new Mock<IPackageFeed>(Moq.MockBehavior.Strict);
        var mock = new PackageFeedMock(MockBehavior.Strict);  // the message names the call, its arguments and the setups that exist
        // README end

        Assert.Throws<Moq.MockException>(() => moq.Object.Delete("x"));
        var error = Assert.Throws<UnexpectedCallException>(() => ((IPackageFeed)mock).Delete("x"));
        Assert.Contains("Delete(\"x\")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recorded_calls_and_reset()
    {
        var moq = new Mock<IPackageFeed>();
        var substitute = Substitute.For<IPackageFeed>();
        var mock = new PackageFeedMock();
        foreach (IPackageFeed feed in new IPackageFeed[] { moq.Object, substitute, mock })
        {
            feed.GetLatestVersion("a");
        }

        // README: calls
        var moqCalls = moq.Invocations.Count;
        var substituteCalls = substitute.ReceivedCalls().Count();
        var toolkitCalls = mock.Calls.Count;  // or typed: mock.Verify.GetLatestVersion().Calls[0].PackageId

        moq.Invocations.Clear();
        substitute.ClearReceivedCalls();
        mock.ClearCalls();  // mock.Reset() also forgets setups
        // README end

        Assert.Equal([1, 1, 1], new[] { moqCalls, substituteCalls, toolkitCalls });
        Assert.Empty(moq.Invocations);
        Assert.Empty(substitute.ReceivedCalls());
        Assert.Empty(mock.Calls);
    }

    [Fact]
    public void Spying_on_a_real_implementation()
    {
        var real = new InMemoryFeed();

        // README: spy
        var moq = new Mock<IPackageFeed>();  // Moq: only classes can CallBase; wrap by hand
        moq.Setup(f => f.GetLatestVersion(It.IsAny<string>())).Returns((string id) => real.GetLatestVersion(id));

        var mock = new PackageFeedMock { Fallback = real };  // every call nobody set up goes to real, and is recorded
        mock.Setup.Delete("Toolkit.Runtime").Throws<UnauthorizedAccessException>();
        // README end

        Assert.Equal("9.9.9", moq.Object.GetLatestVersion("x"));
        Assert.Equal("9.9.9", ((IPackageFeed)mock).GetLatestVersion("x"));
        Assert.Throws<UnauthorizedAccessException>(() => ((IPackageFeed)mock).Delete("Toolkit.Runtime"));
        mock.Verify.GetLatestVersion("x").Once();
    }

    private sealed class InMemoryFeed : IPackageFeed
    {
        public string Name { get; set; } = "memory";

        public event EventHandler<string>? Published;

        public string? GetLatestVersion(string packageId) => "9.9.9";

        public Task<bool> PublishAsync(string packageId, string version, CancellationToken cancellationToken = default)
        {
            Published?.Invoke(this, packageId);
            return Task.FromResult(true);
        }

        public bool TryGetOwner(string packageId, out string owner)
        {
            owner = "memory";
            return true;
        }

        public void Delete(string packageId)
        {
        }
    }
}
