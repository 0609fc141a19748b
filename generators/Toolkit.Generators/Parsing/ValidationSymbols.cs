using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Parsing;

/// <summary>The framework types validation parsing compares against, resolved once per compilation.</summary>
internal sealed class ValidationSymbols
{
    public const string DataAnnotationsNamespace = "System.ComponentModel.DataAnnotations.";

    private ValidationSymbols(Compilation compilation)
    {
        ValidationAttribute = compilation.GetTypeByMetadataName(DataAnnotationsNamespace + "ValidationAttribute");
        RequiredAttribute = compilation.GetTypeByMetadataName(DataAnnotationsNamespace + "RequiredAttribute");
        DisplayAttribute = compilation.GetTypeByMetadataName(DataAnnotationsNamespace + "DisplayAttribute");
        ValidatableObject = compilation.GetTypeByMetadataName(DataAnnotationsNamespace + "IValidatableObject");
        ValidationContext = compilation.GetTypeByMetadataName(DataAnnotationsNamespace + "ValidationContext");
        Collection = compilation.GetTypeByMetadataName("System.Collections.ICollection");
        EnumerableOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
        ListOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
        IListOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IList_T);
        IReadOnlyListOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IReadOnlyList_T);
    }

    public INamedTypeSymbol? ValidationAttribute { get; }

    public INamedTypeSymbol? RequiredAttribute { get; }

    public INamedTypeSymbol? DisplayAttribute { get; }

    public INamedTypeSymbol? ValidatableObject { get; }

    public INamedTypeSymbol? ValidationContext { get; }

    public INamedTypeSymbol? Collection { get; }

    public INamedTypeSymbol EnumerableOfT { get; }

    public INamedTypeSymbol? ListOfT { get; }

    public INamedTypeSymbol IListOfT { get; }

    public INamedTypeSymbol IReadOnlyListOfT { get; }

    public static ValidationSymbols From(Compilation compilation) => new(compilation);

    public bool IsValidationAttribute(INamedTypeSymbol? type) => DerivesFrom(type, ValidationAttribute);

    public bool IsRequiredLike(INamedTypeSymbol? type) => DerivesFrom(type, RequiredAttribute);

    public static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    public bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface)
    {
        if (@interface is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface))
        {
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, @interface))
            {
                return true;
            }
        }

        return false;
    }
}
