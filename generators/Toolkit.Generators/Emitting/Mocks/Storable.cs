using Toolkit.Generators.Model;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>Which values a mock can keep in fields and pass as generic arguments.</summary>
internal static class Storable
{
    /// <summary>
    /// Not a <c>ref struct</c>, pointer or <c>void</c>, nor a method type parameter that allows ref structs. (The mock
    /// class drops <c>allows ref struct</c> from its own type parameters, so those are always storable.)
    /// </summary>
    public static bool Is(TypeModel type)
        => type.CanBeTypeArgument
            && (type.Traits & (TypeTraits.AllowsRefLike | TypeTraits.MethodTypeParameter)) != (TypeTraits.AllowsRefLike | TypeTraits.MethodTypeParameter);

    /// <summary>A constraint clause without <c>allows ref struct</c>, for the mock's own type parameters.</summary>
    public static string WithoutRefStructAllowance(string clause)
    {
        const string Allowance = "allows ref struct";
        if (clause.IndexOf(Allowance, StringComparison.Ordinal) < 0)
        {
            return clause;
        }

        var trimmed = clause.Replace(", " + Allowance, "").Replace(" : " + Allowance, " : ");
        return trimmed.EndsWith(" : ", StringComparison.Ordinal) ? "" : trimmed;
    }
}
