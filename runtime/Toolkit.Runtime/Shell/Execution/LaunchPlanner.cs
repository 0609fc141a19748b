using Toolkit.Errors;

namespace Toolkit.Shell.Execution;

/// <summary>Turns a validated <see cref="ShellCommand"/> into a <see cref="LaunchSpec"/>: working directory checked, environment built, executable found.</summary>
internal static class LaunchPlanner
{
    public static LaunchSpec Plan(ShellCommand command, string operation, bool discardStandardOutput)
    {
        string? workingDirectory = null;
        if (command.WorkingDirectory is { } given)
        {
            workingDirectory = Path.GetFullPath(given);
            if (!Directory.Exists(workingDirectory))
            {
                throw new WorkingDirectoryNotFoundException(command.Program, given, workingDirectory, operation);
            }
        }

        var environment = EnvironmentBlock.Build(command);
        var executable = ExecutableResolver.Resolve(command.Program, workingDirectory, environment, operation);
        return new LaunchSpec(
            command.Program,
            executable,
            command.Arguments,
            workingDirectory,
            environment,
            PipeStandardInput: !command.StandardInput.IsEmpty,
            DiscardStandardOutput: discardStandardOutput);
    }
}
