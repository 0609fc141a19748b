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
/// <para>Each parameter is resolved the way the container would: <c>GetRequiredService</c>; the registered service
/// or else the default value when the parameter is optional (has a default value); <c>[FromKeyedServices(key)]</c>
/// resolves a keyed service (without a key: the registration's own key); <c>[ServiceKey]</c> receives the
/// registration's key (<see langword="null"/> for a nullable parameter in a registration without one);
/// <see cref="IServiceProvider"/> receives the provider itself.</para>
/// <para>A class that cannot be built this way gets a diagnostic: TK0300 (no usable constructor), TK0301 (not
/// partial), TK0303 (abstract or static).</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DriverImplementationAttribute : Attribute
{
}
