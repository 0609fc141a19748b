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

    /// <summary>Metadata names of interface-level mock targets, used to drop duplicate assembly-level requests.</summary>
    public const string MockInterfaceNames = "MockInterfaceNames";

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
