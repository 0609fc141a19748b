using System.Collections;
using System.Text;
using Toolkit.Shell;

namespace Toolkit.Packaging.Tests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI through Toolkit's own shell driver, in an environment cleaned of what the test host
/// inherited from the <c>dotnet test</c> that started it (MSBuild's variables would point the child at the wrong SDK
/// state). No build server or MSBuild node outlives a command: node reuse is off, and the shell driver stops whatever
/// is left in the command's process group when it exits.
/// </summary>
public sealed class DotnetCli
{
    private static readonly IShellDriver Shell = new ShellDriver();

    private readonly ShellCommand _template;

    public DotnetCli(string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var command = new ShellCommand("dotnet")
        {
            WorkingDirectory = workingDirectory,
            Timeout = TimeSpan.FromMinutes(10),
            ValidateExitCode = false,
        };

        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
                || name is "DOTNET_HOST_PATH" or "NUGET_PACKAGES")
            {
                command = command.WithoutEnvironmentVariable(name);
            }
        }

        command = command
            .WithEnvironmentVariable("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
            .WithEnvironmentVariable("DOTNET_NOLOGO", "1")
            .WithEnvironmentVariable("DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1")
            .WithEnvironmentVariable("DOTNET_CLI_USE_MSBUILD_SERVER", "0")
            .WithEnvironmentVariable("MSBUILDDISABLENODEREUSE", "1");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            command = command.WithEnvironmentVariable(name, value);
        }

        _template = command;
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> and returns the result, whatever the exit code.</summary>
    public Task<CommandResult> RunAsync(params string[] arguments) =>
        Shell.RunAsync(_template with { Arguments = [.. arguments] });

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; a non-zero exit fails with the command's output.</summary>
    public async Task<CommandResult> RunSuccessfullyAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(Describe(arguments, result));
        }

        return result;
    }

    /// <summary>The command line, its exit code and the end of its output, for failure messages.</summary>
    public static string Describe(IEnumerable<string> arguments, CommandResult result)
    {
        var text = new StringBuilder()
            .Append("`dotnet ").AppendJoin(' ', arguments).Append("` exited with ").Append(result.ExitCode).AppendLine(".")
            .AppendLine(Tail(result.StandardOutput))
            .Append(Tail(result.StandardError));
        return text.ToString();
    }

    private static string Tail(string output) => output.Length <= 6000 ? output : "…" + output[^6000..];
}
