using Greetings;
using Microsoft.Extensions.DependencyInjection;
using Toolkit.Errors;
using Toolkit.Shell;
using Toolkit.Tracking;
using Toolkit;

var sink = new InMemoryCallSink();
await using var services = new ServiceCollection()
    .AddSingleton<ICallSink>(sink)
    .AddShellDriver<ShellDriver>()
    .AddGreetingDriver<ShellGreetingDriver>()
    .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

var greeter = services.GetRequiredService<IGreetingDriver>();
Console.WriteLine($"chain: {greeter.GetType().Name}");
Console.WriteLine($"greeting: {await greeter.GreetAsync("package")}");
Console.WriteLine($"repeat: {string.Join(" ", greeter.Repeat("twice", new GreetingOptions { Times = 2, Salutation = "Hi" }))}");
try
{
    greeter.Repeat("nobody", new GreetingOptions { Times = 9, Salutation = "hey" });
}
catch (DriverValidationException error)
{
    Console.WriteLine($"rejected: {string.Join(", ", error.Failures.Select(f => $"{f.Path} [{f.Rule}]"))}");
}

foreach (var call in sink.Calls)
{
    Console.WriteLine($"tracked: {call.Driver}.{call.Operation} {call.Outcome}");
}
