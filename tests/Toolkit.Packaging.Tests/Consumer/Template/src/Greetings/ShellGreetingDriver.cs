using Toolkit;
using Toolkit.Shell;

namespace Greetings;

/// <summary>Greets through the shell: <c>echo</c> does the talking.</summary>
/// <param name="shell">Runs <c>echo</c>.</param>
[DriverImplementation]
public sealed partial class ShellGreetingDriver(IShellDriver shell) : IGreetingDriver
{
    /// <inheritdoc />
    public async Task<string> GreetAsync(string name, CancellationToken cancellationToken = default)
    {
        var result = await shell.RunAsync(new ShellCommand("echo", $"Hello, {name}!"), cancellationToken);
        return result.StandardOutput.TrimEnd('\n');
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Repeat(string name, GreetingOptions options) =>
        Enumerable.Repeat($"{options.Salutation}, {name}!", options.Times).ToList();
}
