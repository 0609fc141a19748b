using System.Globalization;
using System.Text;
using Toolkit.Errors;

namespace Toolkit.Shell.Execution;

/// <summary>
/// Checks a <see cref="ShellCommand"/> before anything is started, and throws an <see cref="ArgumentException"/>
/// that names the property, shows the value and says what is wrong with it.
/// </summary>
internal static class ShellCommandValidator
{
    // The longest delay Task.Delay and CancelAfter accept.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(int.MaxValue);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Validate(ShellCommand command, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(command, parameterName);

        if (string.IsNullOrWhiteSpace(command.Program))
        {
            throw new ArgumentException($"ShellCommand.Program is {(command.Program is null ? "null" : "empty")}. Set it to the program to run, for example \"git\" or \"/usr/bin/git\".", parameterName);
        }

        CheckText(command.Program, "ShellCommand.Program", parameterName);

        for (var i = 0; i < command.Arguments.Length; i++)
        {
            var argument = command.Arguments[i];
            var name = string.Create(CultureInfo.InvariantCulture, $"ShellCommand.Arguments[{i}]");
            if (argument is null)
            {
                throw new ArgumentException($"{name} is null. Pass \"\" for an empty argument, or leave the item out.", parameterName);
            }

            CheckText(argument, name, parameterName);
        }

        if (command.WorkingDirectory is { } directory)
        {
            if (directory.Length == 0)
            {
                throw new ArgumentException("ShellCommand.WorkingDirectory is empty. Use null for this process's current directory, or give a path.", parameterName);
            }

            CheckText(directory, "ShellCommand.WorkingDirectory", parameterName);
        }

        foreach (var (variable, value) in command.EnvironmentVariables)
        {
            if (variable.Length == 0 || variable.Contains('=', StringComparison.Ordinal))
            {
                throw new ArgumentException($"ShellCommand.EnvironmentVariables has the name {ErrorText.Quote(variable)}, which is not a valid variable name: it must be non-empty and contain no '='.", parameterName);
            }

            CheckText(variable, $"The name of environment variable {ErrorText.Quote(variable)}", parameterName);
            if (value != null)
            {
                CheckText(value, $"ShellCommand.EnvironmentVariables[{ErrorText.Quote(variable)}]", parameterName);
            }
        }

        if (command.Timeout is { } timeout && (timeout <= TimeSpan.Zero || timeout > MaxDelay))
        {
            throw new ArgumentOutOfRangeException(parameterName, timeout, $"ShellCommand.Timeout is {timeout}. It must be greater than zero and at most {MaxDelay}, or null for no timeout.");
        }

        CheckDelay(command.GracePeriod, "ShellCommand.GracePeriod", parameterName);
        CheckDelay(command.OutputDrainTimeout, "ShellCommand.OutputDrainTimeout", parameterName);

        if (command.MaxCapturedBytes < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, command.MaxCapturedBytes, $"ShellCommand.MaxCapturedBytes is {command.MaxCapturedBytes}. It must be zero or more; use Capture = OutputCapture.None to keep nothing.");
        }

        if (command.MaxLineLength < 1)
        {
            throw new ArgumentOutOfRangeException(parameterName, command.MaxLineLength, $"ShellCommand.MaxLineLength is {command.MaxLineLength}. It must be at least 1.");
        }

        if (!Enum.IsDefined(command.Capture))
        {
            throw new ArgumentOutOfRangeException(parameterName, command.Capture, $"ShellCommand.Capture is {(int)command.Capture}, which is not an OutputCapture value. Use Text, Bytes or None.");
        }
    }

    private static void CheckDelay(TimeSpan value, string name, string parameterName)
    {
        if (value < TimeSpan.Zero || value > MaxDelay)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{name} is {value}. It must be between zero and {MaxDelay}.");
        }
    }

    // A process receives NUL-terminated UTF-8: a NUL would silently cut the value, and an unpaired surrogate cannot be encoded.
    private static void CheckText(string value, string name, string parameterName)
    {
        var nul = value.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new ArgumentException($"{name} ({ErrorText.Quote(value)}) contains a NUL character at index {nul}, which the operating system cannot pass to a process. Remove it, or send binary data on standard input.", parameterName);
        }

        try
        {
            _ = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException($"{name} ({ErrorText.Quote(value)}) contains an unpaired UTF-16 surrogate at index {ex.Index}, which cannot be encoded as UTF-8. Fix the string.", parameterName, ex);
        }
    }
}
