using Toolkit.Shell.Execution;

namespace Toolkit.Shell.Input;

/// <summary>No standard input: the process reads <c>/dev/null</c>.</summary>
internal sealed class EmptyInput : CommandInput
{
    internal override bool IsEmpty => true;

    internal override Task WriteToAsync(ChildInput pipe, CancellationToken cancellationToken) => Task.CompletedTask;

    public override string ToString() => "no input";
}
