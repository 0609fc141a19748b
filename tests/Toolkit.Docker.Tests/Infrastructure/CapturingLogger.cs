using Microsoft.Extensions.Logging;

namespace Toolkit.Docker.Tests;

/// <summary>Every line logged through <see cref="CapturingLogger{T}"/>, at every level, with its exception.</summary>
public sealed class LogCapture
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void Add(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}

/// <summary>An <see cref="ILogger{T}"/> that writes everything into a <see cref="LogCapture"/>.</summary>
public sealed class CapturingLogger<T>(LogCapture capture) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        capture.Add($"{logLevel} {formatter(state, exception)} {state} {exception}");
}
