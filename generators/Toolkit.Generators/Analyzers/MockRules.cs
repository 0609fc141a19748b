using Microsoft.CodeAnalysis;
using Toolkit.Generators.Model;
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

    /// <summary>The name the mock of <paramref name="interfaceType"/> takes, as the analyzer sees the request.</summary>
    public static MockNameClaim Claim(INamedTypeSymbol interfaceType, bool isInterfaceLevel)
    {
        var definition = interfaceType.OriginalDefinition;
        return new MockNameClaim
        {
            MockMetadataName = GeneratedNames.MockMetadataName(definition),
            InterfaceMetadataName = Parsing.InterfaceParser.MetadataNameOf(definition),
            IsInterfaceLevel = isInterfaceLevel,
            DropsPrefix = GeneratedNames.StripInterfacePrefix(definition.Name) != definition.Name,
        };
    }

    /// <summary>The name the mock of <paramref name="model"/> takes, as the generator sees the request.</summary>
    public static MockNameClaim Claim(InterfaceModel model, bool isInterfaceLevel) => new()
    {
        MockMetadataName = GeneratedNames.MockMetadataName(model),
        InterfaceMetadataName = model.MetadataName,
        IsInterfaceLevel = isInterfaceLevel,
        DropsPrefix = GeneratedNames.StripInterfacePrefix(model.Name) != Identifiers.Unescape(model.Name),
    };

    /// <summary>
    /// The requests that lose their mock's name to another (TK0070), each with the one that keeps it. Mocks are named
    /// after the interface without its leading <c>I</c>, so <c>IFoo</c> and <c>Foo</c> (a COM class interface beside its
    /// <c>IFoo</c>, say) would both get <c>FooMock</c>. One request per name is generated, chosen in this order:
    /// <c>[GenerateMock]</c> on an interface before <c>[assembly: GenerateMock]</c>; an interface whose name has the
    /// dropped <c>I</c> before one without; then the ordinal order of the interfaces' metadata names.
    /// </summary>
    public static IEnumerable<(MockNameClaim Loser, MockNameClaim Winner)> NameClashes(IEnumerable<MockNameClaim> claims)
    {
        foreach (var group in claims.GroupBy(c => c.MockMetadataName, StringComparer.Ordinal))
        {
            var ordered = group
                .OrderByDescending(c => c.IsInterfaceLevel)
                .ThenByDescending(c => c.DropsPrefix)
                .ThenBy(c => c.InterfaceMetadataName, StringComparer.Ordinal)
                .ToList();
            foreach (var loser in ordered.Skip(1))
            {
                yield return (loser, ordered[0]);
            }
        }
    }
}
