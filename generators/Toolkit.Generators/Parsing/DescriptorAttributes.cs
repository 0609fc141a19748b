using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Types as <c>TypeDescriptor</c> describes them, read from symbols: <c>Validator</c> sees objects only through it, so
/// these rules decide which properties are validated, by which attributes and in which order.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Properties</b>: level by level from the most derived type, each level's public instance properties with a
/// public getter in declaration order, one per name (a derived property hides every base property of that name, and a
/// derived property without a public getter hides nothing).</item>
/// <item><b>A property's attributes</b>: those of every property with the same name and the same type declared on its level
/// or a base level, public or not, from the base-most level to its own; then one per <c>TypeId</c>, in the position of the
/// first and with the value of the last; then minus the attributes of the property's type, which TypeDescriptor lists
/// first but <c>Validator</c> drops (a property attribute of the same <c>TypeId</c> takes over their position).</item>
/// <item><b>A type's attributes</b>: its own, its base classes' (most derived first, whatever their
/// <c>AttributeUsage.Inherited</c>), then its interfaces' in the runtime's order, keeping the first per <c>TypeId</c>.</item>
/// </list>
/// A <c>TypeId</c> is the attribute's class unless the class overrides it; an override is taken to make every instance
/// distinct (the <c>TypeId =&gt; this</c> idiom).
/// </remarks>
internal sealed class DescriptorAttributes
{
    private readonly Dictionary<ITypeSymbol, ImmutableArray<DescribedAttribute>> _typeAttributes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, bool> _overridesTypeId = new(SymbolEqualityComparer.Default);

    /// <summary>The properties TypeDescriptor lists for <paramref name="type"/>, in its order.</summary>
    public static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var level = type; level is not null && !IsRoot(level); level = level.BaseType)
        {
            foreach (var member in level.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, Parameters.IsEmpty: true, GetMethod.DeclaredAccessibility: Accessibility.Public } property
                    && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    /// <summary>The attributes <c>Validator</c> reads for <paramref name="property"/> as TypeDescriptor lists it on its declaring type.</summary>
    /// <param name="property">A property from <see cref="Properties"/>.</param>
    /// <param name="repeated">Receives each attribute dropped because a later one of the same class on the same declaration replaced it.</param>
    public ImmutableArray<DescribedAttribute> OfProperty(IPropertySymbol property, Action<AttributeData>? repeated = null)
    {
        var levels = new List<IPropertySymbol>();
        for (var level = property.ContainingType; level is not null && !IsRoot(level); level = level.BaseType)
        {
            foreach (var member in level.GetMembers(property.Name))
            {
                if (member is IPropertySymbol { IsStatic: false, Parameters.IsEmpty: true } candidate
                    && SymbolEqualityComparer.Default.Equals(candidate.Type, property.Type))
                {
                    levels.Add(candidate);
                    break;
                }
            }
        }

        var merged = new List<(object Key, DescribedAttribute Attribute, bool FromType)>();
        var positions = new Dictionary<object, int>();

        // The member type's attributes only place member attributes of the same TypeId; a framework type carries none
        // that a member could repeat, and a member without attributes has nothing to place.
        if (!IsFrameworkType(property.Type) && levels.Any(l => !l.GetAttributes().IsEmpty))
        {
            foreach (var fromType in OfType(property.Type))
            {
                positions[KeyOf(fromType.Attribute)] = merged.Count;
                merged.Add((KeyOf(fromType.Attribute), fromType, true));
            }
        }

        for (var i = levels.Count - 1; i >= 0; i--)
        {
            var declaration = levels[i];
            foreach (var attribute in declaration.GetAttributes())
            {
                if (attribute.AttributeClass is null)
                {
                    continue;
                }

                var key = KeyOf(attribute);
                var entry = (key, new DescribedAttribute(attribute, declaration), false);
                if (positions.TryGetValue(key, out var at))
                {
                    if (repeated is not null && SymbolEqualityComparer.Default.Equals(merged[at].Attribute.Owner, declaration))
                    {
                        repeated(merged[at].Attribute.Attribute);
                    }

                    merged[at] = entry;
                }
                else
                {
                    positions[key] = merged.Count;
                    merged.Add(entry);
                }
            }
        }

        return merged.Where(m => !m.FromType).Select(m => m.Attribute).ToImmutableArray();
    }

    /// <summary>The attributes TypeDescriptor lists for <paramref name="type"/>: its own, its base classes', its interfaces', the first per <c>TypeId</c>.</summary>
    public ImmutableArray<DescribedAttribute> OfType(ITypeSymbol type)
    {
        if (_typeAttributes.TryGetValue(type, out var known))
        {
            return known;
        }

        // Reserved first: an interface hierarchy cannot loop, but a malformed one (an error type) must not recurse forever.
        _typeAttributes[type] = ImmutableArray<DescribedAttribute>.Empty;
        var all = new List<DescribedAttribute>();
        for (var level = type; level is not null && !IsRoot(level); level = level.BaseType)
        {
            all.AddRange(level.GetAttributes().Where(a => a.AttributeClass is not null).Select(a => new DescribedAttribute(a, level)));
        }

        foreach (var @interface in InterfacesInRuntimeOrder(type))
        {
            all.AddRange(OfType(@interface));
        }

        var keys = new HashSet<object>();
        var result = all.Where(a => keys.Add(KeyOf(a.Attribute))).ToImmutableArray();
        _typeAttributes[type] = result;
        return result;
    }

    /// <summary>The attributes a type declares itself that TypeDescriptor drops for an earlier one of the same class on that declaration.</summary>
    public IEnumerable<AttributeData> RepeatedOnType(INamedTypeSymbol type)
    {
        var keys = new HashSet<object>();
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is not null && !keys.Add(KeyOf(attribute)))
            {
                yield return attribute;
            }
        }
    }

    /// <summary>
    /// The interfaces of <paramref name="type"/> in the order <c>Type.GetInterfaces()</c> gives them: a class's base
    /// classes' interfaces first (from the root down), then the new ones in the order the compiler emits them.
    /// </summary>
    private static IEnumerable<INamedTypeSymbol> InterfacesInRuntimeOrder(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Interface)
        {
            return type.AllInterfaces;
        }

        var chain = new List<ITypeSymbol>();
        for (var level = type; level is not null && !IsRoot(level); level = level.BaseType)
        {
            chain.Insert(0, level);
        }

        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var ordered = new List<INamedTypeSymbol>();
        foreach (var level in chain)
        {
            ordered.AddRange(level.AllInterfaces.Where(seen.Add));
        }

        return ordered;
    }

    private static bool IsFrameworkType(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return type.SpecialType != SpecialType.None
            || ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal)
            || ns == "Microsoft" || ns.StartsWith("Microsoft.", StringComparison.Ordinal);
    }

    private static bool IsRoot(ITypeSymbol type) => type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType;

    /// <summary>The attribute's <c>TypeId</c> as a key: its class, or the instance itself when the class overrides <c>TypeId</c>.</summary>
    private object KeyOf(AttributeData attribute)
    {
        var type = attribute.AttributeClass!;
        return OverridesTypeId(type) ? attribute : type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }

    private bool OverridesTypeId(INamedTypeSymbol attributeClass)
    {
        if (_overridesTypeId.TryGetValue(attributeClass, out var known))
        {
            return known;
        }

        var result = false;
        for (var type = attributeClass; type is not null && !result; type = type.BaseType)
        {
            result = type.GetMembers("TypeId").Any(m => m is IPropertySymbol { IsOverride: true });
        }

        _overridesTypeId[attributeClass] = result;
        return result;
    }
}

/// <summary>An attribute and the symbol that declares it (a property, a type or an interface).</summary>
internal readonly record struct DescribedAttribute(AttributeData Attribute, ISymbol Owner);
