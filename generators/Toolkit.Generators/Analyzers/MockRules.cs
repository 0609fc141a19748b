using Microsoft.CodeAnalysis;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Analyzers;

/// <summary>Checks specific to mocks, shared by the generator and the analyzer.</summary>
internal static class MockRules
{
    /// <summary>The metadata name of the generated mocks' base class, in the Toolkit.Mocking package.</summary>
    public const string MockBaseMetadataName = "Toolkit.Mocking.MockBase`1";

    /// <summary>
    /// Whether the mocking runtime (the Toolkit.Mocking package) is referenced. Mocks are test code: production
    /// projects reference Toolkit.Generators or Toolkit.Runtime only, and a mock requested there gets TK0054 instead.
    /// </summary>
    public static bool HasMockingRuntime(Compilation compilation)
        => compilation.GetTypeByMetadataName(MockBaseMetadataName) is not null;

    /// <summary>
    /// A mock of <paramref name="interfaceType"/> already generated in a referenced assembly and accessible here (a public
    /// mock, or an internal one through InternalsVisibleTo), or <see langword="null"/>. Generating a second one with the
    /// same name would make every use of it ambiguous (CS0436).
    /// </summary>
    public static INamedTypeSymbol? ExistingMock(INamedTypeSymbol interfaceType, Compilation compilation)
    {
        // The compilation caches this lookup across its references; its own assembly (where the generated mock lives
        // while the analyzer runs) is skipped.
        foreach (var existing in compilation.GetTypesByMetadataName(GeneratedNames.MockMetadataName(interfaceType.OriginalDefinition)))
        {
            if (!SymbolEqualityComparer.Default.Equals(existing.ContainingAssembly, compilation.Assembly)
                && compilation.IsSymbolAccessibleWithin(existing, compilation.Assembly))
            {
                return existing;
            }
        }

        return null;
    }
}
