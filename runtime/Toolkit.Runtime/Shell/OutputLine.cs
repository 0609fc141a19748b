namespace Toolkit.Shell;

/// <summary>
/// One line of output, without its line ending (<c>\n</c> or <c>\r\n</c>). A line longer than
/// <see cref="ShellCommand.MaxLineLength"/> characters arrives as several consecutive items.
/// </summary>
/// <param name="Source">The stream the line came from.</param>
/// <param name="Text">The line's text, decoded with <see cref="ShellCommand.OutputEncoding"/>.</param>
public sealed record OutputLine(OutputSource Source, string Text) : CommandEvent;
