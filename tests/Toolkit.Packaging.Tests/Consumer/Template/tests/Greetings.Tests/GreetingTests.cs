using Greetings;
using Xunit;
using Microsoft.Extensions.DependencyInjection;
using Toolkit;
using Toolkit.Errors;
using Toolkit.Mocking;
using Toolkit.Shell;
using Toolkit.Tracking;

[assembly: GenerateMock(typeof(IShellDriver))]
[assembly: GenerateMock(typeof(IGreetingDriver))]

namespace Greetings.Tests;

public sealed class GreetingTests
{
    [Fact]
    public async Task The_greeter_says_what_echo_printed()
    {
        var shell = new ShellDriverMock();
        shell.Setup.RunAsync(Arg.Is<ShellCommand>(c => c.Program == "echo")).ReturnsAsync(new CommandResult { StandardOutput = "Hello, mock!\n" });

        var greeting = await new ShellGreetingDriver(shell).GreetAsync("mock");

        Assert.Equal("Hello, mock!", greeting);
        shell.Verify.RunAsync(Arg.Is<ShellCommand>(c => c.Arguments.SequenceEqual(new[] { "Hello, mock!" }))).Once();
    }

    [Fact]
    public async Task The_generated_mock_sits_inside_the_generated_decorators_when_registered()
    {
        var mock = new GreetingDriverMock();
        mock.Setup.GreetAsync("ada").ReturnsAsync("Hi, Ada!");
        var sink = new InMemoryCallSink();
        await using var services = new ServiceCollection().AddSingleton<ICallSink>(sink).AddGreetingDriverMock(mock).BuildServiceProvider();
        var greeter = services.GetRequiredService<IGreetingDriver>();

        Assert.Equal("Hi, Ada!", await greeter.GreetAsync("ada"));
        await Assert.ThrowsAsync<DriverValidationException>(() => greeter.GreetAsync(""));

        mock.Verify.GreetAsync().Once();
        Assert.Equal("GreetAsync", Assert.Single(sink.Calls).Operation);
    }

    [Fact]
    public void A_strict_mock_names_the_unexpected_call()
    {
        var mock = new GreetingDriverMock(MockBehavior.Strict);

        var error = Assert.ThrowsAny<Exception>(() => ((IGreetingDriver)mock).Repeat("eve", new GreetingOptions()));

        Assert.Contains("Repeat(\"eve\"", error.Message, StringComparison.Ordinal);
    }
}
