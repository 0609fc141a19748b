using System.Text.Json;
using Toolkit.Docker.Json;

namespace Toolkit.Docker.Transport;

/// <summary>Builds the <c>filters</c> query parameter: a JSON map from filter name to accepted values.</summary>
internal sealed class DockerFilters
{
    private readonly Dictionary<string, List<string>> _filters = new(StringComparer.Ordinal);

    public DockerFilters Add(string name, string? value)
    {
        if (value is not null)
        {
            if (!_filters.TryGetValue(name, out var values))
            {
                _filters[name] = values = [];
            }

            values.Add(value);
        }

        return this;
    }

    /// <summary>Adds label filters: <c>key=value</c>, or <c>key</c> alone for "has the label".</summary>
    public DockerFilters AddLabels(IReadOnlyDictionary<string, string?>? labels, string parameter)
    {
        if (labels is null)
        {
            return this;
        }

        foreach (var (key, value) in labels)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException("Label filter keys must not be empty.", parameter);
            }

            Add("label", value is null ? key : key + "=" + value);
        }

        return this;
    }

    /// <summary>The JSON for the query, or <see langword="null"/> when there is no filter.</summary>
    public string? ToQueryValue()
    {
        if (_filters.Count == 0)
        {
            return null;
        }

        var map = new Dictionary<string, string[]>(_filters.Count, StringComparer.Ordinal);
        foreach (var (key, values) in _filters)
        {
            map[key] = [.. values];
        }

        return JsonSerializer.Serialize(map, DockerJsonContext.Default.DictionaryStringStringArray);
    }
}
