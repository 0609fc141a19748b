namespace Toolkit.Generators.Naming;

/// <summary>
/// The Toolkit namespaces and types generated code names, <c>global::</c>-qualified, in one place: when a support type
/// moves to another namespace or assembly, one line here changes and every emitter follows.
/// </summary>
internal static class RuntimeTypes
{
    /// <summary>The mocking runtime (<c>MockBase</c>, setups, matchers, verification), with a trailing dot.</summary>
    public const string Mocking = "global::Toolkit.Mocking.";

    /// <summary>The tracking runtime (<c>CallTracker</c>, <c>DriverTelemetry</c>, <c>ArgumentText</c>), with a trailing dot.</summary>
    public const string Tracking = "global::Toolkit.Tracking.";

    /// <summary>The validation runtime (<c>ValidationCollector</c>, the inline checks), with a trailing dot.</summary>
    public const string Validation = "global::Toolkit.Validation.";

    /// <summary>The registration runtime (<c>DriverDecorators</c>, activators, disposal), with a trailing dot.</summary>
    public const string Registration = "global::Toolkit.Registration.";

    /// <summary>How every generated message shows an argument value to a person (mocks and tracking alike).</summary>
    public const string ArgumentFormatter = "global::Toolkit.Formatting.ArgumentFormatter";

    /// <summary>How every decorator passes disposal on to the instance it wraps.</summary>
    public const string DecoratorDisposal = Registration + "DecoratorDisposal";

    /// <summary>The exception a validating decorator throws, named in its documentation.</summary>
    public const string DriverValidationException = "global::Toolkit.Errors.DriverValidationException";
}
