namespace Toolkit;

/// <summary>
/// Marks a <see langword="partial"/> class as an implementation that generated DI registration can construct:
/// the generator writes its constructor call, resolving each parameter from the <c>IServiceProvider</c>, and
/// implements <see cref="Registration.IDriverActivator{TSelf}"/> on it. That is what lets
/// <c>services.AddShellDriver&lt;LocalShellDriver&gt;()</c> build the class without reflection.
/// </summary>
/// <remarks>
/// <para>The constructor is chosen at compile time: the public constructor marked
/// <c>[ActivatorUtilitiesConstructor]</c> if there is one, otherwise the public constructor with the most
/// parameters. Two candidates with the same number of parameters are ambiguous (diagnostic TK0302).</para>
/// <para>Each parameter is resolved like the container would: <c>GetRequiredService</c>; <c>GetService</c>
/// with the default value when the parameter is optional or nullable; <c>[FromKeyedServices(key)]</c> resolves a
/// keyed service; <c>[ServiceKey]</c> receives the registration's key.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DriverImplementationAttribute : Attribute
{
}
