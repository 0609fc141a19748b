using System.Collections.Immutable;

namespace Toolkit.Shell.Execution;

/// <summary>A validated, resolved command, ready for a <see cref="ProcessLauncher"/>.</summary>
/// <param name="Program">The program as the caller gave it; it becomes <c>argv[0]</c>.</param>
/// <param name="ExecutablePath">The absolute path of the file to execute.</param>
/// <param name="Arguments">The arguments, <c>argv[1..]</c>.</param>
/// <param name="WorkingDirectory">The absolute working directory, or <see langword="null"/> for the current one.</param>
/// <param name="Environment">The complete environment of the process.</param>
/// <param name="PipeStandardInput">Whether standard input is a pipe (otherwise <c>/dev/null</c>).</param>
/// <param name="DiscardStandardOutput">Whether standard output goes to <c>/dev/null</c> instead of a pipe.</param>
internal sealed record LaunchSpec(
    string Program,
    string ExecutablePath,
    ImmutableArray<string> Arguments,
    string? WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    bool PipeStandardInput,
    bool DiscardStandardOutput);
