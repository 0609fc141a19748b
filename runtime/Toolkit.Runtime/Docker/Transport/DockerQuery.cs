using System.Globalization;
using System.Text;

namespace Toolkit.Docker.Transport;

/// <summary>Builds an escaped query string for an engine request.</summary>
internal sealed class DockerQuery
{
    private readonly StringBuilder _builder = new();

    public DockerQuery Add(string name, string? value)
    {
        if (value is not null)
        {
            _builder.Append(_builder.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return this;
    }

    /// <summary>Adds a flag as the engine reads it (<c>1</c> or <c>0</c>).</summary>
    public DockerQuery Add(string name, bool value) => Add(name, value ? "1" : "0");

    public DockerQuery Add(string name, long? value) =>
        value is null ? this : Add(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => _builder.ToString();
}
