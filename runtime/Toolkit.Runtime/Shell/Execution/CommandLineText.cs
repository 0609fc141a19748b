using System.Text;

namespace Toolkit.Shell.Execution;

/// <summary>Renders a program and its arguments as a POSIX shell command line, for logs and <see cref="ShellCommand.ToString"/>.</summary>
internal static class CommandLineText
{
    public static string Format(string? program, IReadOnlyList<string> arguments)
    {
        var builder = new StringBuilder();
        Append(builder, program ?? string.Empty);
        foreach (var argument in arguments)
        {
            builder.Append(' ');
            Append(builder, argument ?? string.Empty);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string value)
    {
        if (value.Length > 0 && value.AsSpan().IndexOfAnyExcept(SafeCharacters) < 0)
        {
            builder.Append(value);
            return;
        }

        // Single quotes keep everything literal; a single quote itself is closed, escaped and reopened.
        builder.Append('\'').Append(value.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'');
    }

    private static readonly System.Buffers.SearchValues<char> SafeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%");
}
