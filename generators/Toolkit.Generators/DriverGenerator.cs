using Microsoft.CodeAnalysis;

namespace Toolkit.Generators;

/// <summary>
/// The Toolkit incremental generator: mocks, tracking and validating decorators, and DI registration for
/// annotated driver interfaces. This file only wires the pipeline; each output registers itself from its own
/// <c>DriverGenerator.*.cs</c> file (parse → model → emit), so outputs can be added without touching each other.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class DriverGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        RegisterMocks(context);
        RegisterValidation(context);
        RegisterTracking(context);
        RegisterRegistration(context);

        // Other outputs: add one line each, e.g. RegisterTracking(context);, implemented in DriverGenerator.Tracking.cs.
    }
}
