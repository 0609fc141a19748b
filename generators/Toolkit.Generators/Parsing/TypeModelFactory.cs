using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Writes types as C# (<c>global::</c>-qualified, with nullable annotations, tuple names and keyword escapes)
/// and classifies them into <see cref="TypeModel"/>s. Method type parameters can be renamed on the way, which
/// <see cref="Microsoft.CodeAnalysis.SymbolDisplay"/> cannot do.
/// </summary>
internal sealed class TypeModelFactory
{
    // Roslyn 4.8 (the oldest compiler we support) has no API for "allows ref struct"; newer compilers expose it on
    // the same interface, so read it when the running compiler has it.
    private static readonly PropertyInfo? AllowsRefLikeTypeProperty = typeof(ITypeParameterSymbol).GetProperty("AllowsRefLikeType");

    private readonly Dictionary<ITypeParameterSymbol, string> _renamedTypeParameters = new(SymbolEqualityComparer.Default);

    // The same types recur across an interface's members (string, int, CancellationToken, Task<T>…): build each once.
    private readonly Dictionary<ITypeSymbol, TypeModel> _models = new(SymbolEqualityComparer.IncludeNullability);

    /// <summary>Writes <paramref name="typeParameter"/> as <paramref name="name"/> from now on.</summary>
    public void Rename(ITypeParameterSymbol typeParameter, string name) => _renamedTypeParameters[typeParameter] = name;

    /// <summary>The name a type parameter is written with.</summary>
    public string NameOf(ITypeParameterSymbol typeParameter)
        => _renamedTypeParameters.TryGetValue(typeParameter, out var name) ? name : Identifiers.Escape(typeParameter.Name);

    public static bool AllowsRefLikeType(ITypeParameterSymbol typeParameter)
    {
        try
        {
            return AllowsRefLikeTypeProperty?.GetValue(typeParameter) is true;
        }
        catch (TargetInvocationException)
        {
            return false;
        }
    }

    public TypeModel Create(ITypeSymbol type)
    {
        // A method type parameter is renamed before any type mentioning it is created, and such types belong to that
        // method alone, so caching by symbol never shares a stale name.
        if (_models.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var wellKnown = Classify(type, out var element);
        var name = Display(type);
        var model = new TypeModel
        {
            Name = name,
            Traits = TraitsOf(type),
            WellKnown = wellKnown,
            Element = element is null ? null : Create(element),
            DisplayName = ShortName(name),
        };

        _models[type] = model;
        return model;
    }

    /// <summary>
    /// A short, readable form of a type's C# text for messages: qualifiers dropped
    /// (<c>global::System.ReadOnlySpan&lt;byte&gt;</c> → <c>ReadOnlySpan&lt;byte&gt;</c>).
    /// </summary>
    public static string ShortName(string name)
    {
        var builder = new StringBuilder(name.Length);
        var segmentStart = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == ':' && i + 1 < name.Length && name[i + 1] == ':')
            {
                // "global::" — drop it.
                builder.Length = segmentStart;
                i++;
                continue;
            }

            if (c == '.')
            {
                // A namespace qualifier ends here: keep only what follows. After a generic type (Outer<int>.Inner) keep the dot.
                if (builder.Length > segmentStart)
                {
                    builder.Length = segmentStart;
                }
                else
                {
                    builder.Append('.');
                    segmentStart = builder.Length;
                }

                continue;
            }

            builder.Append(c);
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '@'))
            {
                segmentStart = builder.Length;
            }
        }

        return builder.ToString();
    }

    /// <summary>The type as C# source.</summary>
    public string Display(ITypeSymbol type)
    {
        var builder = new StringBuilder();
        Append(builder, type, annotate: true);
        return builder.ToString();
    }

    /// <summary>The type as it is written inside <c>typeof(...)</c>: unbound generics as <c>global::N.IRepo&lt;&gt;</c>.</summary>
    public string DisplayForTypeof(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsUnboundGenericType: true } unbound)
        {
            var definition = unbound.OriginalDefinition;
            var prefix = definition.ContainingType is { } containing
                ? DisplayForTypeof(containing.IsGenericType ? containing.ConstructUnboundGenericType() : containing) + "."
                : NamespacePrefix(definition.ContainingNamespace);
            return prefix + Identifiers.Escape(definition.Name) + "<" + new string(',', definition.TypeParameters.Length - 1) + ">";
        }

        var builder = new StringBuilder();
        Append(builder, type, annotate: false);
        return builder.ToString();
    }

    private void Append(StringBuilder builder, ITypeSymbol type, bool annotate)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
            {
                // C# writes ranks outermost first (int[][,] is an array of two-dimensional arrays), but a '?' ends a run
                // of ranks, and the run before it is the element type of the run after it: Type[]?[] is an array of
                // nullable Type[], Type[][]? a nullable array of Type[]. So the levels, outermost first, are cut into runs
                // that each start at an annotated level (or the outermost), and the runs are written innermost first.
                var runs = new List<List<(int Rank, bool Annotated)>>();
                ITypeSymbol current = array;
                while (current is IArrayTypeSymbol a)
                {
                    var annotated = annotate && a.NullableAnnotation == NullableAnnotation.Annotated;
                    if (runs.Count == 0 || annotated)
                    {
                        runs.Add([]);
                    }

                    runs[runs.Count - 1].Add((a.Rank, annotated));
                    current = a.ElementType;
                }

                Append(builder, current, annotate);
                for (var i = runs.Count - 1; i >= 0; i--)
                {
                    foreach (var (rank, _) in runs[i])
                    {
                        builder.Append('[').Append(',', rank - 1).Append(']');
                    }

                    if (runs[i][0].Annotated)
                    {
                        builder.Append('?');
                    }
                }

                return;
            }

            case IPointerTypeSymbol pointer:
                Append(builder, pointer.PointedAtType, annotate);
                builder.Append('*');
                return;
            case IFunctionPointerTypeSymbol functionPointer:
                builder.Append(functionPointer.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                return;
            case ITypeParameterSymbol typeParameter:
                builder.Append(NameOf(typeParameter));
                if (annotate && type.NullableAnnotation == NullableAnnotation.Annotated)
                {
                    builder.Append('?');
                }

                return;
            case IDynamicTypeSymbol:
                // Generated code never uses dynamic; object is the same type to the runtime and to implementations.
                builder.Append("object");
                if (annotate && type.NullableAnnotation == NullableAnnotation.Annotated)
                {
                    builder.Append('?');
                }

                return;
            case INamedTypeSymbol named:
                AppendNamed(builder, named, annotate);
                return;
            default:
                builder.Append(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                return;
        }
    }

    private void AppendNamed(StringBuilder builder, INamedTypeSymbol named, bool annotate)
    {
        if (named.TypeKind == TypeKind.Error)
        {
            builder.Append(named.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            return;
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && named.TypeArguments.Length == 1)
        {
            Append(builder, named.TypeArguments[0], annotate);
            builder.Append('?');
            return;
        }

        if (named.IsTupleType && named.TupleElements.Length > 1)
        {
            builder.Append('(');
            for (var i = 0; i < named.TupleElements.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                var element = named.TupleElements[i];
                Append(builder, element.Type, annotate);
                if (element.IsExplicitlyNamedTupleElement)
                {
                    builder.Append(' ').Append(Identifiers.Escape(element.Name));
                }
            }

            builder.Append(')');
            AppendAnnotation(builder, named, annotate);
            return;
        }

        var keyword = Keyword(named);
        if (keyword is not null)
        {
            builder.Append(keyword);
            AppendAnnotation(builder, named, annotate);
            return;
        }

        if (named.ContainingType is { } containing)
        {
            Append(builder, containing, annotate);
            builder.Append('.');
        }
        else
        {
            builder.Append(NamespacePrefix(named.ContainingNamespace));
        }

        builder.Append(Identifiers.Escape(named.Name));
        if (named.TypeArguments.Length > 0)
        {
            builder.Append('<');
            for (var i = 0; i < named.TypeArguments.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                Append(builder, named.TypeArguments[i], annotate);
            }

            builder.Append('>');
        }

        AppendAnnotation(builder, named, annotate);
    }

    private static void AppendAnnotation(StringBuilder builder, ITypeSymbol type, bool annotate)
    {
        if (annotate && type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            builder.Append('?');
        }
    }

    /// <summary><c>global::A.B.</c> for namespace <c>A.B</c>, <c>global::</c> for the global namespace.</summary>
    public static string NamespacePrefix(INamespaceSymbol? ns)
    {
        if (ns is null || ns.IsGlobalNamespace)
        {
            return "global::";
        }

        var parts = new List<string>();
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            parts.Add(Identifiers.Escape(current.Name));
        }

        parts.Reverse();
        return "global::" + string.Join(".", parts) + ".";
    }

    /// <summary>The namespace as C# (<c>A.@event.B</c>), empty for the global namespace.</summary>
    public static string NamespaceName(INamespaceSymbol? ns)
    {
        var prefix = NamespacePrefix(ns);
        return prefix == "global::" ? "" : prefix.Substring("global::".Length, prefix.Length - "global::".Length - 1);
    }

    private static string? Keyword(INamedTypeSymbol type)
    {
        if (type.IsNativeIntegerType)
        {
            return type.SpecialType == SpecialType.System_UIntPtr ? "nuint" : "nint";
        }

        return type.SpecialType switch
        {
            SpecialType.System_Object => "object",
            SpecialType.System_String => "string",
            SpecialType.System_Boolean => "bool",
            SpecialType.System_Char => "char",
            SpecialType.System_SByte => "sbyte",
            SpecialType.System_Byte => "byte",
            SpecialType.System_Int16 => "short",
            SpecialType.System_UInt16 => "ushort",
            SpecialType.System_Int32 => "int",
            SpecialType.System_UInt32 => "uint",
            SpecialType.System_Int64 => "long",
            SpecialType.System_UInt64 => "ulong",
            SpecialType.System_Single => "float",
            SpecialType.System_Double => "double",
            SpecialType.System_Decimal => "decimal",
            SpecialType.System_Void => "void",
            _ => null,
        };
    }

    private static TypeTraits TraitsOf(ITypeSymbol type)
    {
        var traits = TypeTraits.None;
        if (type.SpecialType == SpecialType.System_Void)
        {
            return TypeTraits.Void;
        }

        if (type.IsReferenceType)
        {
            traits |= TypeTraits.ReferenceType;
            if (type.NullableAnnotation == NullableAnnotation.None)
            {
                traits |= TypeTraits.Oblivious;
            }
        }

        if (type.IsValueType)
        {
            traits |= TypeTraits.ValueType;
        }

        if (type.IsRefLikeType)
        {
            traits |= TypeTraits.RefLike;
        }

        if (type is ITypeParameterSymbol typeParameter)
        {
            traits |= TypeTraits.TypeParameter;
            if (typeParameter.TypeParameterKind == TypeParameterKind.Method)
            {
                traits |= TypeTraits.MethodTypeParameter;
            }

            if (!type.IsReferenceType && !type.IsValueType)
            {
                traits |= TypeTraits.UnconstrainedTypeParameter;
            }

            if (AllowsRefLikeType(typeParameter))
            {
                traits |= TypeTraits.AllowsRefLike;
            }
        }

        if (type is IPointerTypeSymbol or IFunctionPointerTypeSymbol || ContainsPointer(type))
        {
            traits |= TypeTraits.Pointer;
        }

        if (type.NullableAnnotation == NullableAnnotation.Annotated
            || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
        {
            traits |= TypeTraits.NullableAnnotated;
        }

        switch (type.TypeKind)
        {
            case TypeKind.Enum:
                traits |= TypeTraits.Enum;
                break;
            case TypeKind.Delegate:
                traits |= TypeTraits.Delegate;
                break;
            case TypeKind.Interface:
                traits |= TypeTraits.Interface;
                break;
            case TypeKind.Array:
                traits |= TypeTraits.Array;
                break;
        }

        if (SymbolFacts.UsesObsoleteType(type))
        {
            traits |= TypeTraits.Obsolete;
        }

        return traits;
    }

    /// <summary>Whether the type is or contains a pointer (<c>int*[]</c>), which needs an unsafe context.</summary>
    public static bool ContainsPointer(ITypeSymbol type) => type switch
    {
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => true,
        IArrayTypeSymbol array => ContainsPointer(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsPointer),
        _ => false,
    };

    private static WellKnownType Classify(ITypeSymbol type, out ITypeSymbol? element)
    {
        element = null;
        if (type is IArrayTypeSymbol array)
        {
            element = array.ElementType;
            return WellKnownType.Array;
        }

        if (type is not INamedTypeSymbol named)
        {
            return WellKnownType.None;
        }

        switch (named.SpecialType)
        {
            case SpecialType.System_Void:
                return WellKnownType.Void;
            case SpecialType.System_Object:
                return WellKnownType.Object;
            case SpecialType.System_String:
                return WellKnownType.String;
            case SpecialType.System_Boolean:
                return WellKnownType.Boolean;
            case SpecialType.System_Char:
                return WellKnownType.Char;
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return WellKnownType.Numeric;
            case SpecialType.System_Collections_IEnumerable:
                return WellKnownType.Enumerable;
            case SpecialType.System_Collections_IEnumerator:
                return WellKnownType.Enumerator;
        }

        var definition = named.OriginalDefinition;
        if (definition.SpecialType == SpecialType.System_Nullable_T)
        {
            element = named.TypeArguments[0];
            return WellKnownType.NullableOfT;
        }

        if (definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            element = named.TypeArguments[0];
            return WellKnownType.EnumerableOfT;
        }

        if (definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerator_T)
        {
            element = named.TypeArguments[0];
            return WellKnownType.EnumeratorOfT;
        }

        var ns = definition.ContainingNamespace;
        if (ns is null || definition.ContainingType is not null)
        {
            return WellKnownType.None;
        }

        var arity = definition.Arity;
        switch (definition.Name)
        {
            case "Task" when arity == 0 && IsNamespace(ns, "System", "Threading", "Tasks"):
                return WellKnownType.Task;
            case "Task" when arity == 1 && IsNamespace(ns, "System", "Threading", "Tasks"):
                element = named.TypeArguments[0];
                return WellKnownType.TaskOfT;
            case "ValueTask" when arity == 0 && IsNamespace(ns, "System", "Threading", "Tasks"):
                return WellKnownType.ValueTask;
            case "ValueTask" when arity == 1 && IsNamespace(ns, "System", "Threading", "Tasks"):
                element = named.TypeArguments[0];
                return WellKnownType.ValueTaskOfT;
            case "IAsyncEnumerable" when arity == 1 && IsNamespace(ns, "System", "Collections", "Generic"):
                element = named.TypeArguments[0];
                return WellKnownType.AsyncEnumerableOfT;
            case "IAsyncEnumerator" when arity == 1 && IsNamespace(ns, "System", "Collections", "Generic"):
                element = named.TypeArguments[0];
                return WellKnownType.AsyncEnumeratorOfT;
            case "Span" when arity == 1 && IsNamespace(ns, "System"):
                element = named.TypeArguments[0];
                return WellKnownType.SpanOfT;
            case "ReadOnlySpan" when arity == 1 && IsNamespace(ns, "System"):
                element = named.TypeArguments[0];
                return WellKnownType.ReadOnlySpanOfT;
            case "CancellationToken" when arity == 0 && IsNamespace(ns, "System", "Threading"):
                return WellKnownType.CancellationToken;
            default:
                return WellKnownType.None;
        }
    }

    private static bool IsNamespace(INamespaceSymbol ns, params string[] parts)
    {
        var current = ns;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (current is null || current.IsGlobalNamespace || current.Name != parts[i])
            {
                return false;
            }

            current = current.ContainingNamespace;
        }

        return current is { IsGlobalNamespace: true };
    }
}
