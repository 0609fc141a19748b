using Toolkit.Errors;

namespace Toolkit;

/// <summary>
/// Asks the generator for a validating decorator of the interface: a class that checks every call's arguments against
/// their <c>System.ComponentModel.DataAnnotations</c> rules before calling the implementation, and throws one
/// <see cref="DriverValidationException"/> listing every failure.
/// </summary>
/// <remarks>
/// <para>For <c>IShellDriver</c> in namespace <c>N</c> the generator writes <c>N.ValidatingShellDriver</c> with the constructor
/// <c>ValidatingShellDriver(IShellDriver inner)</c>. It checks, in parameter order: the attributes on each parameter; a
/// <see langword="null"/> for a non-nullable reference parameter (rule <c>NotNull</c>); and the properties of each parameter's
/// type, as <c>Validator.TryValidateObject(value, context, results, validateAllProperties: true)</c> would, descending into
/// members marked <see cref="ValidateObjectMembersAttribute"/> and <see cref="ValidateEnumeratedItemsAttribute"/>.</para>
/// <para>It reports what DataAnnotations reports (the same failures, messages and order) and throws at the call, before any
/// task is created; the implementation is not called. Built-in rules are checked inline on typed values, so a valid call
/// allocates nothing; custom attributes that need a <c>ValidationContext</c> and <c>IValidatableObject</c> allocate one
/// context per object, as DataAnnotations does. Properties, indexers and events are forwarded unchecked.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class GenerateValidationAttribute : Attribute
{
}
