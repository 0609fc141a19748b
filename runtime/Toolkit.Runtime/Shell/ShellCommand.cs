using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Toolkit.Shell.Execution;

namespace Toolkit.Shell;

/// <summary>
/// An immutable description of one process to run: a program and its argument list (never a string for
/// a shell to split), plus working directory, environment, standard input, output handling, timeout and
/// how to stop it. Derive variations with <see langword="with"/>:
/// <code>
/// var build = new ShellCommand("dotnet", "build", "-c", "Release") { WorkingDirectory = repo, Timeout = TimeSpan.FromMinutes(5) };
/// var test = build with { Arguments = ["test", "--no-build"] };
/// </code>
/// </summary>
/// <remarks>
/// Every argument reaches the program's <c>argv</c> exactly as given: spaces, quotes, newlines, <c>$</c>,
/// <c>*</c> and non-ASCII text are never interpreted, because no shell is involved. To run a shell
/// script on purpose, use <see cref="UnsafeShell"/>. Two commands are equal when all their settings are
/// equal, including the argument list and the environment (a stream input compares by reference).
/// </remarks>
public sealed record ShellCommand
{
    /// <summary>The default of <see cref="MaxCapturedBytes"/>: 64 MiB per stream.</summary>
    public const int DefaultMaxCapturedBytes = 64 * 1024 * 1024;

    /// <summary>The default of <see cref="MaxLineLength"/>: 1,048,576 characters.</summary>
    public const int DefaultMaxLineLength = 1024 * 1024;

    internal static readonly Encoding DefaultEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly ImmutableArray<string> _arguments = [];
    private readonly ImmutableDictionary<string, string?> _environmentVariables = ImmutableDictionary<string, string?>.Empty.WithComparers(StringComparer.Ordinal);
    private readonly CommandInput _standardInput = CommandInput.None;
    private readonly Encoding _outputEncoding = DefaultEncoding;

    /// <summary>Creates an empty description; set <see cref="Program"/> in the object initializer.</summary>
    public ShellCommand()
    {
    }

    /// <summary>Describes running <paramref name="program"/> with <paramref name="arguments"/>.</summary>
    /// <param name="program">A program name looked up in <c>PATH</c> (<c>git</c>), or a path to it (<c>./build.sh</c>, <c>/usr/bin/git</c>).</param>
    /// <param name="arguments">The arguments, each passed to the program exactly as given.</param>
    [SetsRequiredMembers]
    public ShellCommand(string program, params string[] arguments)
    {
        Program = program;
        Arguments = arguments is null ? [] : [.. arguments];
    }

    /// <summary>Describes running <paramref name="program"/> with <paramref name="arguments"/>.</summary>
    /// <param name="program">A program name looked up in <c>PATH</c>, or a path to it.</param>
    /// <param name="arguments">The arguments, each passed to the program exactly as given.</param>
    [SetsRequiredMembers]
    public ShellCommand(string program, IEnumerable<string> arguments)
    {
        Program = program;
        Arguments = arguments is null ? [] : [.. arguments];
    }

    /// <summary>
    /// Runs <paramref name="script"/> with <c>/bin/sh -c</c> (<c>cmd.exe /d /s /c</c> on Windows). UNSAFE with
    /// untrusted text: the shell expands <c>$VARIABLES</c>, globs, quotes, <c>;</c>, <c>|</c> and <c>`…`</c>, so
    /// anything spliced into <paramref name="script"/> can run arbitrary commands. Pass untrusted values as
    /// <paramref name="positionalArguments"/> instead and refer to them as <c>"$1"</c>, <c>"$2"</c>…, which the
    /// shell never re-parses: <c>ShellCommand.UnsafeShell("grep -c -- \"$1\" \"$2\" | tee count.txt", pattern, file)</c>.
    /// </summary>
    /// <param name="script">The shell script to run.</param>
    /// <param name="positionalArguments">Values for <c>$1</c>, <c>$2</c>… (POSIX shells only); passed through <c>argv</c>, never parsed.</param>
    /// <returns>A command whose program is the shell.</returns>
    public static ShellCommand UnsafeShell(string script, params string[] positionalArguments)
    {
        ArgumentNullException.ThrowIfNull(script);
        positionalArguments ??= [];
        if (OperatingSystem.IsWindows())
        {
            if (positionalArguments.Length > 0)
            {
                throw new ArgumentException("cmd.exe has no positional parameters; on Windows pass no positional arguments to UnsafeShell.", nameof(positionalArguments));
            }

            return new ShellCommand("cmd.exe", "/d", "/s", "/c", script);
        }

        // "$0" names the shell in its error messages; the caller's values start at "$1".
        return new ShellCommand("/bin/sh", ["-c", script, "sh", .. positionalArguments]);
    }

    /// <summary>A program name looked up in <c>PATH</c> (<c>git</c>), or a path to it (<c>./build.sh</c>, <c>/usr/bin/git</c>).</summary>
    /// <remarks>
    /// A name without <c>/</c> is searched in the <c>PATH</c> of the environment the process will get (after
    /// <see cref="EnvironmentVariables"/> are applied), skipping empty entries. A relative path is resolved
    /// against <see cref="WorkingDirectory"/> when it is set, as <c>execve</c> would after a <c>chdir</c>.
    /// </remarks>
    [Required(AllowEmptyStrings = false)]
    public required string Program { get; init; }

    /// <summary>The arguments, each passed to the program's <c>argv</c> exactly as given. Empty by default.</summary>
    public ImmutableArray<string> Arguments
    {
        get => _arguments;
        init => _arguments = value.IsDefault ? [] : value;
    }

    /// <summary>The directory the process starts in; <see langword="null"/> for this process's current directory. Relative paths are resolved against the current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Changes to the environment: a value adds or overrides a variable, a <see langword="null"/> value removes it.
    /// Applied on top of this process's environment, or of an empty one when <see cref="InheritEnvironment"/> is
    /// <see langword="false"/>. Names are case-sensitive. Marked <see cref="SensitiveAttribute"/>: environment variables
    /// are where secrets are usually passed, so generated tracking and validation never echo them.
    /// </summary>
    [Sensitive]
    public ImmutableDictionary<string, string?> EnvironmentVariables
    {
        get => _environmentVariables;
        init => _environmentVariables = value is null
            ? ImmutableDictionary<string, string?>.Empty.WithComparers(StringComparer.Ordinal)
            : value.WithComparers(StringComparer.Ordinal);
    }

    /// <summary>Whether the process starts from this process's environment (<see langword="true"/>, the default) or from an empty one.</summary>
    public bool InheritEnvironment { get; init; } = true;

    /// <summary>What the process reads on standard input; <see cref="CommandInput.None"/> (end-of-file at once) by default. Never echoed by generated code.</summary>
    [Sensitive]
    public CommandInput StandardInput
    {
        get => _standardInput;
        init => _standardInput = value ?? CommandInput.None;
    }

    /// <summary>What <see cref="IShellDriver.RunAsync"/> keeps of the output: <see cref="OutputCapture.Text"/> by default. Ignored when streaming.</summary>
    public OutputCapture Capture { get; init; } = OutputCapture.Text;

    /// <summary>
    /// The most bytes kept of each output stream when capturing (64 MiB by default). Output beyond it is read
    /// and dropped, so the process never blocks, and <see cref="CommandResult.StandardOutputTruncated"/> or
    /// <see cref="CommandResult.StandardErrorTruncated"/> is set.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MaxCapturedBytes { get; init; } = DefaultMaxCapturedBytes;

    /// <summary>The longest line <see cref="IShellDriver.StreamLinesAsync"/> delivers as one item, in characters; longer lines arrive in pieces. 1,048,576 by default.</summary>
    [Range(1, int.MaxValue)]
    public int MaxLineLength { get; init; } = DefaultMaxLineLength;

    /// <summary>How output is decoded into text (captured text and streamed lines): UTF-8 by default; invalid bytes become U+FFFD.</summary>
    public Encoding OutputEncoding
    {
        get => _outputEncoding;
        init => _outputEncoding = value ?? DefaultEncoding;
    }

    /// <summary>
    /// How long the process may run before it is stopped and <see cref="Toolkit.Errors.CommandTimedOutException"/> is
    /// thrown; <see langword="null"/> (the default) for no limit. The caller's <see cref="CancellationToken"/> stops it too.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// When the process is stopped (timeout or cancellation), how long it and its process group get between
    /// SIGTERM and SIGKILL. 5 seconds by default; <see cref="TimeSpan.Zero"/> kills at once.
    /// </summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// After the program exits, how long to keep waiting for end-of-file on its output while other processes
    /// (background children) still hold the pipes open. When it passes, those processes are stopped (unless
    /// <see cref="KeepBackgroundProcesses"/> is set) and reading ends. 2 seconds by default.
    /// </summary>
    public TimeSpan OutputDrainTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether a non-zero exit (or death by a signal) throws <see cref="Toolkit.Errors.CommandFailedException"/>. <see langword="true"/> by default.</summary>
    public bool ValidateExitCode { get; init; } = true;

    /// <summary>
    /// Whether processes the program left running in the background survive it. <see langword="false"/> by
    /// default: the command owns its process group, and when the program exits, any
    /// process still in it gets SIGTERM, then SIGKILL after <see cref="GracePeriod"/>, as systemd does for a
    /// service. Set it to start a daemon on purpose. Timeouts and cancellation always stop the whole group.
    /// </summary>
    public bool KeepBackgroundProcesses { get; init; }

    /// <summary>Returns a copy that sets (or overrides) the environment variable <paramref name="name"/>.</summary>
    /// <param name="name">The variable name; case-sensitive.</param>
    /// <param name="value">Its value; <see langword="null"/> removes the variable instead.</param>
    /// <returns>The new command.</returns>
    public ShellCommand WithEnvironmentVariable(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        return this with { EnvironmentVariables = EnvironmentVariables.SetItem(name, value) };
    }

    /// <summary>Returns a copy that removes the environment variable <paramref name="name"/> from the process's environment.</summary>
    /// <param name="name">The variable name; case-sensitive.</param>
    /// <returns>The new command.</returns>
    public ShellCommand WithoutEnvironmentVariable(string name) => WithEnvironmentVariable(name, null);

    /// <summary>Compares every setting, including the argument list and the environment changes.</summary>
    /// <param name="other">The command to compare with.</param>
    /// <returns><see langword="true"/> when both describe the same run.</returns>
    public bool Equals(ShellCommand? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(Program, other.Program, StringComparison.Ordinal)
            && Arguments.AsSpan().SequenceEqual(other.Arguments.AsSpan())
            && string.Equals(WorkingDirectory, other.WorkingDirectory, StringComparison.Ordinal)
            && EnvironmentEquals(EnvironmentVariables, other.EnvironmentVariables)
            && InheritEnvironment == other.InheritEnvironment
            && StandardInput.Equals(other.StandardInput)
            && Capture == other.Capture
            && MaxCapturedBytes == other.MaxCapturedBytes
            && MaxLineLength == other.MaxLineLength
            && OutputEncoding.Equals(other.OutputEncoding)
            && Timeout == other.Timeout
            && GracePeriod == other.GracePeriod
            && OutputDrainTimeout == other.OutputDrainTimeout
            && ValidateExitCode == other.ValidateExitCode
            && KeepBackgroundProcesses == other.KeepBackgroundProcesses;
    }

    /// <summary>A hash consistent with <see cref="Equals(ShellCommand?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Program, StringComparer.Ordinal);
        foreach (var argument in Arguments)
        {
            hash.Add(argument, StringComparer.Ordinal);
        }

        hash.Add(WorkingDirectory, StringComparer.Ordinal);
        hash.Add(EnvironmentVariables.Count);
        hash.Add(InheritEnvironment);
        hash.Add(StandardInput);
        hash.Add(Capture);
        hash.Add(Timeout);
        hash.Add(ValidateExitCode);
        return hash.ToHashCode();
    }

    /// <summary>
    /// The command line as a POSIX shell would read it, for logs: <c>git commit -m 'first commit'</c>.
    /// Environment values and input are not shown.
    /// </summary>
    /// <returns>The quoted command line.</returns>
    public override string ToString() => CommandLineText.Format(Program, Arguments);

    private static bool EnvironmentEquals(ImmutableDictionary<string, string?> left, ImmutableDictionary<string, string?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (name, value) in left)
        {
            if (!right.TryGetValue(name, out var otherValue) || !string.Equals(value, otherValue, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
