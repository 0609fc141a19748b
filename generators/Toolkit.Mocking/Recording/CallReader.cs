using System.ComponentModel;

namespace Toolkit.Mocking.Recording;

/// <summary>Turns a recorded call into its typed form, e.g. <c>RunCall</c>.</summary>
/// <typeparam name="TArguments">The mock's generated argument struct.</typeparam>
/// <typeparam name="TCall">The typed call.</typeparam>
/// <param name="arguments">The recorded arguments.</param>
/// <param name="sequence">The call's order.</param>
/// <returns>The typed call.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate TCall CallReader<TArguments, out TCall>(in TArguments arguments, long sequence)
    where TArguments : struct;
