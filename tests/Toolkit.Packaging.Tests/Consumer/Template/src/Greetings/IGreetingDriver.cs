using System.ComponentModel.DataAnnotations;
using Toolkit;

namespace Greetings;

/// <summary>Greets people. Tracking, validation and registration are generated here; the mock, in the test project.</summary>
[GenerateTracking]
[GenerateValidation]
[GenerateRegistration]
public partial interface IGreetingDriver
{
    /// <summary>Greets <paramref name="name"/>.</summary>
    /// <param name="name">Who to greet.</param>
    /// <param name="cancellationToken">Cancels the greeting.</param>
    /// <returns>The greeting.</returns>
    Task<string> GreetAsync([Required, StringLength(20)] string name, CancellationToken cancellationToken = default);

    /// <summary>Greets <paramref name="name"/> once per requested time.</summary>
    /// <param name="name">Who to greet.</param>
    /// <param name="options">How to greet.</param>
    /// <returns>The greetings.</returns>
    IReadOnlyList<string> Repeat(string name, GreetingOptions options);
}
