using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Toolkit.Decorators.Tests.Support;

/// <summary>A real <see cref="MeterListener"/> that keeps every measurement of one instrument of one meter.</summary>
public sealed class HistogramRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public HistogramRecorder(string meterName, string instrumentName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && instrument.Name == instrumentName)
            {
                Instrument = instrument;
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            _measurements.Enqueue(new Measurement(value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value))));
        _listener.Start();
    }

    public Instrument? Instrument { get; private set; }

    public IReadOnlyList<Measurement> Measurements => _measurements.ToArray();

    public void Dispose() => _listener.Dispose();

    public sealed record Measurement(double Value, IReadOnlyDictionary<string, object?> Tags);
}
