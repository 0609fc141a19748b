using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Toolkit.Errors;

namespace Toolkit.Validation;

/// <summary>
/// Gathers the failures of one validated call. Generated validating decorators use it; you do not need it in your code.
/// </summary>
/// <remarks>
/// <para>Nothing is recorded while rules pass, so a valid call costs a few field reads and allocates nothing. A failure is
/// recorded with its path relative to the object being validated; each caller that descended into a member or an item
/// prefixes that member or index afterwards, only when failures were added below it (<see cref="Prefix"/>).</para>
/// <para>For types that can contain themselves, generated code also keeps the objects on the current path
/// (<see cref="PushAncestor"/>), so a cycle is visited once.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct ValidationCollector
{
    private const int InlineAncestors = 8;
    private const string RedactedMessageFormat = "The field {0} is invalid.";

    private List<Entry>? _failures;
    private Ancestors _ancestors;
    private object[]? _moreAncestors;
    private int _depth;

    /// <summary>Whether any failure was added.</summary>
    public readonly bool HasFailures => _failures is not null;

    /// <summary>How many failures were added so far; generated code compares it before and after a member.</summary>
    public readonly int FailureCount => _failures?.Count ?? 0;

    /// <summary>Adds a failure of <paramref name="member"/> of the current object (or of the parameter <paramref name="member"/> at the root).</summary>
    /// <param name="member">The member or parameter name.</param>
    /// <param name="rule">The rule that failed.</param>
    /// <param name="message">The message, which never contains the value.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Add(string member, string rule, string message)
        => Append(new Entry(member, rule, message, member, fromUserCode: false));

    /// <summary>
    /// Adds the failure a user-written rule (a custom attribute) returned: one per member name it gives, relative to the
    /// current object, or one for the object itself when it names none, as <c>Validator</c> reports it. When
    /// <paramref name="sensitive"/> is set (a <see cref="SensitiveAttribute"/> member) the message is replaced, since it
    /// may quote the value.
    /// </summary>
    /// <param name="result">The result; <see langword="null"/> or <see cref="ValidationResult.Success"/> adds nothing.</param>
    /// <param name="rule">The rule that produced it.</param>
    /// <param name="displayName">The display name used in a replaced message when the result names no member.</param>
    /// <param name="sensitive">Whether the member is marked <see cref="SensitiveAttribute"/>.</param>
    public void AddResult(ValidationResult? result, string rule, string displayName, bool sensitive = false)
    {
        if (result is null || ReferenceEquals(result, ValidationResult.Success))
        {
            return;
        }

        AddUserResult(result, rule, displayName, sensitive);
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

    /// <summary>
    /// Puts <paramref name="member"/> in front of the path of every failure added since <paramref name="since"/>: call it
    /// after validating the member's object or items. For a <see cref="SensitiveAttribute"/> member, messages written by
    /// user code below it are replaced.
    /// </summary>
    /// <param name="since">The <see cref="FailureCount"/> before the member was validated.</param>
    /// <param name="member">The member or parameter name.</param>
    /// <param name="sensitive">Whether the member is marked <see cref="SensitiveAttribute"/>.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public readonly void Prefix(int since, string member, bool sensitive = false)
    {
        var failures = _failures!;
        for (var i = since; i < failures.Count; i++)
        {
            var entry = failures[i];
            var path = entry.Path.Length == 0 ? member : entry.Path[0] == '[' ? member + entry.Path : member + "." + entry.Path;
            failures[i] = sensitive && entry.FromUserCode ? entry.Redacted(path) : entry.WithPath(path);
        }
    }

    /// <summary>Puts <c>[index]</c> in front of the path of every failure added since <paramref name="since"/>: call it after validating an item.</summary>
    /// <param name="since">The <see cref="FailureCount"/> before the item was validated.</param>
    /// <param name="index">The item's position in enumeration order.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public readonly void PrefixItem(int since, int index)
        => Prefix(since, "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    /// <summary>Whether <paramref name="instance"/> is already being validated further up the current path (a cycle).</summary>
    /// <param name="instance">The object about to be validated.</param>
    /// <returns><see langword="true"/> when validating it again would loop.</returns>
    public readonly bool IsOnPath(object instance)
    {
        for (var i = 0; i < _depth; i++)
        {
            if (ReferenceEquals(i < InlineAncestors ? _ancestors[i] : _moreAncestors![i - InlineAncestors], instance))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records that <paramref name="instance"/> is being validated, until <see cref="PopAncestor"/>.</summary>
    /// <param name="instance">The object whose members are about to be validated.</param>
    public void PushAncestor(object instance)
    {
        if (_depth < InlineAncestors)
        {
            _ancestors[_depth] = instance;
        }
        else
        {
            var index = _depth - InlineAncestors;
            _moreAncestors ??= new object[InlineAncestors];
            if (index == _moreAncestors.Length)
            {
                Array.Resize(ref _moreAncestors, _moreAncestors.Length * 2);
            }

            _moreAncestors[index] = instance;
        }

        _depth++;
    }

    /// <summary>Undoes the last <see cref="PushAncestor"/>.</summary>
    public void PopAncestor() => _depth--;

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

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(string driver, string operation, List<Entry> entries)
    {
        var failures = new ValidationFailure[entries.Count];
        for (var i = 0; i < failures.Length; i++)
        {
            failures[i] = new ValidationFailure(entries[i].Path, entries[i].Rule, entries[i].Message);
        }

        throw new DriverValidationException(driver, operation, failures);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddUserResult(ValidationResult result, string rule, string displayName, bool sensitive)
    {
        var message = result.ErrorMessage ?? string.Empty;
        var any = false;
        foreach (var name in result.MemberNames)
        {
            if (!string.IsNullOrEmpty(name))
            {
                any = true;
                var entry = new Entry(name, rule, message, name, fromUserCode: true);
                Append(sensitive ? entry.Redacted(name) : entry);
            }
        }

        if (!any)
        {
            var entry = new Entry(string.Empty, rule, message, displayName, fromUserCode: true);
            Append(sensitive ? entry.Redacted(string.Empty) : entry);
        }
    }

    private void Append(Entry entry) => (_failures ??= []).Add(entry);

    /// <summary>A failure being collected: its path grows as the validation returns towards the parameter.</summary>
    private readonly struct Entry(string path, string rule, string message, string displayName, bool fromUserCode)
    {
        public string Path { get; } = path;

        public string Rule { get; } = rule;

        public string Message { get; } = message;

        /// <summary>The name the message would use, for a replaced message.</summary>
        public string DisplayName { get; } = displayName;

        /// <summary>The message comes from user code (a custom attribute's result, IValidatableObject) and may quote the value.</summary>
        public bool FromUserCode { get; } = fromUserCode;

        public Entry WithPath(string newPath) => new(newPath, Rule, Message, DisplayName, FromUserCode);

        public Entry Redacted(string newPath)
            => new(newPath, Rule, string.Format(CultureInfo.CurrentCulture, RedactedMessageFormat, DisplayName), DisplayName, fromUserCode: false);
    }

    [InlineArray(InlineAncestors)]
    private struct Ancestors
    {
        private object? _element;
    }
}
