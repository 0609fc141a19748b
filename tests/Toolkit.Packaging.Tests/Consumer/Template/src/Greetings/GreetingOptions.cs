using System.ComponentModel.DataAnnotations;

namespace Greetings;

/// <summary>How to greet.</summary>
public sealed record GreetingOptions
{
    /// <summary>How many times, 1 to 3.</summary>
    [Range(1, 3)]
    public int Times { get; init; } = 1;

    /// <summary>The word to greet with.</summary>
    [Required]
    [RegularExpression("[A-Z][a-z]+")]
    public string Salutation { get; init; } = "Hello";
}
