namespace Toolkit.Shell;

/// <summary>What <see cref="IShellDriver.RunAsync"/> keeps of a command's standard output and standard error.</summary>
public enum OutputCapture
{
    /// <summary>
    /// Keep both streams, decoded with <see cref="ShellCommand.OutputEncoding"/>, in
    /// <see cref="CommandResult.StandardOutput"/> and <see cref="CommandResult.StandardError"/>.
    /// </summary>
    Text = 0,

    /// <summary>Keep both streams as raw bytes, in <see cref="CommandResult.StandardOutputBytes"/> and <see cref="CommandResult.StandardErrorBytes"/>.</summary>
    Bytes = 1,

    /// <summary>
    /// Quiet: keep nothing. On Linux standard output goes straight to <c>/dev/null</c>, so it is never copied
    /// into this process at all; standard error is read and dropped, except for its last 4 KiB, which a
    /// <see cref="Toolkit.Errors.CommandFailedException"/> quotes to say why the command failed.
    /// </summary>
    None = 2,
}
