using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Toolkit.Validation;

/// <summary>
/// Gathers the failures of one validated call. Generated validating decorators use it; you do not need it in your code.
/// </summary>
/// <remarks>
/// <para>It keeps the path of the object being validated (parameter, members, item indexes) as a small stack of
/// names, so nothing is allocated while every rule passes: paths and messages are only built for failures.</para>
/// <para>Objects on the current path are remembered, so a cycle (an object that contains itself) is visited once.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct ValidationCollector
{
    private const int InlineDepth = 8;
    private const string RedactedMessageFormat = "The field {0} is invalid.";

    private Segments _inline;
    private Segment[]? _overflow;
    private int _depth;
    private int _redacting;
    private List<ValidationFailure>? _failures;

    /// <summary>Whether any failure was added.</summary>
    public readonly bool HasFailures => _failures is not null;

    /// <summary>How many failures were added so far; generated code compares it before and after an object's members.</summary>
    public readonly int FailureCount => _failures?.Count ?? 0;

    /// <summary>Whether the current path goes through a <see cref="SensitiveAttribute"/> member, so messages from user code are replaced.</summary>
    public readonly bool IsRedacting => _redacting > 0;

    /// <summary>Steps into a parameter or member.</summary>
    /// <param name="name">The parameter or member name.</param>
    /// <param name="instance">The object now validated, to detect cycles; <see langword="null"/> for values.</param>
    /// <param name="sensitive">Whether the member is marked <see cref="SensitiveAttribute"/>.</param>
    public void Enter(string name, object? instance = null, bool sensitive = false)
        => Push(new Segment(name, -1, instance, sensitive));

    /// <summary>Steps into an item of the current collection.</summary>
    /// <param name="index">The item's position in enumeration order.</param>
    /// <param name="instance">The item, to detect cycles; <see langword="null"/> for values.</param>
    public void EnterItem(int index, object? instance = null)
        => Push(new Segment(null, index, instance, false));

    /// <summary>Steps back out of the last <see cref="Enter"/> or <see cref="EnterItem"/>.</summary>
    public void Exit()
    {
        _depth--;
        if (At(_depth).Sensitive)
        {
            _redacting--;
        }

        At(_depth) = default;
    }

    /// <summary>Whether <paramref name="instance"/> is already being validated further up the current path.</summary>
    /// <param name="instance">The object about to be validated.</param>
    /// <returns><see langword="true"/> when validating it again would loop.</returns>
    public readonly bool IsOnPath(object instance)
    {
        for (var i = 0; i < _depth; i++)
        {
            if (ReferenceEquals(AtReadOnly(i).Instance, instance))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a failure of <paramref name="member"/> of the current object (or of the parameter <paramref name="member"/> at the root).</summary>
    /// <param name="member">The member or parameter name.</param>
    /// <param name="rule">The rule that failed.</param>
    /// <param name="message">The message.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Add(string member, string rule, string message)
        => Append(new ValidationFailure(PathOf(member), rule, message));

    /// <summary>
    /// Adds the failure a user-written rule (a custom attribute) returned, under each of the
    /// result's member names, or at the current object when it names none, as <c>Validator</c> reports it.
    /// Inside a <see cref="SensitiveAttribute"/> member, or when <paramref name="sensitive"/> is set, the message is replaced.
    /// </summary>
    /// <param name="result">The result; <see langword="null"/> or <see cref="ValidationResult.Success"/> adds nothing.</param>
    /// <param name="rule">The rule that produced it.</param>
    /// <param name="displayName">The member's display name, used in a replaced message.</param>
    /// <param name="sensitive">Whether the member itself is marked <see cref="SensitiveAttribute"/>.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void AddResult(ValidationResult? result, string rule, string displayName, bool sensitive = false)
    {
        if (result is null || ReferenceEquals(result, ValidationResult.Success))
        {
            return;
        }

        var message = sensitive || IsRedacting
            ? string.Format(CultureInfo.CurrentCulture, RedactedMessageFormat, displayName)
            : result.ErrorMessage ?? string.Empty;
        var any = false;
        foreach (var name in result.MemberNames)
        {
            if (!string.IsNullOrEmpty(name))
            {
                any = true;
                Append(new ValidationFailure(PathOf(name), rule, message));
            }
        }

        if (!any)
        {
            Append(new ValidationFailure(PathOf(null), rule, message));
        }
    }

    /// <summary>Adds every failure <c>IValidatableObject.Validate</c> returned for the current object.</summary>
    /// <param name="results">The results; <see langword="null"/> and successes add nothing.</param>
    /// <param name="displayName">The object's display name (its type name), used in a replaced message.</param>
    public void AddResults(IEnumerable<ValidationResult>? results, string displayName)
    {
        if (results is null)
        {
            return;
        }

        foreach (var result in results)
        {
            AddResult(result, ValidationRules.ValidatableObject, displayName);
        }
    }

    /// <summary>Throws a <see cref="DriverValidationException"/> listing every failure, if there is any.</summary>
    /// <param name="driver">The driver name.</param>
    /// <param name="operation">The method name.</param>
    /// <exception cref="DriverValidationException">At least one failure was added.</exception>
    public readonly void ThrowIfFailed(string driver, string operation)
    {
        if (_failures is not null)
        {
            Throw(driver, operation, _failures);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(string driver, string operation, List<ValidationFailure> failures)
        => throw new DriverValidationException(driver, operation, failures.AsReadOnly());

    private void Append(ValidationFailure failure) => (_failures ??= []).Add(failure);

    private void Push(Segment segment)
    {
        if (_depth >= InlineDepth)
        {
            _overflow ??= new Segment[InlineDepth];
            if (_depth - InlineDepth == _overflow.Length)
            {
                Array.Resize(ref _overflow, _overflow.Length * 2);
            }
        }

        At(_depth) = segment;
        _depth++;
        if (segment.Sensitive)
        {
            _redacting++;
        }
    }

    [UnscopedRef]
    private ref Segment At(int index)
        => ref index < InlineDepth ? ref _inline[index] : ref _overflow![index - InlineDepth];

    private readonly Segment AtReadOnly(int index)
        => index < InlineDepth ? _inline[index] : _overflow![index - InlineDepth];

    private readonly string PathOf(string? member)
    {
        var path = new StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            var segment = AtReadOnly(i);
            if (segment.Name is null)
            {
                path.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (path.Length > 0)
                {
                    path.Append('.');
                }

                path.Append(segment.Name);
            }
        }

        if (member is not null)
        {
            if (path.Length > 0)
            {
                path.Append('.');
            }

            path.Append(member);
        }

        return path.ToString();
    }

    private readonly record struct Segment(string? Name, int Index, object? Instance, bool Sensitive);

    [InlineArray(InlineDepth)]
    private struct Segments
    {
        private Segment _element;
    }
}
