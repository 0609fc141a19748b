using System.Collections;

namespace Toolkit.Shell.Execution;

/// <summary>Computes the complete environment a command's process gets.</summary>
internal static class EnvironmentBlock
{
    /// <summary>
    /// This process's environment (read through <see cref="Environment"/>, so changes made with
    /// <see cref="Environment.SetEnvironmentVariable(string, string)"/> count), or an empty one, with the
    /// command's additions, overrides and removals applied.
    /// </summary>
    public static Dictionary<string, string> Build(ShellCommand command)
    {
        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        Dictionary<string, string> environment;
        if (command.InheritEnvironment)
        {
            var current = Environment.GetEnvironmentVariables();
            environment = new Dictionary<string, string>(current.Count + command.EnvironmentVariables.Count, comparer);
            foreach (DictionaryEntry entry in current)
            {
                if (entry.Key is string name && entry.Value is string value)
                {
                    environment[name] = value;
                }
            }
        }
        else
        {
            environment = new Dictionary<string, string>(command.EnvironmentVariables.Count, comparer);
        }

        foreach (var (name, value) in command.EnvironmentVariables)
        {
            if (value is null)
            {
                environment.Remove(name);
            }
            else
            {
                environment[name] = value;
            }
        }

        return environment;
    }
}
