namespace Toolkit;

/// <summary>
/// Asks the Toolkit generator for <c>IServiceCollection</c> extension methods that register an
/// implementation of the interface, wrapped in the decorators the interface declares.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class GenerateRegistrationAttribute : Attribute
{
}
