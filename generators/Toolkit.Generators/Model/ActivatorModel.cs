namespace Toolkit.Generators.Model;

/// <summary>
/// A <c>[DriverImplementation]</c> class and the constructor call the generator writes for it, as plain data.
/// </summary>
internal sealed record ActivatorModel
{
    /// <summary>The namespace, escaped; empty for the global namespace.</summary>
    public string Namespace { get; init; } = "";

    /// <summary>The partial declarations that enclose the class, outermost first, e.g. <c>partial class Outer</c>.</summary>
    public EquatableArray<string> ContainingDeclarations { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The class's own partial declaration header, e.g. <c>partial class LocalShellDriver&lt;T&gt;</c>.</summary>
    public string Declaration { get; init; } = "";

    /// <summary>The class as C#, e.g. <c>global::N.LocalShellDriver</c>.</summary>
    public string FullyQualifiedName { get; init; } = "";

    /// <summary>The metadata name, for the hint name, e.g. <c>N.Outer+LocalShellDriver`1</c>.</summary>
    public string MetadataName { get; init; } = "";

    /// <summary>The short name used in run-time messages, e.g. <c>LocalShellDriver</c>.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>One value per constructor parameter, in order.</summary>
    public EquatableArray<ActivatorArgument> Arguments { get; init; } = EquatableArray<ActivatorArgument>.Empty;

    /// <summary>
    /// The diagnostic IDs of the <c>[Experimental]</c> APIs the constructor call names (the class, the constructor, its
    /// parameter types and keys), in ordinal order; the generated file suppresses them.
    /// </summary>
    public EquatableArray<string> ExperimentalDiagnosticIds { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>Where one constructor argument comes from.</summary>
internal sealed record ActivatorArgument
{
    public ArgumentSource Source { get; init; }

    /// <summary>The parameter type as C#, without a top-level nullable annotation on reference types.</summary>
    public string TypeName { get; init; } = "";

    public string ParameterName { get; init; } = "";

    /// <summary>The default value as C#, for optional parameters.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>The key of <c>[FromKeyedServices(key)]</c> as C#.</summary>
    public string? Key { get; init; }

    /// <summary>A reference type: an optional one is resolved as <c>T?</c>.</summary>
    public bool IsReferenceType { get; init; }

    /// <summary>A type parameter of the class: resolved with <c>typeof</c>, since the generic resolution helpers require <c>notnull</c>.</summary>
    public bool IsTypeParameter { get; init; }
}

internal enum ArgumentSource
{
    /// <summary><c>GetRequiredService&lt;T&gt;</c>.</summary>
    Required,

    /// <summary><c>GetServiceOrDefault&lt;T&gt;(services, default)</c>: the parameter has a default value.</summary>
    Optional,

    /// <summary><c>GetRequiredKeyedService&lt;T&gt;(services, key)</c>.</summary>
    RequiredKeyed,

    /// <summary><c>GetKeyedServiceOrDefault&lt;T&gt;(services, key, default)</c>.</summary>
    OptionalKeyed,

    /// <summary><c>[FromKeyedServices]</c> without a key: the registration's own key.</summary>
    RequiredInheritedKey,

    /// <summary><c>[FromKeyedServices]</c> without a key, optional.</summary>
    OptionalInheritedKey,

    /// <summary><c>[ServiceKey]</c>: the registration's key.</summary>
    ServiceKey,

    /// <summary><c>[ServiceKey]</c> on a nullable parameter: <see langword="null"/> without a key.</summary>
    OptionalServiceKey,

    /// <summary>The provider itself.</summary>
    ServiceProvider,
}

/// <summary>The pipeline value of one <c>[DriverImplementation]</c> class: its model, or <see langword="null"/> when it cannot be built (the analyzer says why).</summary>
internal sealed record ActivatorTarget(ActivatorModel? Activator);
