using System.Text;
using Toolkit.Validation;

namespace Toolkit.Errors;

/// <summary>
/// Thrown by a generated validating decorator (<c>[GenerateValidation]</c>) when a call's arguments break their
/// rules. The implementation was not called. It lists every failure, not only the first.
/// </summary>
/// <remarks>
/// <para><see cref="DriverException.Code"/> is <see cref="DriverErrorCodes.ValidationFailed"/> and
/// <see cref="DriverException.IsRetryable"/> is <see langword="false"/>: the same arguments fail the same way.</para>
/// <para>Neither the message nor <see cref="Failures"/> contains argument values, only member paths, rule names and
/// the rules' messages; messages written by your own code for a <see cref="SensitiveAttribute"/> member are replaced.</para>
/// </remarks>
public sealed class DriverValidationException : DriverException
{
    /// <summary>Creates the error for one call.</summary>
    /// <param name="driver">The driver, for example <c>shell</c>.</param>
    /// <param name="operation">The method that was called, for example <c>RunAsync</c>.</param>
    /// <param name="failures">Every failure, in the order the rules ran; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="failures"/> is empty.</exception>
    public DriverValidationException(string driver, string operation, IReadOnlyList<ValidationFailure> failures)
        : base(DriverErrorCodes.ValidationFailed, Describe(driver, operation, failures), driver, operation, isRetryable: false)
    {
        Failures = failures;
    }

    /// <summary>Every failure, in the order the rules ran: parameters in declaration order, then members as <c>Validator</c> visits them.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; }

    private static string Describe(string driver, string operation, IReadOnlyList<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (failures.Count == 0)
        {
            throw new ArgumentException("A validation error needs at least one failure.", nameof(failures));
        }

        var text = new StringBuilder();
        text.Append("Invalid arguments for ").Append(driver).Append('.').Append(operation).Append(": ")
            .Append(failures.Count).Append(failures.Count == 1 ? " failure." : " failures.");
        foreach (var failure in failures)
        {
            text.AppendLine().Append("  - ").Append(failure.ToString());
        }

        return text.ToString();
    }
}
