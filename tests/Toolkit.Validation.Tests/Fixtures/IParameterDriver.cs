using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>
/// Every supported rule on method parameters (nullable types, so the NotNull rule stays out of the comparison), and display
/// names and results of every shape on parameters.
/// </summary>
[GenerateValidation]
public partial interface IParameterDriver
{
    void Run(
        [Required] string? required,
        [Range(1, 10)] int count,
        [Range(0.5, 9.5, MaximumIsExclusive = true)] double? ratio,
        [Range(typeof(decimal), "0.01", "99.99")] decimal price,
        [StringLength(5, MinimumLength = 2)] string? name,
        [MinLength(2)] int[]? values,
        [MaxLength(3)] List<int>? items,
        [Length(1, 3)] string? code,
        [RegularExpression("[a-z]+")] string? word,
        [AllowedValues("x", "y")] string? choice,
        [DeniedValues(0)] int divisor,
        [Base64String] string? payload,
        [Even] int even,
        [Required, StringLength(3)] object? tag);

    void Named(
        [Display(Name = "Pretty"), Range(1, 10)] int pretty,
        [Display(Name = ""), Range(1, 10)] int blank,
        [Display(Name = nameof(RuleMessages.LocalizedName), ResourceType = typeof(RuleMessages)), Range(1, 10)] int localized,
        [Display(Name = nameof(RuleMessages.Blank), ResourceType = typeof(RuleMessages)), Range(1, 10)] int localizedBlank,
        [Display(Name = ""), Shape] string? shape,
        [OddNames] string? odd,
        [RegularExpression("(?i)^i+$")] string? dotted,
        [Forbid("x"), MaxLength(2), Forbid("abcd")] string? word);
}
