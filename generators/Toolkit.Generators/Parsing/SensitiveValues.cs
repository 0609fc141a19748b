using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Which values can hold a <c>[Sensitive]</c> value, judged by declared types: a type with a <c>[Sensitive]</c> public
/// property or field, or with a member (an item, a nullable's value) of such a type, at any depth. User code that
/// formats such a value (a record's <c>ToString()</c> prints every property) could quote the secret, so validation
/// withholds the messages it writes.
/// </summary>
/// <remarks>Framework types, type parameters, <c>object</c> and interfaces are taken not to hold one; their items are looked at.</remarks>
internal sealed class SensitiveValues
{
    private readonly Dictionary<ITypeSymbol, bool> _known = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Whether <paramref name="symbol"/> (a parameter, property or field) is marked <c>[Sensitive]</c>. A record's positional
    /// property counts as marked when its constructor parameter is: <c>record Login([Sensitive] string Password)</c> puts
    /// the attribute on the parameter only, but plainly means the property.
    /// </summary>
    public static bool IsMarked(ISymbol symbol)
        => HasAttribute(symbol)
            || (symbol is IPropertySymbol { ContainingType.IsRecord: true } property
                && property.ContainingType.InstanceConstructors.Any(c => c.Parameters.Any(p => p.Name == property.Name && SymbolEqualityComparer.Default.Equals(p.Type, property.Type) && HasAttribute(p))));

    /// <summary>The names of the members of <paramref name="type"/> that are marked or can hold a <c>[Sensitive]</c> value, once each, in declaration order.</summary>
    public IReadOnlyList<string> MembersHolding(ITypeSymbol type)
        => IsOwnType(type)
            ? Members(type).Where(m => IsMarked(m) || CanHold(TypeOf(m))).Select(m => m is IFieldSymbol { AssociatedSymbol: { } property } ? property.Name : m.Name).Distinct(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Whether a value of <paramref name="type"/> can hold a <c>[Sensitive]</c> value somewhere inside.</summary>
    public bool CanHold(ITypeSymbol type) => CanHold(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

    private bool CanHold(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        if (_known.TryGetValue(type, out var known))
        {
            return known;
        }

        if (!visiting.Add(type))
        {
            return false;
        }

        var result = ElementOf(type) is { } element
            ? CanHold(element, visiting)
            : IsOwnType(type) && Members(type).Any(m => IsMarked(m) || CanHold(TypeOf(m), visiting));

        visiting.Remove(type);
        if (visiting.Count == 0 || result)
        {
            // Only a final answer is cached: "no" inside a cycle may still become "yes" from the outer type.
            _known[type] = result;
        }

        return result;
    }

    /// <summary>The value of a <c>Nullable&lt;T&gt;</c>, the element of an array, or the item of an <c>IEnumerable&lt;T&gt;</c> other than string.</summary>
    private static ITypeSymbol? ElementOf(ITypeSymbol type)
    {
        switch (type)
        {
            case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable:
                return nullable.TypeArguments[0];
            case IArrayTypeSymbol array:
                return array.ElementType;
            case { SpecialType: SpecialType.System_String }:
                return null;
            case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable:
                return enumerable.TypeArguments[0];
            default:
                return type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0];
        }
    }

    /// <summary>A class or struct of the user's (not a framework type, a primitive, an interface or a type parameter).</summary>
    private static bool IsOwnType(ITypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return false;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return !(ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns == "Microsoft" || ns.StartsWith("Microsoft.", StringComparison.Ordinal));
    }

    /// <summary>The instance properties and fields of the type and its base types, public or not: a [Sensitive] one anywhere counts.</summary>
    private static IEnumerable<ISymbol> Members(ITypeSymbol type)
    {
        for (var level = type; level is not null && level.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); level = level.BaseType)
        {
            foreach (var member in level.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, Parameters.IsEmpty: true } or IFieldSymbol { IsStatic: false, IsConst: false })
                {
                    yield return member;
                }
            }
        }
    }

    private static bool HasAttribute(ISymbol symbol) => symbol.GetAttributes().Any(a => SymbolFacts.IsAttribute(a, Pipeline.AttributeNames.Sensitive));

    private static ITypeSymbol TypeOf(ISymbol member) => member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
}
