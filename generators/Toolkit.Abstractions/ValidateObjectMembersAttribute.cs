namespace Toolkit;

/// <summary>
/// Asks the generated validating decorator to validate the members of the object held by this property,
/// with the object's own rules, and to report its failures under this property's path
/// (for example <c>config.Resources.MemoryMb</c>).
/// </summary>
/// <remarks>
/// <para><c>System.ComponentModel.DataAnnotations.Validator</c> never looks inside a property's value; this
/// opt-in attribute, modelled on the one of the Options validation source generator, makes nesting explicit.
/// A <see langword="null"/> value is skipped (add <c>[Required]</c> to forbid it). An object that is already
/// being validated higher up the same path (a cycle) is skipped too.</para>
/// <para>The object is validated as <c>Validator.TryValidateObject(value, context, results, validateAllProperties: true)</c>
/// would, after the members of the containing object (its own member rules, type-level rules and
/// <c>IValidatableObject</c> come first).</para>
/// <para>Parameters of a validated method need no attribute: their types are always validated.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class ValidateObjectMembersAttribute : Attribute
{
}
