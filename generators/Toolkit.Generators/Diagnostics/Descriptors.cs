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
