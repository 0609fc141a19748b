namespace Toolkit;

/// <summary>
/// Asks the Toolkit generator for <c>IServiceCollection</c> extension methods that register an
/// implementation of the interface, wrapped in the decorators the interface declares.
/// </summary>
/// <remarks>
/// <para>For <c>IShellDriver</c> the generator writes <c>ShellDriverServiceCollectionExtensions</c>, in the
/// interface's namespace, with <c>AddShellDriver&lt;TImplementation&gt;</c>, a factory overload,
/// <c>AddKeyedShellDriver</c> overloads, and, when the interface also has <see cref="GenerateMockAttribute"/>,
/// <c>AddShellDriverMock</c>.</para>
/// <para>The chain is fixed: validation outermost, then tracking, then the implementation; each can be
/// switched off with <see cref="Registration.DriverDecorators"/>. Implementations used with
/// <c>AddShellDriver&lt;TImplementation&gt;</c> are marked <see cref="DriverImplementationAttribute"/>, so the
/// generator writes their constructor call: no reflection, no <c>ActivatorUtilities</c>, Native AOT safe.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class GenerateRegistrationAttribute : Attribute
{
}
