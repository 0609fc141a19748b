using System.Text;
using Toolkit.Shell.Execution;
using Toolkit.Shell.Input;

namespace Toolkit.Shell;

/// <summary>
/// What a command reads on standard input: nothing (the default: it reads end-of-file at once, so it can
/// never hang waiting for a terminal), text, bytes or a stream. Create one with the static methods.
/// </summary>
/// <remarks>
/// If the process exits or closes its standard input before reading everything, the rest is dropped
/// silently: that is how pipes behave in a shell (<c>yes | head -1</c>) and is not an error.
/// </remarks>
public abstract class CommandInput
{
    /// <summary>Only the input kinds of this package derive from <see cref="CommandInput"/>.</summary>
    private protected CommandInput()
    {
    }

    /// <summary>No input: standard input is <c>/dev/null</c>.</summary>
    public static CommandInput None { get; } = new EmptyInput();

    /// <summary>Text, encoded with <paramref name="encoding"/> (UTF-8 without a byte order mark when omitted).</summary>
    /// <param name="text">The text to write.</param>
    /// <param name="encoding">The encoding; UTF-8 when <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static CommandInput FromText(string text, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new BytesInput((encoding ?? ShellCommand.DefaultEncoding).GetBytes(text));
    }

    /// <summary>Bytes, written as they are. The memory is not copied: do not change it while the command runs.</summary>
    /// <param name="bytes">The bytes to write.</param>
    /// <returns>The input.</returns>
    public static CommandInput FromBytes(ReadOnlyMemory<byte> bytes) => new BytesInput(bytes);

    /// <summary>
    /// The rest of a stream, read as the process consumes it (so a large file is never loaded into memory).
    /// The stream is not disposed. A stream can be read only once, so a command that uses one can run only once.
    /// If reading the stream fails, the process is stopped and the error is thrown from the run.
    /// </summary>
    /// <param name="stream">A readable stream.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    public static CommandInput FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream given as standard input cannot be read (CanRead is false). Pass a readable stream.", nameof(stream));
        }

        return new StreamInput(stream);
    }

    /// <summary>Whether there is nothing to write, so standard input can be <c>/dev/null</c> instead of a pipe.</summary>
    internal abstract bool IsEmpty { get; }

    /// <summary>Writes the input into the process's standard input pipe; the caller closes the pipe afterwards.</summary>
    internal abstract Task WriteToAsync(ChildInput pipe, CancellationToken cancellationToken);
}
