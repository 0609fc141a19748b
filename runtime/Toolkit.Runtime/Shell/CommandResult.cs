namespace Toolkit.Shell;

/// <summary>How a command ended, how long it ran, and the output that was captured.</summary>
/// <remarks>
/// Which output properties are filled depends on <see cref="ShellCommand.Capture"/>: text for
/// <see cref="OutputCapture.Text"/>, bytes for <see cref="OutputCapture.Bytes"/>, neither for
/// <see cref="OutputCapture.None"/> or when the command was streamed. The type has public init-only
/// properties so tests can build results for mocks: <c>new CommandResult { ExitCode = 0, StandardOutput = "ok" }</c>.
/// </remarks>
public sealed record CommandResult
{
    /// <summary>
    /// The exit code. When a signal killed the process this is 128 plus the signal number (the shell
    /// convention), and <see cref="TerminatingSignal"/> says which signal.
    /// </summary>
    public int ExitCode { get; init; }

    /// <summary>The signal that killed the process (for example 15 for SIGTERM), or <see langword="null"/> when it exited by itself.</summary>
    public int? TerminatingSignal { get; init; }

    /// <summary><see langword="true"/> when the process exited by itself with code 0.</summary>
    public bool Succeeded => ExitCode == 0 && TerminatingSignal is null;

    /// <summary>The process id it ran as.</summary>
    public int ProcessId { get; init; }

    /// <summary>The time from just before the process was started until its exit was observed.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Standard output as text (<see cref="OutputCapture.Text"/>); otherwise empty.</summary>
    public string StandardOutput { get; init; } = string.Empty;

    /// <summary>Standard error as text (<see cref="OutputCapture.Text"/>); otherwise empty.</summary>
    public string StandardError { get; init; } = string.Empty;

    /// <summary>Standard output as bytes (<see cref="OutputCapture.Bytes"/>); otherwise empty.</summary>
    public ReadOnlyMemory<byte> StandardOutputBytes { get; init; }

    /// <summary>Standard error as bytes (<see cref="OutputCapture.Bytes"/>); otherwise empty.</summary>
    public ReadOnlyMemory<byte> StandardErrorBytes { get; init; }

    /// <summary>
    /// <see langword="true"/> when standard output was longer than <see cref="ShellCommand.MaxCapturedBytes"/>: the
    /// first that many bytes were kept and the rest was read and dropped (the process was never blocked).
    /// </summary>
    public bool StandardOutputTruncated { get; init; }

    /// <summary><see langword="true"/> when standard error was longer than <see cref="ShellCommand.MaxCapturedBytes"/> and was cut the same way.</summary>
    public bool StandardErrorTruncated { get; init; }
}
