using Microsoft.CodeAnalysis;
using Toolkit.Generators.Model;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Reads what the tracking decorator needs from an interface symbol: the driver name and, for every argument type
/// that holds <c>[Sensitive]</c> data (directly, in a nested object, or in the items of a collection), a renderer
/// description, so recorded arguments never carry a sensitive value.
/// </summary>
internal sealed class TrackingParser
{
    public const string SensitiveAttribute = Pipeline.AttributeNames.Sensitive;
    public const string DriverNameArgument = "DriverName";

    // Deep object graphs are rendered only this far; the renderer stops with "…" beyond.
    private const int MaxTypeDepth = 8;

    private readonly TypeModelFactory _types = new();
    private readonly Dictionary<ITypeSymbol, bool> _needsRedaction = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, int> _rendererIndex = new(StringComparer.Ordinal);
    private readonly List<RedactedTypeModel?> _renderers = new();
    private readonly ExperimentalApis _experimental = new();
    private readonly CancellationToken _cancellationToken;

    private TrackingParser(CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
    }

    public static TrackingModel Parse(INamedTypeSymbol @interface, CancellationToken cancellationToken)
    {
        @interface = @interface.OriginalDefinition;
        var parser = new TrackingParser(cancellationToken);
        foreach (var type in new[] { @interface }.Concat(@interface.AllInterfaces))
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.MethodKind != MethodKind.Ordinary || method.IsStatic)
                {
                    continue;
                }

                foreach (var parameter in method.Parameters)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (parameter.RefKind != RefKind.Out && !HasSensitive(parameter))
                    {
                        parser.RendererFor(parameter.Type, depth: 0);
                    }
                }
            }
        }

        return new TrackingModel
        {
            DriverName = DriverNameOf(@interface),
            TelemetryName = MetadataNameOf(@interface),
            RedactedTypes = parser._renderers.Select(r => r!).ToEquatableArray(),
            ExperimentalDiagnosticIds = parser._experimental.Ids,
        };
    }

    /// <summary>The <c>DriverName</c> set on <c>[GenerateTracking]</c> when it is usable, otherwise the name derived from the interface.</summary>
    public static string DriverNameOf(INamedTypeSymbol @interface)
    {
        var configured = ConfiguredDriverName(@interface);
        return string.IsNullOrWhiteSpace(configured) ? ValidationParser.DriverNameOf(@interface.Name) : configured!.Trim();
    }

    /// <summary>The <c>DriverName</c> argument of <c>[GenerateTracking]</c>, or <see langword="null"/> when not set.</summary>
    public static string? ConfiguredDriverName(INamedTypeSymbol @interface)
    {
        foreach (var attribute in @interface.GetAttributes())
        {
            if (SymbolFacts.IsAttribute(attribute, Pipeline.AttributeNames.GenerateTracking))
            {
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == DriverNameArgument)
                    {
                        return named.Value.Value as string ?? "";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The name <c>Type.FullName</c> gives the interface: <c>N.IShellDriver</c>, <c>N.Outer+IInner</c>, <c>N.IRepo`1</c>.</summary>
    public static string MetadataNameOf(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            name = containing.MetadataName + "+" + name;
        }

        var ns = TypeModelFactory.NamespaceName(type.ContainingNamespace).Replace("@", "");
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static bool HasSensitive(ISymbol symbol)
        => symbol.GetAttributes().Any(a => SymbolFacts.IsAttribute(a, SensitiveAttribute));

    /// <summary>The renderer for values of <paramref name="type"/>, creating it (and those it needs) on first use; -1 when none is needed.</summary>
    private int RendererFor(ITypeSymbol type, int depth)
    {
        if (depth > MaxTypeDepth || !NeedsRedaction(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)))
        {
            return -1;
        }

        var key = KeyOf(type);
        if (_rendererIndex.TryGetValue(key, out var existing))
        {
            return existing;
        }

        // Reserve the slot first: a type that contains itself renders through its own index.
        var index = _renderers.Count;
        _experimental.AddType(type);
        _rendererIndex[key] = index;
        _renderers.Add(null);

        RedactedTypeModel model;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            model = new RedactedTypeModel
            {
                TypeName = key,
                DisplayName = ShortName(nullable.TypeArguments[0]),
                IsValueType = true,
                IsNullableValueType = true,
                ElementRenderer = RendererFor(nullable.TypeArguments[0], depth + 1),
            };
        }
        else if (ElementTypeOf(type) is { } element)
        {
            model = new RedactedTypeModel
            {
                TypeName = key,
                DisplayName = ShortName(type),
                IsValueType = type.IsValueType,
                IsCollection = true,
                ElementRenderer = RendererFor(element, depth + 1),
            };
        }
        else
        {
            var members = new List<RedactedMemberModel>();
            foreach (var member in ReadableMembers(type))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
                var unrecordable = memberType.IsRefLikeType || memberType.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer;
                var sensitive = HasSensitive(member);
                if (!sensitive && !unrecordable)
                {
                    // The renderer reads this one.
                    _experimental.AddMember(member);
                }

                members.Add(new RedactedMemberModel
                {
                    Name = member.Name,
                    EscapedName = Naming.Identifiers.Escape(member.Name),
                    IsSensitive = sensitive,
                    IsUnrecordable = unrecordable && !sensitive,
                    TypeDisplayName = ShortName(memberType),
                    Renderer = sensitive || unrecordable ? -1 : RendererFor(memberType, depth + 1),
                });
            }

            model = new RedactedTypeModel
            {
                TypeName = key,
                DisplayName = ShortName(type),
                IsValueType = type.IsValueType,
                Members = members.ToEquatableArray(),
            };
        }

        _renderers[index] = model;
        return index;
    }

    /// <summary>Whether values of <paramref name="type"/> can hold a <c>[Sensitive]</c> value somewhere inside.</summary>
    private bool NeedsRedaction(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        if (_needsRedaction.TryGetValue(type, out var known))
        {
            return known;
        }

        if (!IsRenderable(type) || !visiting.Add(type))
        {
            return false;
        }

        bool result;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            result = NeedsRedaction(nullable.TypeArguments[0], visiting);
        }
        else if (ElementTypeOf(type) is { } element)
        {
            result = NeedsRedaction(element, visiting);
        }
        else
        {
            result = false;
            foreach (var member in ReadableMembers(type))
            {
                var memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
                if (HasSensitive(member) || NeedsRedaction(memberType, visiting))
                {
                    result = true;
                    break;
                }
            }
        }

        visiting.Remove(type);
        if (visiting.Count == 0 || result)
        {
            // Only a final answer is cached: "no" inside a cycle may still become "yes" from the outer type.
            _needsRedaction[type] = result;
        }

        return result;
    }

    /// <summary>Types the generated renderer can name and read: no type parameters, no framework primitives.</summary>
    private static bool IsRenderable(ITypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None
            || type.TypeKind is TypeKind.TypeParameter or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Error or TypeKind.Dynamic or TypeKind.Enum or TypeKind.Delegate
            || type.IsRefLikeType
            || ContainsTypeParameter(type))
        {
            return false;
        }

        // Framework types never carry our attribute; skipping them keeps the walk short.
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return !(ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal))
            || ElementTypeOf(type) is not null
            || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
    }

    private static bool ContainsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => ContainsTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsTypeParameter),
        _ => false,
    };

    /// <summary>The item type of an array or an <c>IEnumerable&lt;T&gt;</c> (other than <see cref="string"/>), or <see langword="null"/>.</summary>
    private static ITypeSymbol? ElementTypeOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable)
        {
            return enumerable.TypeArguments[0];
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return implemented.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>Public instance properties (with a public getter, no indexers) and public fields, base types' first.</summary>
    private static IEnumerable<ISymbol> ReadableMembers(ITypeSymbol type)
    {
        var chain = new List<ITypeSymbol>();
        if (type.TypeKind == TypeKind.Interface)
        {
            chain.AddRange(type.AllInterfaces.Reverse());
            chain.Add(type);
        }
        else
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
            {
                chain.Insert(0, current);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaring in chain)
        {
            foreach (var member in declaring.GetMembers())
            {
                var readable = member switch
                {
                    IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public, ReturnsByRef: false, ReturnsByRefReadonly: false } => true,
                    IFieldSymbol { IsStatic: false, IsConst: false, DeclaredAccessibility: Accessibility.Public, IsImplicitlyDeclared: false } => true,
                    _ => false,
                };

                // An override or a hiding member is written once, under its name.
                if (readable && !SymbolFacts.IsObsolete(member) && seen.Add(member.Name))
                {
                    yield return member;
                }
            }
        }
    }

    private string KeyOf(ITypeSymbol type)
        => _types.Display(type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type);

    private static string ShortName(ITypeSymbol type)
        => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes));
}
