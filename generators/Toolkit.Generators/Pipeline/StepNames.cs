namespace Toolkit.Generators.Pipeline;

/// <summary>
/// Names given to pipeline steps with <c>WithTrackingName</c>, so tests can assert that each step was cached.
/// Add one constant per step you add.
/// </summary>
internal static class StepNames
{
    /// <summary>Interfaces carrying <c>[GenerateMock]</c>, parsed.</summary>
    public const string MockInterfaces = "MockInterfaces";

    /// <summary><c>[assembly: GenerateMock(typeof(...))]</c> targets of one file, parsed.</summary>
    public const string MockAssemblyTargets = "MockAssemblyTargets";

    /// <summary>The names interface-level mocks take (<c>MockNameClaim</c>), used to drop duplicate assembly-level requests and to settle name clashes.</summary>
    public const string MockInterfaceNames = "MockInterfaceNames";

    /// <summary>Interface-level mock targets, with those whose mock's name another interface takes (TK0070) dropped.</summary>
    public const string MockInterfacesNamed = "MockInterfacesNamed";

    /// <summary>Assembly-level mock targets left after removing duplicates.</summary>
    public const string MockAssemblyTargetsDeduplicated = "MockAssemblyTargetsDeduplicated";

    /// <summary>Interfaces carrying <c>[GenerateValidation]</c>, parsed with their validation rules.</summary>
    public const string ValidationInterfaces = "ValidationInterfaces";

    /// <summary>Interfaces carrying <c>[GenerateTracking]</c>, parsed with their tracking model.</summary>
    public const string TrackingInterfaces = "TrackingInterfaces";

    /// <summary>Interfaces carrying <c>[GenerateRegistration]</c>, parsed.</summary>
    public const string RegistrationInterfaces = "RegistrationInterfaces";

    /// <summary>Classes carrying <c>[DriverImplementation]</c>, with their constructor call.</summary>
    public const string RegistrationImplementations = "RegistrationImplementations";
}
