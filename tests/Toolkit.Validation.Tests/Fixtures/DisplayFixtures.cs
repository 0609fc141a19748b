using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>
/// <c>[Display]</c> at every level: on a base class (inherited by the type-level rules and the IValidatableObject context),
/// on a base property (inherited by its override), empty (DataAnnotations then names the object's type), localized, and
/// without a name.
/// </summary>
[Display(Name = "Shown base")]
public abstract class DisplayBase : IValidatableObject
{
    [Display(Name = "Base label"), StringLength(3)] public virtual string? Label { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Label == "ab")
        {
            yield return new ValidationResult($"{validationContext.DisplayName} ({validationContext.ObjectType.Name}) rejects ab.", [nameof(Label)]);
        }
    }
}

[RejectsOnce(nameof(Label), "a")]
public sealed class DisplayChild : DisplayBase
{
    public override string? Label { get; set; }

    [Display(Name = ""), Range(1, 10)] public int Blank { get; set; } = 1;

    [Display(Name = nameof(RuleMessages.LocalizedName), ResourceType = typeof(RuleMessages)), Range(1, 10)] public int Localized { get; set; } = 1;

    [Display(Name = nameof(RuleMessages.Blank), ResourceType = typeof(RuleMessages)), Range(1, 10)] public int LocalizedBlank { get; set; } = 1;

    [Display(ShortName = "short"), Range(1, 10)] public int Unnamed { get; set; } = 1;

    [Display(Name = ""), DiffersFrom(nameof(Label))] public string? BlankWithContext { get; set; }

    [ValidateObjectMembers] public BlankDisplayed Blanked { get; } = new();

    [ValidateObjectMembers] public LocalizedDisplayed Translated { get; } = new();

    [ValidateObjectMembers] public OpenDisplayed Open { get; } = new();
}

[Display(Name = ""), RejectsOnce(nameof(Code), "x")]
public sealed class BlankDisplayed
{
    [StringLength(3)] public string? Code { get; set; }
}

[Display(Name = nameof(RuleMessages.LocalizedName), ResourceType = typeof(RuleMessages)), RejectsOnce(nameof(Code), "x")]
public sealed class LocalizedDisplayed : IValidatableObject
{
    [StringLength(3)] public string? Code { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Code == "ab")
        {
            yield return new ValidationResult($"{validationContext.DisplayName} rejects ab.");
        }
    }
}

/// <summary>Not sealed: the context names the runtime type.</summary>
[RejectsOnce(nameof(Code), "x")]
public class OpenDisplayed
{
    [Display(Name = ""), StringLength(3)] public string? Code { get; set; }
}
