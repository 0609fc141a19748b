using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>A recursive shape: nested objects, items in several collection types, structs, and cycles.</summary>
public sealed class TreeNode
{
    [Required, StringLength(8)] public string? Name { get; set; } = "node";

    [ValidateObjectMembers] public TreeNode? Parent { get; set; }

    [ValidateEnumeratedItems] public List<TreeNode?>? Children { get; set; }

    [ValidateEnumeratedItems] public IEnumerable<Leaf>? Leaves { get; set; }

    [MaxLength(3), ValidateEnumeratedItems] public Leaf[]? LeafArray { get; set; }

    [ValidateEnumeratedItems] public IReadOnlyList<Point>? Points { get; set; }

    [ValidateEnumeratedItems] public List<Point?>? MaybePoints { get; set; }

    [ValidateObjectMembers] public Point Origin { get; set; }

    [ValidateObjectMembers] public Point? MaybeOrigin { get; set; }
}

public sealed record Leaf([property: Range(0, 9)] int Weight, [property: AllowedValues("red", "green")] string Color);

public readonly record struct Point([property: Range(-10, 10)] int X, [property: Range(-10, 10)] int Y);

/// <summary>Inheritance: Validator lists the derived type's properties first, and an override keeps its own attribute.</summary>
public class BaseRules
{
    [Range(1, 2)] public int InBase { get; set; } = 1;

    [Range(1, 2)] public virtual int Overridden { get; set; } = 1;

    [Required] public virtual string? OverriddenWithoutAttributes { get; set; } = "x";
}

public sealed class DerivedRules : BaseRules
{
    [Range(1, 2)] public int InDerived { get; set; } = 1;

    [Range(3, 4)] public override int Overridden { get; set; } = 3;

    public override string? OverriddenWithoutAttributes { get; set; } = "x";

    [Range(1, 2)] public static int Static { get; set; }

    [Range(1, 2)] internal int NotPublic { get; set; }
}
