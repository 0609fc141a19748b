using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>
/// Results of every shape, inside items: member names that look like indexes, empty and null names, several names, no
/// message, null and <c>ValidationResult.Success</c> among IValidatableObject's results.
/// </summary>
public sealed class ResultHolder
{
    [ValidateEnumeratedItems] public List<ResultShapes?> Items { get; } = [];

    [ValidateObjectMembers] public ResultShapes Single { get; } = new();
}

public sealed class ResultShapes : IValidatableObject
{
    [OddNames] public string? Named { get; set; }

    public string? Mode { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        switch (Mode)
        {
            case "a":
                yield return new ValidationResult("two members", [nameof(Named), nameof(Mode)]);
                yield return ValidationResult.Success!;
                yield return null!;
                break;
            case "ab":
                yield return new ValidationResult(null, ["[2]", "", null!]);
                break;
            case "abc":
                yield return new ValidationResult("no members");
                yield return new ValidationResult("an index then a member", ["[0]", nameof(Named)]);
                break;
        }
    }
}
