using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>
/// A valid call through the decorator allocates nothing when every rule is built in (nested object, collection and regex
/// included). Measured with the thread's allocation counter, not with time, so the test is deterministic.
/// </summary>
public sealed class AllocationTests
{
    [Fact]
    public void A_valid_call_with_built_in_rules_allocates_nothing()
    {
        IDeploymentDriver driver = new ValidatingDeploymentDriver(new Deployer());
        var spec = new DeploymentSpec();
        for (var i = 0; i < 100; i++)
        {
            driver.Deploy(spec);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            driver.Deploy(spec);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void An_invalid_call_is_still_rejected_by_the_same_decorator()
    {
        IDeploymentDriver driver = new ValidatingDeploymentDriver(new Deployer());
        var error = Rejected.By(() => driver.Deploy(new DeploymentSpec { Limits = new Limits { StopTimeout = TimeSpan.Zero } }));
        Assert.Equal("spec.Limits.StopTimeout", Assert.Single(error.Failures).Path);
    }

    private sealed class Deployer : IDeploymentDriver
    {
        public int Deploy(DeploymentSpec spec) => spec.Name.Length;
    }
}
