using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Parsing;

/// <summary>Questions about symbols that several parsers and analyzers ask.</summary>
internal static class SymbolFacts
{
    public const string ObsoleteAttributeName = "System.ObsoleteAttribute";

    /// <summary>The <c>[Obsolete]</c> attribute on <paramref name="symbol"/>, or <see langword="null"/>.</summary>
    public static AttributeData? GetObsoleteAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsAttribute(attribute, "System", "ObsoleteAttribute"))
            {
                return attribute;
            }
        }

        return null;
    }

    public static bool IsObsolete(ISymbol symbol) => GetObsoleteAttribute(symbol) is not null;

    /// <summary>Whether the type, its element types or any of its type arguments is marked <c>[Obsolete]</c>.</summary>
    public static bool UsesObsoleteType(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => UsesObsoleteType(array.ElementType),
        IPointerTypeSymbol pointer => UsesObsoleteType(pointer.PointedAtType),
        INamedTypeSymbol named => IsObsolete(named.OriginalDefinition)
            || (named.ContainingType is { } containing && UsesObsoleteType(containing))
            || named.TypeArguments.Any(UsesObsoleteType),
        _ => false,
    };

    /// <summary>Whether the attribute's class is <paramref name="ns"/>.<paramref name="name"/> (namespace as dotted parts).</summary>
    public static bool IsAttribute(AttributeData attribute, string ns, string name)
    {
        var type = attribute.AttributeClass;
        return type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;
    }

    /// <summary>Whether the type is a Toolkit attribute, by metadata name (e.g. <c>Toolkit.GenerateMockAttribute</c>).</summary>
    public static bool IsAttribute(AttributeData attribute, string metadataName)
    {
        var type = attribute.AttributeClass;
        if (type is null)
        {
            return false;
        }

        var dot = metadataName.LastIndexOf('.');
        return type.MetadataName == metadataName.Substring(dot + 1)
            && type.ContainingNamespace?.ToDisplayString() == metadataName.Substring(0, Math.Max(dot, 0));
    }

    /// <summary>The accessibility that actually applies, the most restrictive along the containing types.</summary>
    public static Accessibility EffectiveAccessibility(ISymbol symbol)
    {
        var result = symbol.DeclaredAccessibility;
        for (var containing = symbol.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            result = Min(result, containing.DeclaredAccessibility);
        }

        return result;
    }

    private static Accessibility Min(Accessibility a, Accessibility b)
    {
        static int Rank(Accessibility x) => x switch
        {
            Accessibility.Public => 5,
            Accessibility.ProtectedOrInternal => 4,
            Accessibility.Internal => 3,
            Accessibility.Protected => 2,
            Accessibility.ProtectedAndInternal => 1,
            _ => 0,
        };

        return Rank(a) <= Rank(b) ? a : b;
    }
}
