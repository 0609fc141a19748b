using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Writes compile-time constants (parameter defaults, attribute arguments) as C# expressions that mean exactly
/// the same value: invariant culture, round-trip floating point, named enum members, escaped strings.
/// </summary>
internal static class ConstantFormatter
{
    /// <summary>A parameter's default value as C#, or <see langword="null"/> when it has no explicit default.</summary>
    public static string? FormatDefaultValue(IParameterSymbol parameter, TypeModelFactory types)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        object? value;
        try
        {
            value = parameter.ExplicitDefaultValue;
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return Format(value, parameter.Type, types);
    }

    /// <summary>An attribute argument as C#.</summary>
    public static string Format(TypedConstant constant, TypeModelFactory types)
    {
        switch (constant.Kind)
        {
            case TypedConstantKind.Array:
                if (constant.IsNull)
                {
                    return "null";
                }

                var elementType = constant.Type is IArrayTypeSymbol array ? types.Display(array.ElementType) : "object";
                var items = constant.Values.Select(v => Format(v, types));
                return "new " + elementType + "[] { " + string.Join(", ", items) + " }";
            case TypedConstantKind.Type:
                return constant.Value is ITypeSymbol type ? "typeof(" + types.DisplayForTypeof(type) + ")" : "null";
            case TypedConstantKind.Error:
                return "default";
            default:
                return Format(constant.Value, constant.Type, types);
        }
    }

    /// <summary>A constant <paramref name="value"/> of <paramref name="type"/> as C#.</summary>
    public static string Format(object? value, ITypeSymbol? type, TypeModelFactory types)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return value is null ? "null" : Format(value, nullable.TypeArguments[0], types);
        }

        if (value is null)
        {
            // A null default for a non-nullable reference type or type parameter needs the suppression the
            // interface itself had to write (string s = null!, T value = default!).
            var suppress = type is not null && !type.IsValueType && type.NullableAnnotation == NullableAnnotation.NotAnnotated ? "!" : "";
            return type is null || type.IsReferenceType || type.TypeKind == TypeKind.Pointer || type.TypeKind == TypeKind.FunctionPointer
                ? "null" + suppress
                : "default" + suppress;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return FormatEnum(value, enumType, types);
        }

        return FormatPrimitive(value);
    }

    /// <summary>A primitive constant (number, <c>bool</c>, <c>char</c>, <c>string</c>) as a C# literal.</summary>
    public static string FormatPrimitive(object value)
    {
        switch (value)
        {
            case string s:
                return SymbolDisplay.FormatLiteral(s, quote: true);
            case char c:
                return SymbolDisplay.FormatLiteral(c, quote: true);
            case bool b:
                return b ? "true" : "false";
            case sbyte v:
                return "(sbyte)" + Parenthesize(v.ToString(CultureInfo.InvariantCulture));
            case byte v:
                return "(byte)" + v.ToString(CultureInfo.InvariantCulture);
            case short v:
                return "(short)" + Parenthesize(v.ToString(CultureInfo.InvariantCulture));
            case ushort v:
                return "(ushort)" + v.ToString(CultureInfo.InvariantCulture);
            case int v:
                return v.ToString(CultureInfo.InvariantCulture);
            case uint v:
                return v.ToString(CultureInfo.InvariantCulture) + "U";
            case long v:
                return v.ToString(CultureInfo.InvariantCulture) + "L";
            case ulong v:
                return v.ToString(CultureInfo.InvariantCulture) + "UL";
            case float v:
                if (float.IsNaN(v))
                {
                    return "float.NaN";
                }

                if (float.IsPositiveInfinity(v))
                {
                    return "float.PositiveInfinity";
                }

                if (float.IsNegativeInfinity(v))
                {
                    return "float.NegativeInfinity";
                }

                return v.ToString("R", CultureInfo.InvariantCulture) + "F";
            case double v:
                if (double.IsNaN(v))
                {
                    return "double.NaN";
                }

                if (double.IsPositiveInfinity(v))
                {
                    return "double.PositiveInfinity";
                }

                if (double.IsNegativeInfinity(v))
                {
                    return "double.NegativeInfinity";
                }

                return v.ToString("R", CultureInfo.InvariantCulture) + "D";
            case decimal v:
                return v.ToString(CultureInfo.InvariantCulture) + "M";
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "default";
        }
    }

    private static string FormatEnum(object value, INamedTypeSymbol enumType, TypeModelFactory types)
    {
        var typeName = types.Display(enumType);
        // An [Obsolete] or [Experimental] member would make generated code warn or fail (an error-level [Obsolete]
        // cannot be suppressed); its value is written as a cast instead.
        var members = enumType.GetMembers()
            .OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue && f.ConstantValue is not null && !SymbolFacts.IsObsolete(f) && !IsExperimental(f))
            .Select(f => (Field: f, Bits: ToUInt64(f.ConstantValue!)))
            .ToList();
        var bits = ToUInt64(value);

        foreach (var member in members)
        {
            if (member.Bits == bits)
            {
                return typeName + "." + Naming.Identifiers.Escape(member.Field.Name);
            }
        }

        var isFlags = enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
        if (isFlags && bits != 0)
        {
            var remaining = bits;
            var parts = new List<string>();
            foreach (var member in members.Where(m => m.Bits != 0).OrderByDescending(m => m.Bits))
            {
                if ((remaining & member.Bits) == member.Bits)
                {
                    parts.Add(typeName + "." + Naming.Identifiers.Escape(member.Field.Name));
                    remaining &= ~member.Bits;
                }
            }

            if (remaining == 0 && parts.Count > 0)
            {
                parts.Reverse();
                return string.Join(" | ", parts);
            }
        }

        return "(" + typeName + ")" + Parenthesize(FormatPrimitiveUnsuffixed(value));
    }

    private static bool IsExperimental(ISymbol symbol)
        => symbol.GetAttributes().Any(a => SymbolFacts.IsAttribute(a, ExperimentalApis.AttributeNamespace, ExperimentalApis.AttributeName));

    private static string FormatPrimitiveUnsuffixed(object value)
        => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "0";

    private static string Parenthesize(string number) => number.StartsWith("-", StringComparison.Ordinal) ? "(" + number + ")" : number;

    private static ulong ToUInt64(object value) => value switch
    {
        sbyte v => unchecked((ulong)v),
        byte v => v,
        short v => unchecked((ulong)v),
        ushort v => v,
        int v => unchecked((ulong)v),
        uint v => v,
        long v => unchecked((ulong)v),
        ulong v => v,
        char v => v,
        bool v => v ? 1UL : 0UL,
        _ => 0,
    };
}
