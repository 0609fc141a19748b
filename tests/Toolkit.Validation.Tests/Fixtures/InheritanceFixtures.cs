using System.ComponentModel.DataAnnotations;

#pragma warning disable TK0207 // deliberate: repeated attributes DataAnnotations keeps only once
#pragma warning disable CA1044 // deliberate: setter-only properties DataAnnotations never reads

namespace Toolkit.Validation.Tests.Fixtures;

[Rejects(nameof(InheritanceBase.Kind), "a", nameof(InheritanceBase.Kind))]
public interface IFirstMark;

[Rejects(nameof(InheritanceBase.Kind), "a")]
public interface ISecondMark : IFirstMark;

/// <summary>
/// What a base class brings: type-level rules (its own and its interfaces'), rules of properties that the derived class
/// overrides, hides with <c>new</c> (same type, another type, a setter only) or redeclares over a private one.
/// </summary>
[Rejects(nameof(Kind), "abc", nameof(Kind)), RejectsOnce(nameof(Kind), "ab")]
public abstract class InheritanceBase : IFirstMark
{
    [Range(1, 10)] public int InBase { get; set; } = 1;

    [Forbid("abcd"), StringLength(3)] public virtual string? Overridden { get; set; } = "a";

    [Range(1, 5), Even] public abstract int Abstract { get; set; }

    [Required, Forbid("abcd")] public string? Hidden { get; set; } = "x";

    [Range(5, 6)] public int HiddenByOtherType { get; set; } = 5;

    [Range(5, 6)] public int HiddenBySetter { get; set; } = 5;

    [StringLength(3)] private string? Redeclared { get; set; }

    public string? Kind { get; set; } = "k";

    /// <summary>Reads the private property, so the compiler sees it used.</summary>
    public override string ToString() => Redeclared ?? "";
}

/// <summary>The derived class: its own type rule replaces the base's RejectsOnce, and its interface comes after the base's.</summary>
[RejectsOnce(nameof(Kind), "abc")]
public sealed class InheritanceChild : InheritanceBase, ISecondMark
{
    [MinLength(2)] public override string? Overridden { get; set; } = "ab";

    public override int Abstract { get; set; } = 2;

    [MaxLength(3)] public new string? Hidden { get; set; } = "x";

    [StringLength(1)] public new string? HiddenByOtherType { get; set; }

    public new int HiddenBySetter
    {
        set { }
    }

    [Forbid("abcd")] public string? Redeclared { get; set; }
}

/// <summary>Base records over three levels: a <c>new virtual</c> in the middle, an override at the end, each adding a rule.</summary>
[RejectsOnce(nameof(Label), "x")]
public abstract record RecordRoot
{
    [Range(0, 9)] public virtual int Depth { get; init; }

    [Forbid("abc")] public string? Label { get; init; } = "a";
}

[RejectsOnce(nameof(Label), "ab")]
public record RecordMiddle : RecordRoot
{
    [DeniedValues(5)] public new virtual int Depth { get; init; }
}

public sealed record RecordLeaf : RecordMiddle
{
    [Even] public override int Depth { get; init; }

    [MaxLength(2)] public string? Extra { get; init; }
}

/// <summary>An interface whose property rules DataAnnotations never reads on the classes that implement it.</summary>
public interface IHasLimit
{
    [Range(1, 2)] int Limit { get; }
}

/// <summary>
/// Repeated attributes: TypeDescriptor keeps one per TypeId, in the position of the first and with the value of the last;
/// attributes whose TypeId is the instance all run; a member rule of the same class as a rule on the member's type lands
/// where the type's rule was. Members DataAnnotations never validates sit beside them: an indexer, a setter-only
/// property, a static one, an interface's rule.
/// </summary>
public sealed class RepeatedRules : IHasLimit
{
    [Range(1, 2)] public int this[int index] => index;

    [Required] public string? WriteOnly
    {
        set { }
    }

    [Required] public static string? Static { get; set; }

    public int Limit { get; set; } = 5;

    [ContextDemanding] public string? Demanding { get; set; }

    [Forbid("x"), MaxLength(2), Forbid("abcd")] public string? Word { get; set; }

    [NotEqual(3), Range(0, 10), NotEqual(11)] public int Number { get; set; } = 1;

    [StampCheck("ab"), CodeNot("ab")] public Stamp? Stamp { get; set; } = new();

    [ValidateObjectMembers] public Stamp? Nested { get; set; } = new();
}

/// <summary>A type with an object-level rule that is also a member rule.</summary>
[CodeNot("abc")]
public sealed class Stamp
{
    public string? Code { get; set; } = "ok";
}
