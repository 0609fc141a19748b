using System.Diagnostics;

namespace Toolkit.Tracking;

/// <summary>
/// Forwards a driver's <see cref="IAsyncEnumerable{T}"/> item by item and tracks each enumeration as one call,
/// from <see cref="GetAsyncEnumerator"/> to the end of the stream, its failure, or an early dispose.
/// </summary>
/// <remarks>
/// The span is not made the consumer's current activity (it would swallow the consumer's own spans and outlive
/// the loop); it is current only while the inner stream runs, so the driver's own spans (an HTTP call, say)
/// nest under it.
/// </remarks>
internal sealed class TrackedAsyncEnumerable<T> : IAsyncEnumerable<T>
{
    private readonly CallTracker _tracker;
    private readonly DriverOperation _operation;
    private readonly IAsyncEnumerable<T> _inner;
    private readonly object?[]? _arguments;

    public TrackedAsyncEnumerable(CallTracker tracker, DriverOperation operation, IAsyncEnumerable<T> inner, object?[]? arguments)
    {
        _tracker = tracker;
        _operation = operation;
        _inner = inner;
        _arguments = arguments;
    }

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        var call = new TrackedCall(_tracker, _operation, detached: true);
        if (_arguments is not null)
        {
            call.SetArguments(_arguments);
        }

        IAsyncEnumerator<T> inner;
        var previous = Activity.Current;
        try
        {
            Enter(call.Activity);
            inner = _inner.GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception exception)
        {
            call.Failed(exception);
            throw;
        }
        finally
        {
            Leave(call.Activity, previous);
        }

        return new Enumerator(inner, call);
    }

    private static void Enter(Activity? activity)
    {
        if (activity is not null)
        {
            Activity.Current = activity;
        }
    }

    private static void Leave(Activity? activity, Activity? previous)
    {
        if (activity is not null)
        {
            Activity.Current = previous;
        }
    }

    private sealed class Enumerator : IAsyncEnumerator<T>
    {
        private readonly IAsyncEnumerator<T> _inner;
        private TrackedCall _call;

        public Enumerator(IAsyncEnumerator<T> inner, TrackedCall call)
        {
            _inner = inner;
            _call = call;
        }

        public T Current => _inner.Current;

        public ValueTask<bool> MoveNextAsync()
        {
            ValueTask<bool> next;
            var activity = _call.Activity;
            var previous = Activity.Current;
            try
            {
                Enter(activity);
                next = _inner.MoveNextAsync();
            }
            catch (Exception exception)
            {
                _call.Failed(exception);
                throw;
            }
            finally
            {
                Leave(activity, previous);
            }

            if (next.IsCompletedSuccessfully)
            {
                var more = next.Result;
                if (!more)
                {
                    _call.Succeeded();
                }

                return new ValueTask<bool>(more);
            }

            return AwaitNext(next);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _inner.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                _call.Failed(exception);
                throw;
            }

            // A consumer that stops early (break, First()) ended the enumeration by choice, not by failure.
            _call.Succeeded();
        }

        private async ValueTask<bool> AwaitNext(ValueTask<bool> next)
        {
            try
            {
                var more = await next.ConfigureAwait(false);
                if (!more)
                {
                    _call.Succeeded();
                }

                return more;
            }
            catch (Exception exception)
            {
                _call.Failed(exception);
                throw;
            }
        }
    }
}
