using Microsoft.CodeAnalysis;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Analyzers;

/// <summary>Checks specific to mocks, shared by the generator and the analyzer.</summary>
internal static class MockRules
{
    /// <summary>
    /// A mock of <paramref name="interfaceType"/> already generated in a referenced assembly and accessible here (a public
    /// mock, or an internal one through InternalsVisibleTo), or <see langword="null"/>. Generating a second one with the
    /// same name would make every use of it ambiguous (CS0436).
    /// </summary>
    public static INamedTypeSymbol? ExistingMock(INamedTypeSymbol interfaceType, Compilation compilation)
    {
        var metadataName = GeneratedNames.MockMetadataName(interfaceType.OriginalDefinition);
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly
                && assembly.GetTypeByMetadataName(metadataName) is { } existing
                && compilation.IsSymbolAccessibleWithin(existing, compilation.Assembly))
            {
                return existing;
            }
        }

        return null;
    }
}
