namespace Toolkit;

/// <summary>
/// Asks the generated validating decorator to validate every item of the collection held by this property
/// or parameter, with the item type's own rules, and to report an item's failures under its index
/// (for example <c>config.Ports[2].HostPort</c>).
/// </summary>
/// <remarks>
/// <para>The property's type must implement <see cref="System.Collections.Generic.IEnumerable{T}"/>. Items are
/// visited in enumeration order; a <see langword="null"/> item is skipped, and so is an item that is
/// already being validated higher up the same path (a cycle).</para>
/// <para>Rules on the property itself (for example <c>[MinLength(1)]</c>, which counts the items) still apply
/// to the collection as a whole.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class ValidateEnumeratedItemsAttribute : Attribute
{
}
