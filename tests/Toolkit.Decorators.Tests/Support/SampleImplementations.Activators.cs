// Hand-written until [DriverImplementation] is generated: exactly the constructor calls the generator will write.
#nullable enable

namespace Toolkit.Decorators.Tests.Support
{
    public sealed partial class LocalSampleDriver : global::Toolkit.Registration.IDriverActivator<global::Toolkit.Decorators.Tests.Support.LocalSampleDriver>
    {
        static global::Toolkit.Decorators.Tests.Support.LocalSampleDriver global::Toolkit.Registration.IDriverActivator<global::Toolkit.Decorators.Tests.Support.LocalSampleDriver>.Create(global::System.IServiceProvider services, object? serviceKey)
            => new global::Toolkit.Decorators.Tests.Support.LocalSampleDriver(
                global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Toolkit.Decorators.Tests.Support.SampleDependency>(services),
                global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Toolkit.Decorators.Tests.Support.DisposalLog>(services));
    }

    public sealed partial class DockerSampleDriver : global::Toolkit.Registration.IDriverActivator<global::Toolkit.Decorators.Tests.Support.DockerSampleDriver>
    {
        static global::Toolkit.Decorators.Tests.Support.DockerSampleDriver global::Toolkit.Registration.IDriverActivator<global::Toolkit.Decorators.Tests.Support.DockerSampleDriver>.Create(global::System.IServiceProvider services, object? serviceKey)
            => new global::Toolkit.Decorators.Tests.Support.DockerSampleDriver(
                global::Toolkit.Registration.ServiceResolution.ServiceKey<string>(serviceKey, "DockerSampleDriver", "key"),
                global::Microsoft.Extensions.DependencyInjection.ServiceProviderKeyedServiceExtensions.GetRequiredKeyedService<global::Toolkit.Decorators.Tests.Support.SampleDependency>(services, "docker"),
                global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Toolkit.Decorators.Tests.Support.DisposalLog>(services),
                global::Toolkit.Registration.ServiceResolution.GetServiceOrDefault<int>(services, 3));
    }
}
