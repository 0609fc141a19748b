namespace Toolkit.Generators.Model;

/// <summary>
/// What the validating decorator of one interface checks: the rules of each method's parameters and the rules of
/// every object type reached from them. Plain data with value equality, built by <c>ValidationParser</c>.
/// </summary>
internal sealed record ValidationModel
{
    /// <summary>The value of <c>DriverException.Driver</c>: the interface name without <c>I</c> and <c>Driver</c>, in kebab case (<c>IShellDriver</c> → <c>shell</c>).</summary>
    public string DriverName { get; init; } = "";

    /// <summary>The methods with at least one rule, keyed by <see cref="MemberModel.DisplaySignature"/>.</summary>
    public EquatableArray<ValidatedMethodModel> Methods { get; init; } = EquatableArray<ValidatedMethodModel>.Empty;

    /// <summary>Every object type validated member by member, each with its own generated method.</summary>
    public EquatableArray<ValidatedTypeModel> Types { get; init; } = EquatableArray<ValidatedTypeModel>.Empty;

    /// <summary><c>[Display]</c> attributes with a <c>ResourceType</c>, created once to localize display names.</summary>
    public EquatableArray<DisplayFieldModel> DisplayFields { get; init; } = EquatableArray<DisplayFieldModel>.Empty;

    /// <summary>
    /// The diagnostic IDs of the <c>[Experimental]</c> APIs this output names beyond those of the interface (the validated types and properties, and the attributes created as rules), in
    /// ordinal order; the generated file suppresses them.
    /// </summary>
    public EquatableArray<string> ExperimentalDiagnosticIds { get; init; } = EquatableArray<string>.Empty;

    public ValidatedMethodModel? FindMethod(MethodModel method)
    {
        foreach (var candidate in Methods)
        {
            if (candidate.Signature == method.DisplaySignature)
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A localized <c>[Display]</c> attribute, kept in a static field.</summary>
internal sealed record DisplayFieldModel(string FieldName, string Creation);

/// <summary>
/// A <c>[Display]</c> attribute that names a member or a type: a fixed <see cref="Name"/> (possibly empty, which
/// DataAnnotations replaces with the object's type name), or a localized one read from <see cref="Field"/> at run time.
/// </summary>
internal sealed record DisplayModel(string? Name, string? Field);

/// <summary>The checks of one method's parameters, in declaration order.</summary>
internal sealed record ValidatedMethodModel(string Signature, string Operation, EquatableArray<ValidatedValueModel> Parameters);

/// <summary>An object type whose members are validated, as <c>Validator.TryValidateObject</c> would.</summary>
internal sealed record ValidatedTypeModel
{
    /// <summary>The generated method's name, e.g. <c>__Validate_ContainerConfig</c>.</summary>
    public string MethodName { get; init; } = "";

    /// <summary>The type as C#, <c>global::</c>-qualified, without nullable annotation.</summary>
    public string TypeName { get; init; } = "";

    /// <summary><c>Type.Name</c> of the type: the display name DataAnnotations gives the object's own context without a <c>[Display]</c>.</summary>
    public string ContextName { get; init; } = "";

    /// <summary>The type's <c>[Display]</c> (its own or a base class's), naming it in type-level rules and IValidatableObject.</summary>
    public DisplayModel? Display { get; init; }

    /// <summary>
    /// The members that hold a <c>[Sensitive]</c> value (marked, or of a type that holds one): a result of a user-written
    /// rule that names one of them, or that names none while there are any, has its message withheld.
    /// </summary>
    public EquatableArray<string> SensitiveMembers { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The static field holding <see cref="SensitiveMembers"/> for the run-time checks; <see langword="null"/> when there are none.</summary>
    public string? SensitiveMembersField { get; init; }

    public bool IsValueType { get; init; }

    /// <summary>Sealed or a struct: <c>GetType().Name</c> is known statically.</summary>
    public bool IsSealed { get; init; }

    /// <summary>Properties with rules, in the order <c>TypeDescriptor</c> lists them (most derived level first).</summary>
    public EquatableArray<ValidatedValueModel> Members { get; init; } = EquatableArray<ValidatedValueModel>.Empty;

    /// <summary>Validation attributes of the type, its base classes and interfaces; they run only when every member passed.</summary>
    public EquatableArray<ValidationRuleModel> TypeRules { get; init; } = EquatableArray<ValidationRuleModel>.Empty;

    /// <summary>The type implements <c>IValidatableObject</c>; it runs only when members and type rules passed.</summary>
    public bool IsValidatableObject { get; init; }
}

/// <summary>A parameter or a property, with its rules and, optionally, the object or items to descend into.</summary>
internal sealed record ValidatedValueModel
{
    /// <summary>The name in paths and in <c>ValidationContext.MemberName</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The name as written in code (a keyword is escaped).</summary>
    public string EscapedName { get; init; } = "";

    /// <summary>The <c>[Display]</c> that names it in messages, or <see langword="null"/> for <see cref="Name"/>.</summary>
    public DisplayModel? Display { get; init; }

    /// <summary>
    /// A property a derived level hides from C# name lookup (with <c>new</c>, or a setter-only redeclaration): it is read
    /// through its declaring type, written as C#. <see langword="null"/> when the name reaches it.
    /// </summary>
    public string? DeclaringTypeName { get; init; }

    public ValueShape Shape { get; init; }

    /// <summary>The declared type as C#.</summary>
    public string TypeName { get; init; } = "";

    /// <summary>A non-nullable reference parameter: <see langword="null"/> is a failure (rule <c>NotNull</c>).</summary>
    public bool NullCheck { get; init; }

    /// <summary>Marked <c>[Sensitive]</c>: messages written by user code anywhere below it are withheld.</summary>
    public bool Sensitive { get; init; }

    /// <summary>Marked <c>[Sensitive]</c> or of a type that can hold a sensitive value: messages its user-written rules write are withheld.</summary>
    public bool WithholdUserMessages { get; init; }

    /// <summary>
    /// For a property of an object that holds a sensitive value: the field listing the object's members that hold one. A
    /// user-written rule that sees the object through its context has a result naming one of them withheld.
    /// </summary>
    public string? OwnerSensitiveMembersField { get; init; }

    /// <summary>The rules, <c>[Required]</c> first (its failure skips the others), then in declaration order.</summary>
    public EquatableArray<ValidationRuleModel> Rules { get; init; } = EquatableArray<ValidationRuleModel>.Empty;

    /// <summary>The first rule is <c>[Required]</c> (or derives from it): when it fails, the other rules do not run.</summary>
    public bool RequiredGate { get; init; }

    /// <summary>The object or the items to validate member by member, when there is one.</summary>
    public NestedModel? Nested { get; init; }

    public bool HasChecks => NullCheck || !Rules.IsEmpty || Nested is not null;
}

/// <summary>What kind of value a parameter or property holds, which decides how rules are written inline.</summary>
internal enum ValueShape
{
    /// <summary><c>string</c>.</summary>
    String,
    /// <summary>A value type that cannot be null.</summary>
    Value,
    /// <summary><c>Nullable&lt;T&gt;</c>.</summary>
    NullableValue,
    /// <summary>A class other than string and object, or an array.</summary>
    Reference,
    /// <summary><c>object</c>, an interface or a type parameter: it may hold a string or a boxed value at run time.</summary>
    Open,
}

/// <summary>Descending into an object (<c>[ValidateObjectMembers]</c>, or a parameter) or into items (<c>[ValidateEnumeratedItems]</c>).</summary>
internal sealed record NestedModel
{
    public bool IsItems { get; init; }

    /// <summary>The <see cref="ValidatedTypeModel.MethodName"/> to call for the object or each item.</summary>
    public string MethodName { get; init; } = "";

    /// <summary>How the object or each item is held.</summary>
    public ValueShape ElementShape { get; init; }

    /// <summary>How to walk the items.</summary>
    public IterationKind Iteration { get; init; }

    /// <summary>
    /// The target is a reference type that can contain itself: objects on the current path are tracked so a cycle is
    /// visited once. Never set for value types, which cannot form a cycle.
    /// </summary>
    public bool TrackAncestors { get; init; }
}

/// <summary>How generated code walks a collection without allocating where it can.</summary>
internal enum IterationKind
{
    None,
    /// <summary>An array: <c>for</c> over <c>Length</c>.</summary>
    Array,
    /// <summary><c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c> or <c>IReadOnlyList&lt;T&gt;</c>: <c>for</c> over <c>Count</c> and the indexer.</summary>
    List,
    /// <summary>Anything else: <c>foreach</c>.</summary>
    Enumerable,
}
