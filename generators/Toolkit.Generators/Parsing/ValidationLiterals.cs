using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Validation's use of <see cref="ConstantFormatter"/> and <see cref="TypeModelFactory"/>: attribute arguments written so
/// that they re-create the attribute exactly, and types without a top-level nullable annotation.
/// </summary>
internal static class ValidationLiterals
{
    public static string TypeName(ITypeSymbol type) => new TypeModelFactory().Display(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated));

    public static string Constant(TypedConstant constant)
    {
        // params object?[] arguments (AllowedValues, DeniedValues) may hold null: the array must be object?[] to compile
        // warning-free with nullable enabled.
        if (constant.Kind == TypedConstantKind.Array && !constant.IsNull
            && constant.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object })
        {
            return "new object?[] { " + string.Join(", ", constant.Values.Select(Constant)) + " }";
        }

        return ConstantFormatter.Format(constant, new TypeModelFactory());
    }

    public static string String(string text) => ConstantFormatter.FormatPrimitive(text);

    public static string Primitive(object value) => ConstantFormatter.FormatPrimitive(value);
}
