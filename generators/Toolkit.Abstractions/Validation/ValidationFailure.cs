namespace Toolkit.Validation;

/// <summary>One rule that one argument, or one member of an argument, did not satisfy.</summary>
/// <remarks>A failure never carries the offending value, so it is safe to log even for <see cref="SensitiveAttribute"/> data.</remarks>
public sealed class ValidationFailure
{
    /// <summary>Creates a failure.</summary>
    /// <param name="path">Where the failure is: the parameter name, then member names and item indexes, for example <c>config.Ports[2].HostPort</c>.</param>
    /// <param name="rule">The rule that failed, one of <see cref="ValidationRules"/> or the name of a custom attribute without its <c>Attribute</c> suffix.</param>
    /// <param name="message">The message, as <c>System.ComponentModel.DataAnnotations</c> would produce it.</param>
    public ValidationFailure(string path, string rule, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentNullException.ThrowIfNull(message);
        Path = path;
        Rule = rule;
        Message = message;
    }

    /// <summary>The parameter name, then member names and item indexes, for example <c>config.Ports[2].HostPort</c>.</summary>
    public string Path { get; }

    /// <summary>The rule that failed, for example <c>Range</c>; see <see cref="ValidationRules"/>.</summary>
    public string Rule { get; }

    /// <summary>The message <c>System.ComponentModel.DataAnnotations</c> produces for this failure (custom <c>ErrorMessage</c> and resources included).</summary>
    public string Message { get; }

    /// <summary>Formats the failure as <c>path: message [Rule]</c>.</summary>
    /// <returns>The failure on one line.</returns>
    public override string ToString() => $"{Path}: {Message} [{Rule}]";
}
