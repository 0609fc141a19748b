namespace Toolkit;

/// <summary>
/// Asks the Toolkit generator for a validating decorator of the interface: a class that checks every
/// call's arguments against their <c>System.ComponentModel.DataAnnotations</c> rules before calling
/// the implementation, and throws one <c>DriverValidationException</c> listing every failure.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class GenerateValidationAttribute : Attribute
{
}
