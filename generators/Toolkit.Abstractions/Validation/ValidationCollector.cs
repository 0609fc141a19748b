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

    private List<Entry>? _failures;
    private Ancestors _ancestors;
    private object[]? _moreAncestors;
    private int _depth;

    /// <summary>Whether any failure was added.</summary>
    public readonly bool HasFailures => _failures is not null;

    /// <summary>How many failures were added so far; generated code compares it before and after a member.</summary>
    public readonly int FailureCount => _failures?.Count ?? 0;

    /// <summary>
    /// Adds a failure of <paramref name="member"/> of the current object (or of the parameter <paramref name="member"/> at
    /// the root) with a message DataAnnotations wrote, which never contains the value.
    /// </summary>
    /// <param name="member">The member or parameter name.</param>
    /// <param name="rule">The rule that failed.</param>
    /// <param name="message">The message, which never contains the value.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Add(string member, string rule, string message)
        => Append(new Entry(member, rule, message, member, fromUserCode: false));

    /// <summary>
    /// Adds a failure of <paramref name="member"/> with a message written by user code (a custom attribute's
    /// <c>FormatErrorMessage</c>): it may quote the value, so it is replaced when a <see cref="SensitiveAttribute"/> member
    /// above it is prefixed (<see cref="Prefix"/>).
    /// </summary>
    /// <param name="member">The member or parameter name.</param>
    /// <param name="rule">The rule that failed.</param>
    /// <param name="displayName">The member's display name, for a replaced message.</param>
    /// <param name="message">The message.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void AddUserMessage(string member, string rule, string displayName, string message)
        => Append(new Entry(member, rule, message, displayName, fromUserCode: true));

    /// <summary>
    /// Adds a failure of <paramref name="member"/> whose message, written by user code that could see a
    /// <see cref="SensitiveAttribute"/> value, is withheld: <see cref="ValidationMessages.Withheld"/>.
    /// </summary>
    /// <param name="member">The member or parameter name.</param>
    /// <param name="rule">The rule that failed.</param>
    /// <param name="displayName">The member's display name.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void AddWithheld(string member, string rule, string displayName)
        => Append(Entry.Withheld(member, rule, displayName));

    /// <summary>
    /// Adds the failure a user-written rule of a member of the current object returned (a custom attribute that reads its
    /// context): one per member name it gives, relative to the current object, or one for the object itself when it names
    /// none, as <c>Validator</c> reports it. Its message is withheld, since it may quote a <see cref="SensitiveAttribute"/>
    /// value, when <paramref name="sensitive"/> is set (the member holds one) or when it names one of
    /// <paramref name="sensitiveMembers"/>.
    /// </summary>
    /// <param name="result">The result; <see langword="null"/> or <see cref="ValidationResult.Success"/> adds nothing.</param>
    /// <param name="rule">The rule that produced it.</param>
    /// <param name="displayName">The member's display name, used in a withheld message when the result names no member.</param>
    /// <param name="sensitive">Whether the member holds a <see cref="SensitiveAttribute"/> value.</param>
    /// <param name="sensitiveMembers">The members of the current object that hold one, or <see langword="null"/>.</param>
    public void AddResult(ValidationResult? result, string rule, string displayName, bool sensitive = false, string[]? sensitiveMembers = null)
    {
        if (result is null || ReferenceEquals(result, ValidationResult.Success))
        {
            return;
        }

        AddUserResult(result, string.Empty, rule, displayName, sensitive || Names(result, sensitiveMembers));
    }

    /// <summary>
    /// Adds the failure a user-written rule of a parameter returned: one per member name it gives, or one at the
    /// parameter's path when it names none. When <paramref name="sensitive"/> is set the message is withheld.
    /// </summary>
    /// <param name="result">The result; <see langword="null"/> or <see cref="ValidationResult.Success"/> adds nothing.</param>
    /// <param name="parameter">The parameter's name: the path of a result that names no member.</param>
    /// <param name="rule">The rule that produced it.</param>
    /// <param name="displayName">The parameter's display name, used in a withheld message when the result names no member.</param>
    /// <param name="sensitive">Whether the parameter holds a <see cref="SensitiveAttribute"/> value.</param>
    public void AddParameterResult(ValidationResult? result, string parameter, string rule, string displayName, bool sensitive = false)
    {
        if (result is null || ReferenceEquals(result, ValidationResult.Success))
        {
            return;
        }

        AddUserResult(result, parameter, rule, displayName, sensitive);
    }

    /// <summary>
    /// Adds the failure a type-level rule of the current object returned, like <see cref="AddResult"/>. A result is about
    /// the members it names, or about the whole object when it names none; its message is withheld when it names one of
    /// <paramref name="sensitiveMembers"/>, or names none while there are any.
    /// </summary>
    /// <param name="result">The result; <see langword="null"/> or <see cref="ValidationResult.Success"/> adds nothing.</param>
    /// <param name="rule">The rule that produced it.</param>
    /// <param name="displayName">The object's display name, used in a withheld message when the result names no member.</param>
    /// <param name="sensitiveMembers">The members of the object that hold a <see cref="SensitiveAttribute"/> value, or <see langword="null"/>.</param>
    public void AddObjectResult(ValidationResult? result, string rule, string displayName, string[]? sensitiveMembers = null)
    {
        if (result is null || ReferenceEquals(result, ValidationResult.Success))
        {
            return;
        }

        AddUserResult(result, string.Empty, rule, displayName, Names(result, sensitiveMembers) || (sensitiveMembers is not null && !NamesAny(result)));
    }

    /// <summary>Adds every failure <c>IValidatableObject.Validate</c> returned for the current object, each as <see cref="AddObjectResult"/> would.</summary>
    /// <param name="results">The results; <see langword="null"/> and successes add nothing.</param>
    /// <param name="displayName">The object's display name, used in a withheld message when a result names no member.</param>
    /// <param name="sensitiveMembers">The members of the object that hold a <see cref="SensitiveAttribute"/> value, or <see langword="null"/>.</param>
    public void AddResults(IEnumerable<ValidationResult>? results, string displayName, string[]? sensitiveMembers = null)
    {
        if (results is null)
        {
            return;
        }

        foreach (var result in results)
        {
            AddObjectResult(result, ValidationRules.ValidatableObject, displayName, sensitiveMembers);
        }
    }

    /// <summary>
    /// Puts <paramref name="member"/> in front of the path of every failure added since <paramref name="since"/>: call it
    /// after validating the member's object or items. For a <see cref="SensitiveAttribute"/> member, messages written by
    /// user code below it are withheld.
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

            // Validator joins a member name to its object's path with a dot, whatever the name looks like ("[0]" from a
            // result included); only an item index added by PrefixItem follows its collection's name directly.
            var path = entry.Path.Length == 0 ? member : entry.StartsWithIndex ? member + entry.Path : member + "." + entry.Path;
            failures[i] = (sensitive && entry.FromUserCode ? entry.Redacted() : entry).WithPath(path, startsWithIndex: false);
        }
    }

    /// <summary>Puts <c>[index]</c> in front of the path of every failure added since <paramref name="since"/>: call it after validating an item.</summary>
    /// <param name="since">The <see cref="FailureCount"/> before the item was validated.</param>
    /// <param name="index">The item's position in enumeration order.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public readonly void PrefixItem(int since, int index)
    {
        var failures = _failures!;
        var segment = "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        for (var i = since; i < failures.Count; i++)
        {
            var entry = failures[i];
            var path = entry.Path.Length == 0 ? segment : segment + "." + entry.Path;
            failures[i] = entry.WithPath(path, startsWithIndex: true);
        }
    }

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
    private void AddUserResult(ValidationResult result, string path, string rule, string displayName, bool sensitive)
    {
        var message = result.ErrorMessage ?? string.Empty;
        var any = false;
        foreach (var name in result.MemberNames)
        {
            if (!string.IsNullOrEmpty(name))
            {
                any = true;
                Append(sensitive ? Entry.Withheld(name, rule, name) : new Entry(name, rule, message, name, fromUserCode: true));
            }
        }

        if (!any)
        {
            Append(sensitive ? Entry.Withheld(path, rule, displayName) : new Entry(path, rule, message, displayName, fromUserCode: true));
        }
    }

    private void Append(Entry entry) => (_failures ??= []).Add(entry);

    /// <summary>Whether the result names one of <paramref name="members"/>: its one message serves every name, so one is enough to withhold it.</summary>
    private static bool Names(ValidationResult result, string[]? members)
    {
        if (members is null)
        {
            return false;
        }

        foreach (var name in result.MemberNames)
        {
            if (name is not null && Array.IndexOf(members, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesAny(ValidationResult result)
    {
        foreach (var name in result.MemberNames)
        {
            if (!string.IsNullOrEmpty(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A failure being collected: its path grows as the validation returns towards the parameter.</summary>
    private readonly struct Entry(string path, string rule, string message, string displayName, bool fromUserCode, bool startsWithIndex = false)
    {
        public string Path { get; } = path;

        public string Rule { get; } = rule;

        public string Message { get; } = message;

        /// <summary>The name the message would use, for a withheld message.</summary>
        public string DisplayName { get; } = displayName;

        /// <summary>The message comes from user code (a custom attribute, a type-level rule, IValidatableObject) and may quote the value.</summary>
        public bool FromUserCode { get; } = fromUserCode;

        /// <summary>The path starts with an item index put there by <see cref="PrefixItem"/>, not with a member name.</summary>
        public bool StartsWithIndex { get; } = startsWithIndex;

        public static Entry Withheld(string path, string rule, string displayName)
            => new(path, rule, ValidationMessages.Withheld(displayName, rule), displayName, fromUserCode: false);

        public Entry WithPath(string newPath, bool startsWithIndex) => new(newPath, Rule, Message, DisplayName, FromUserCode, startsWithIndex);

        public Entry Redacted() => Withheld(Path, Rule, DisplayName);
    }

    [InlineArray(InlineAncestors)]
    private struct Ancestors
    {
        private object? _element;
    }
}
