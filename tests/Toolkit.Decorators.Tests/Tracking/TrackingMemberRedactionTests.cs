using Microsoft.Extensions.Logging;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Tracking;

public sealed record Endpoint(string Host, [property: Sensitive] string Token);

public sealed record Credentials(string User, [property: Sensitive] string Password, Endpoint Endpoint);

public sealed record PlainOptions(string Image, int Replicas);

[GenerateTracking]
public partial interface IRegistryDriver
{
    Task LoginAsync(Credentials credentials, CancellationToken cancellationToken);

    int Mirror(IReadOnlyList<Credentials> accounts, Credentials? fallback);

    string Pull(PlainOptions options);
}

/// <summary>[Sensitive] members of argument types never reach a sink or a log line; the rest of the argument does.</summary>
public sealed class TrackingMemberRedactionTests
{
    private static readonly Credentials Bob = new("bob", "pa55word", new Endpoint("registry.local", "tok3n"));

    [Fact]
    public async Task An_argument_with_sensitive_members_is_recorded_as_its_redacted_rendering()
    {
        var sink = new InMemoryCallSink();
        var driver = new TrackingRegistryDriver(new RegistryDriver(), sink);

        await driver.LoginAsync(Bob, CancellationToken.None);

        var recorded = Assert.IsType<ArgumentText>(Assert.Single(sink.Calls).Arguments["credentials"]);
        Assert.Equal("Credentials { User = \"bob\", Password = ***, Endpoint = Endpoint { Host = \"registry.local\", Token = *** } }", recorded.Text);
    }

    [Fact]
    public void Collections_and_nullable_arguments_of_such_types_are_redacted_item_by_item()
    {
        var sink = new InMemoryCallSink();
        var driver = new TrackingRegistryDriver(new RegistryDriver(), sink);

        driver.Mirror([Bob, Bob with { User = "eve" }], null);

        var call = Assert.Single(sink.Calls);
        var accounts = Assert.IsType<ArgumentText>(call.Arguments["accounts"]).Text;
        Assert.StartsWith("[Credentials { User = \"bob\", Password = ***", accounts, StringComparison.Ordinal);
        Assert.Contains("User = \"eve\"", accounts, StringComparison.Ordinal);
        Assert.Equal("null", Assert.IsType<ArgumentText>(call.Arguments["fallback"]).Text);
        Assert.DoesNotContain("pa55word", call.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok3n", call.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_without_sensitive_members_is_recorded_as_the_object_itself()
    {
        var sink = new InMemoryCallSink();
        var options = new PlainOptions("alpine", 2);

        new TrackingRegistryDriver(new RegistryDriver(), sink).Pull(options);

        Assert.Same(options, Assert.Single(sink.Calls).Arguments["options"]);
    }

    [Fact]
    public async Task Log_lines_show_the_redacted_rendering()
    {
        var provider = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(provider).SetMinimumLevel(LogLevel.Debug));
        var driver = new TrackingRegistryDriver(new RegistryDriver(), logger: factory.CreateLogger("registry"));

        await driver.LoginAsync(Bob, CancellationToken.None);

        var entry = Assert.Single(provider.Entries);
        Assert.Contains("Password = ***", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pa55word", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tok3n", entry.Message, StringComparison.Ordinal);
    }

    private sealed class RegistryDriver : IRegistryDriver
    {
        public Task LoginAsync(Credentials credentials, CancellationToken cancellationToken) => Task.CompletedTask;

        public int Mirror(IReadOnlyList<Credentials> accounts, Credentials? fallback) => accounts.Count;

        public string Pull(PlainOptions options) => options.Image;
    }
}
