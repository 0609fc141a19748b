namespace Toolkit.Registration;

/// <summary>
/// Creates an implementation from an <see cref="IServiceProvider"/> with a constructor call written at compile
/// time. The generator implements it on classes marked <see cref="DriverImplementationAttribute"/>; generated
/// <c>Add…&lt;TImplementation&gt;</c> registrations require it, so an implementation they cannot build is a
/// compile-time error rather than a run-time one.
/// </summary>
/// <typeparam name="TSelf">The implementing class.</typeparam>
/// <remarks>You may implement it by hand for a class the generator should not touch.</remarks>
public interface IDriverActivator<TSelf>
    where TSelf : class
{
    /// <summary>Creates an instance, resolving the constructor's parameters from <paramref name="services"/>.</summary>
    /// <param name="services">The provider of the scope the instance is created in.</param>
    /// <param name="serviceKey">The registration's key for a keyed registration, otherwise <see langword="null"/>.</param>
    /// <returns>A new instance.</returns>
    static abstract TSelf Create(IServiceProvider services, object? serviceKey);
}
