using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;

namespace Toolkit.Registration;

/// <summary>
/// What generated constructor calls (<see cref="IDriverActivator{TSelf}.Create"/>) use to resolve the parameters
/// the container's own rules treat specially: optional parameters and <c>[ServiceKey]</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ServiceResolution
{
    /// <summary>The service, or <paramref name="defaultValue"/> when none is registered (an optional parameter).</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="services">The provider.</param>
    /// <param name="defaultValue">The parameter's default value.</param>
    /// <returns>The resolved service or the default.</returns>
    public static T GetServiceOrDefault<T>(IServiceProvider services, T defaultValue)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService(typeof(T)) is T value ? value : defaultValue;
    }

    /// <summary>The keyed service, or <paramref name="defaultValue"/> when none is registered under <paramref name="serviceKey"/>.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="services">The provider.</param>
    /// <param name="serviceKey">The key from <c>[FromKeyedServices]</c>.</param>
    /// <param name="defaultValue">The parameter's default value.</param>
    /// <returns>The resolved service or the default.</returns>
    public static T GetKeyedServiceOrDefault<T>(IServiceProvider services, object? serviceKey, T defaultValue)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services is not IKeyedServiceProvider keyed)
        {
            throw new InvalidOperationException("This service provider does not support keyed services.");
        }

        return keyed.GetKeyedService(typeof(T), serviceKey) is T value ? value : defaultValue;
    }

    /// <summary>The registration's key, converted to a <c>[ServiceKey]</c> parameter's type.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="serviceKey">The key the instance is being created for.</param>
    /// <param name="implementation">The implementation's name, for the error message.</param>
    /// <param name="parameter">The parameter's name, for the error message.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOperationException">There is no key (a registration without one), or it has another type.</exception>
    public static T ServiceKey<T>(object? serviceKey, string implementation, string parameter)
    {
        if (serviceKey is T key)
        {
            return key;
        }

        throw new InvalidOperationException(serviceKey is null
            ? $"'{implementation}' takes its service key in parameter '{parameter}', but it is being created without a key. Register it with an AddKeyed… method, or make the parameter nullable."
            : KeyTypeMismatch<T>(serviceKey, implementation, parameter));
    }

    /// <summary>
    /// The registration's key for a nullable <c>[ServiceKey]</c> parameter: <see langword="null"/> when the
    /// instance is created by a registration without a key.
    /// </summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="serviceKey">The key the instance is being created for.</param>
    /// <param name="implementation">The implementation's name, for the error message.</param>
    /// <param name="parameter">The parameter's name, for the error message.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    /// <exception cref="InvalidOperationException">The key has another type.</exception>
    public static T? ServiceKeyOrDefault<T>(object? serviceKey, string implementation, string parameter)
    {
        return serviceKey switch
        {
            null => default,
            T key => key,
            _ => throw new InvalidOperationException(KeyTypeMismatch<T>(serviceKey, implementation, parameter)),
        };
    }

    private static string KeyTypeMismatch<T>(object serviceKey, string implementation, string parameter)
        => $"'{implementation}' takes its service key in parameter '{parameter}' of type '{typeof(T)}', but the key '{serviceKey}' is a '{serviceKey.GetType()}'.";
}
