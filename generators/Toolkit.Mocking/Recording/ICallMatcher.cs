using System.ComponentModel;

namespace Toolkit.Mocking.Recording;

/// <summary>Implemented by generated setups: decides whether a recorded call is one the setup describes.</summary>
/// <typeparam name="TArguments">The mock's generated argument struct.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface ICallMatcher<TArguments>
    where TArguments : struct
{
    /// <summary>The operation (method, accessor) this matcher is about.</summary>
    int Operation { get; }

    /// <summary>Whether the recorded <paramref name="arguments"/> satisfy the matcher's argument conditions.</summary>
    /// <param name="arguments">A recorded call of <see cref="Operation"/>.</param>
    /// <returns><see langword="true"/> when they match.</returns>
    bool Matches(in TArguments arguments);
}
