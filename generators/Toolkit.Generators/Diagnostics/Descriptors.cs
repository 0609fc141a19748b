using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the Toolkit generator and its analyzers report, in one place. IDs are stable and never reused.
/// Ranges: TK0001–TK0049 general, TK0050–TK0099 mocks, TK0100–TK0199 tracking, TK0200–TK0299 validation,
/// TK0300–TK0399 registration. Each ID is documented in docs/diagnostics.md and listed in AnalyzerReleases.*.md.
/// </summary>
internal static class Descriptors
{
    /// <summary>Where docs/diagnostics.md is published; each descriptor links to its own anchor.</summary>
    public const string HelpLinkBase = "https://github.com/toolkit-dotnet/toolkit/blob/main/docs/diagnostics.md";

    public const string UsageCategory = "Toolkit.Usage";
    public const string GeneratorCategory = "Toolkit.Generator";

    // ---- General (TK0001–TK0049): apply to every [Generate*] attribute ----

    public static readonly DiagnosticDescriptor InterfaceNotPartial = Create(
        "TK0001",
        "Interface must be partial",
        "Interface '{0}' must be declared partial to use [{1}]",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Toolkit attributes go on partial interfaces so that every generated output can extend the declaration; add the partial modifier.");

    public static readonly DiagnosticDescriptor AttributeOnNonInterface = Create(
        "TK0002",
        "Attribute applied to a type that is not an interface",
        "[{0}] can only be applied to an interface, but '{1}' is a {2}",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Toolkit generates code for interfaces. Extract an interface from the type and put the attribute on it.");

    public static readonly DiagnosticDescriptor InterfaceNotAccessible = Create(
        "TK0003",
        "Interface is not accessible to generated code",
        "Interface '{0}' is {1}, so generated code cannot implement it; make it and its containing types internal or public",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Generated types are declared at namespace level in the same assembly, so the interface must be accessible there.");

    public static readonly DiagnosticDescriptor MemberNotImplementable = Create(
        "TK0004",
        "Member cannot be implemented by generated code",
        "Member '{0}' of interface '{1}' cannot be implemented: {2}",
        UsageCategory,
        DiagnosticSeverity.Error,
        "A member that C# code cannot implement (a __arglist method, a signature naming an inaccessible type) makes the interface impossible to generate for.");

    public static readonly DiagnosticDescriptor StaticAbstractMember = Create(
        "TK0005",
        "Interface has static abstract members",
        "Interface '{0}' declares static abstract member '{1}'; generated instances cannot implement static members",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Mocks and decorators are objects: a static abstract member belongs to a type argument, not to an instance. Move the static members to a separate interface.");

    public static readonly DiagnosticDescriptor UnsafeCodeRequired = Create(
        "TK0006",
        "Interface needs unsafe code",
        "Interface '{0}' uses pointer types in '{1}'; set <AllowUnsafeBlocks>true</AllowUnsafeBlocks> in the project to generate code for it",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Implementing a member whose signature has pointers needs an unsafe context.");

    public static readonly DiagnosticDescriptor InternalError = Create(
        "TK0049",
        "The Toolkit generator failed",
        "The Toolkit generator failed on '{0}': {1}",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "An unexpected failure inside the generator; nothing was generated for the named type. Please report it with the message.");

    // ---- Mocks (TK0050–TK0099) ----

    public static readonly DiagnosticDescriptor MockTypeNotInterface = Create(
        "TK0050",
        "Only interfaces can be mocked",
        "typeof({0}) in [assembly: GenerateMock] names a {1}; only interfaces can be mocked",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Generated mocks implement an interface. Mock an interface the type implements instead.");

    public static readonly DiagnosticDescriptor MockTypeMissing = Create(
        "TK0051",
        "Assembly-level GenerateMock needs an interface",
        "[assembly: GenerateMock] needs the interface to mock, as in [assembly: GenerateMock(typeof(IMyInterface))]",
        UsageCategory,
        DiagnosticSeverity.Error,
        "At assembly level the attribute has no declaration to attach to, so it must name the interface with typeof.");

    public static readonly DiagnosticDescriptor DuplicateMock = Create(
        "TK0052",
        "Mock requested more than once",
        "A mock of '{0}' is already requested; this request is ignored",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "Each interface gets one mock. Remove the repeated attribute.");

    // ---- Validation (TK0200–TK0299) ----

    public static readonly DiagnosticDescriptor ValidationAttributeNotApplicable = Create(
        "TK0200",
        "Validation attribute cannot validate this type",
        "[{0}] cannot validate '{1}' of type '{2}'",
        UsageCategory,
        DiagnosticSeverity.Error,
        "DataAnnotations would throw InvalidCastException for this combination on every non-null value (a length rule on a type with no length or count), or the value cannot be read before the call (an out parameter, a ref struct). Remove the attribute or change the type.");

    public static readonly DiagnosticDescriptor RuleCannotMatch = Create(
        "TK0201",
        "Validation rule cannot match values of this type",
        "[{0}] on '{1}' of type '{2}' has no useful effect: {3}",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "The rule's operand and the member's type never agree, so DataAnnotations rejects every value, or never rejects one. The generated validator behaves the same way; fix the attribute's arguments or the member's type.");

    public static readonly DiagnosticDescriptor InvalidRegex = Create(
        "TK0202",
        "Regular expression does not compile",
        "The pattern of [RegularExpression] on '{0}' is not a valid regular expression: {1}",
        UsageCategory,
        DiagnosticSeverity.Error,
        "DataAnnotations would throw ArgumentException the first time the rule runs. Fix the pattern.");

    public static readonly DiagnosticDescriptor InvalidAttributeArguments = Create(
        "TK0203",
        "Validation attribute has invalid arguments",
        "[{0}] on '{1}' has invalid arguments: {2}",
        UsageCategory,
        DiagnosticSeverity.Error,
        "DataAnnotations would throw InvalidOperationException the first time the rule runs (negative lengths, a maximum below the minimum).");

    public static readonly DiagnosticDescriptor ValidateEnumeratedItemsNotEnumerable = Create(
        "TK0204",
        "[ValidateEnumeratedItems] needs a collection",
        "[ValidateEnumeratedItems] on '{0}' needs a collection, but '{1}' does not implement IEnumerable<T>",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Items are validated one by one, so the member's type must be an array or implement IEnumerable<T>. Use [ValidateObjectMembers] for a single object.");

    public static readonly DiagnosticDescriptor NothingToValidate = Create(
        "TK0205",
        "Nested type has no validation rules",
        "'{0}' asks to validate the members of '{1}', which has no validation rules",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "[ValidateObjectMembers] and [ValidateEnumeratedItems] descend into a type with DataAnnotations attributes on its public properties, validation attributes on the type, or IValidatableObject. Interfaces and framework types are not descended into.");

    public static readonly DiagnosticDescriptor ValidationAttributeIgnored = Create(
        "TK0206",
        "Validation attribute is ignored",
        "[{0}] on {2} '{1}' is ignored: DataAnnotations validates public properties only",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "Validator.TryValidateObject reads attributes from properties. On a positional record parameter write [property: Range(...)] so the attribute lands on the generated property; turn a field into a property.");

    public static readonly DiagnosticDescriptor RepeatedAttributeIgnored = Create(
        "TK0207",
        "Repeated validation attribute is ignored",
        "Only the last [{0}] on '{1}' is validated: DataAnnotations keeps one attribute per TypeId",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "TypeDescriptor keeps one attribute per Attribute.TypeId, which is the attribute's type unless overridden, so repeated attributes of an AllowMultiple validation attribute are dropped but the last, which runs in the position of the first. Override TypeId (return this) to validate them all.");

    public static readonly DiagnosticDescriptor LossyRangeConversion = Create(
        "TK0208",
        "[Range] converts the value with loss",
        "[Range] on '{0}' of type '{1}' converts each value with Convert.To{2}, which rounds fractions and throws OverflowException out of the {2} range",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "RangeAttribute(int, int) and RangeAttribute(double, double) convert the value to their operand type first. Use [Range(typeof(T), \"min\", \"max\")] with the member's own type to compare without conversion.");

    public static readonly DiagnosticDescriptor RepeatedTypeAttributeIgnored = Create(
        "TK0209",
        "Repeated type-level validation attribute is ignored",
        "Only the first [{0}] on type '{1}' is validated: DataAnnotations keeps one attribute per TypeId",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "TypeDescriptor keeps one attribute of a type per Attribute.TypeId, the first (a derived class's before its base classes', a class's before its interfaces'), so a repeated AllowMultiple validation attribute on a type is dropped but the first. Override TypeId (return this) to validate them all.");

    // ---- Tracking (TK0100–TK0199) ----

    public static readonly DiagnosticDescriptor InvalidDriverName = Create(
        "TK0100",
        "DriverName must not be empty",
        "DriverName on [GenerateTracking] of '{0}' is empty; the name derived from the interface, '{1}', is used instead",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "The driver name is a low-cardinality tag on every span and metric point. Set a short, stable name such as \"docker\", or remove the argument to use the derived one.");

    public static readonly DiagnosticDescriptor SensitiveOnByRefParameter = Create(
        "TK0101",
        "[Sensitive] on a ref or out parameter",
        "[Sensitive] on {0} parameter '{1}' of '{2}' cannot cover the value the implementation writes back",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "Decorators only see the value a parameter has when the call starts. A ref or out parameter also carries a value back to the caller, which no decorator can redact. Return the secret instead, or pass it in a by-value parameter.");

    // ---- Registration (TK0300–TK0399) ----

    public static readonly DiagnosticDescriptor NoUsableConstructor = Create(
        "TK0300",
        "Implementation has no constructor the registration can call",
        "'{0}' cannot be created by generated registration: {1}",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Generated registration calls a public constructor whose parameters all come from the container. Add a public constructor whose parameters are passed by value.");

    public static readonly DiagnosticDescriptor ImplementationNotPartial = Create(
        "TK0301",
        "Implementation must be partial",
        "'{0}' must be declared partial to use [DriverImplementation]; '{1}' is not partial",
        UsageCategory,
        DiagnosticSeverity.Error,
        "The generator adds the constructor call to the class itself, so the class and every type containing it must be partial.");

    public static readonly DiagnosticDescriptor AmbiguousConstructors = Create(
        "TK0302",
        "Implementation has ambiguous constructors",
        "'{0}' has several public constructors with {1} parameters; mark the one registration should call with [ActivatorUtilitiesConstructor]",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Registration calls the public constructor with the most parameters. When two tie, mark one with [ActivatorUtilitiesConstructor].");

    public static readonly DiagnosticDescriptor ImplementationNotConstructible = Create(
        "TK0303",
        "[DriverImplementation] on a class that cannot be instantiated",
        "[DriverImplementation] cannot be applied to '{0}' because it is {1}",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Registration creates instances of the class, so it must be a non-abstract, non-static class.");

    public static readonly DiagnosticDescriptor MockAlreadyAvailable = Create(
        "TK0053",
        "Mock already available from a referenced assembly",
        "'{0}' from assembly '{1}' already mocks '{2}'; no second mock is generated",
        UsageCategory,
        DiagnosticSeverity.Info,
        "A referenced assembly (for example the project under test, through InternalsVisibleTo) already has the generated mock. Generating another one with the same name would make every use ambiguous (CS0436), so the existing mock is used.");

    public static readonly DiagnosticDescriptor MockingRuntimeMissing = Create(
        "TK0054",
        "Mocks need the Toolkit.Mocking package",
        "'{0}' asks for a mock, but this project does not reference the mocking runtime: add <PackageReference Include=\"Toolkit.Mocking\" /> to it (mocks belong in test projects)",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Generated mocks call the mocking runtime (matchers, setups, verification), which ships in the test-side package Toolkit.Mocking so that production apps never carry test code. Reference Toolkit.Mocking from the test project and ask for the mock there, with [assembly: GenerateMock(typeof(IYourDriver))]; or, if this project is a test project, add the package reference.");

    public static readonly DiagnosticDescriptor MockNameTaken = Create(
        "TK0070",
        "Two mocks would get the same name",
        "The mock of '{0}' would be named '{1}', which the mock of '{2}' takes; no mock is generated for '{0}'",
        UsageCategory,
        DiagnosticSeverity.Error,
        "Mocks are named after the interface without its leading I, so IFoo and Foo (a COM class interface beside its IFoo, say) would both be FooMock. [GenerateMock] on an interface goes first, then the interface whose name starts with the I, then the first full name in ordinal order. Remove the request you do not need, or mock an interface of your own that derives from this one.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description)
        => new(
            id,
            title,
            message,
            category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkBase + "#" + id.ToLowerInvariant());
}
