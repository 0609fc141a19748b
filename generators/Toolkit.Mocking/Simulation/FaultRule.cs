namespace Toolkit.Mocking.Simulation;

/// <summary>When a simulated fault strikes: on the n-th call, on every n-th call, or with a seeded probability.</summary>
internal sealed class FaultRule
{
    private readonly FaultKind _kind;
    private readonly int _number;
    private readonly double _probability;
    private readonly Random? _random;
    private readonly Func<Exception> _exception;
    private int _calls;

    private FaultRule(FaultKind kind, int number, double probability, int seed, Func<Exception> exception)
    {
        _kind = kind;
        _number = number;
        _probability = probability;
        _random = kind == FaultKind.Random ? new Random(seed) : null;
        _exception = exception;
    }

    private enum FaultKind
    {
        OnCall,
        Every,
        Random,
    }

    public static FaultRule OnCall(int callNumber, Func<Exception> exception)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(callNumber, 1);
        ArgumentNullException.ThrowIfNull(exception);
        return new FaultRule(FaultKind.OnCall, callNumber, 0, 0, exception);
    }

    public static FaultRule Every(int interval, Func<Exception> exception)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, 1);
        ArgumentNullException.ThrowIfNull(exception);
        return new FaultRule(FaultKind.Every, interval, 0, 0, exception);
    }

    public static FaultRule Randomly(double probability, int seed, Func<Exception> exception)
    {
        if (double.IsNaN(probability) || probability < 0 || probability > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must be between 0 and 1.");
        }

        ArgumentNullException.ThrowIfNull(exception);
        return new FaultRule(FaultKind.Random, 0, probability, seed, exception);
    }

    /// <summary>Counts one call and returns the exception to throw, or <see langword="null"/>.</summary>
    public Exception? Evaluate()
    {
        var call = Interlocked.Increment(ref _calls);
        switch (_kind)
        {
            case FaultKind.OnCall:
                return call == _number ? _exception() : null;
            case FaultKind.Every:
                return call % _number == 0 ? _exception() : null;
            default:
                double draw;
                lock (_random!)
                {
                    draw = _random.NextDouble();
                }

                return draw < _probability ? _exception() : null;
        }
    }
}
