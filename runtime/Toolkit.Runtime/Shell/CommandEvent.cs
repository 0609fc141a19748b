namespace Toolkit.Shell;

/// <summary>
/// One thing that happened while a command streamed: <see cref="CommandStarted"/> first, then
/// <see cref="OutputLine"/> or <see cref="OutputChunk"/> items in the order they were read, then
/// <see cref="CommandExited"/> last. Switch on the type:
/// <code>
/// await foreach (var e in shell.StreamLinesAsync(command, ct))
/// {
///     if (e is OutputLine line) Console.WriteLine($"{line.Source}: {line.Text}");
/// }
/// </code>
/// </summary>
public abstract record CommandEvent
{
    /// <summary>Only the event types of this package derive from <see cref="CommandEvent"/>.</summary>
    private protected CommandEvent()
    {
    }
}
