using Toolkit.Errors;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>Runs a call that must be rejected synchronously (also for methods returning a task) and returns the error.</summary>
internal static class Rejected
{
    public static DriverValidationException By(Action call) => Assert.Throws<DriverValidationException>(call);

    public static DriverValidationException By<T>(Func<T> call) => Assert.Throws<DriverValidationException>(() => { _ = call(); });
}
