using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Toolkit.Packaging.Tests.Infrastructure;

/// <summary>Reads what a built assembly references and declares, as metadata, without loading it.</summary>
internal static class AssemblyMetadata
{
    /// <summary>The names of the assemblies <paramref name="path"/> references, and the full names of the types it defines.</summary>
    public static (IReadOnlySet<string> References, IReadOnlySet<string> Types) Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .ToHashSet(StringComparer.Ordinal);
        var types = metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Select(type => metadata.GetString(type.Namespace) is { Length: > 0 } ns ? ns + "." + metadata.GetString(type.Name) : metadata.GetString(type.Name))
            .ToHashSet(StringComparer.Ordinal);
        return (references, types);
    }
}
