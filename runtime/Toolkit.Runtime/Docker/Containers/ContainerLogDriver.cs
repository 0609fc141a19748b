using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Containers;

/// <summary>The engine log driver a container's output is stored with.</summary>
/// <param name="Type">The driver name, for example <c>local</c> or <c>json-file</c>.</param>
/// <param name="Options">Driver options, for example <c>max-size</c>.</param>
public sealed record ContainerLogDriver([property: Required(AllowEmptyStrings = false)] string Type, IReadOnlyDictionary<string, string>? Options = null)
{
    /// <summary>The <c>local</c> driver: compact, rotated, and byte-exact for binary output.</summary>
    public static ContainerLogDriver Local { get; } = new("local");

    /// <summary>The <c>json-file</c> driver, the engine's usual default.</summary>
    public static ContainerLogDriver JsonFile { get; } = new("json-file");
}
