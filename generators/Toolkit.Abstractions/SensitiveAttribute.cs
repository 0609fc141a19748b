namespace Toolkit;

/// <summary>
/// Marks a parameter, property or field whose value must never leave the call: generated code does
/// not echo it in the tracking sink, in <c>Activity</c> tags, in log messages or in validation messages.
/// </summary>
/// <remarks>
/// <para>A redacted argument is still passed to the implementation unchanged; only its <em>value</em> is
/// withheld from every observer. The tracking sink records such an argument as
/// <see cref="RedactedValue"/>, so tests can see that the argument existed without seeing it.</para>
/// <para>On a property of a parameter's type (a record or class), validation reports the failing rule
/// and member path but not the value.</para>
/// <para>Redaction applies to values the generated code can see. On a <see langword="ref"/> or
/// <see langword="out"/> parameter the mark is reported (warning TK0101): the value the implementation writes back
/// reaches the caller, and no decorator can redact it.</para>
/// <example>
/// <code>
/// [GenerateTracking, GenerateValidation]
/// public partial interface IRegistryDriver
/// {
///     Task LoginAsync(string user, [Sensitive] string password, CancellationToken cancellationToken);
/// }
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class SensitiveAttribute : Attribute
{
    /// <summary>The text observers see in place of a redacted value: <c>***</c>.</summary>
    public const string RedactedValue = "***";
}
