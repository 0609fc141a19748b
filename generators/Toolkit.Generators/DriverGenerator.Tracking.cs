using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Toolkit.Generators.Emitting.Tracking;
using Toolkit.Generators.Model;
using Toolkit.Generators.Parsing;
using Toolkit.Generators.Pipeline;

namespace Toolkit.Generators;

public sealed partial class DriverGenerator
{
    // [GenerateTracking]: the interface model plus the tracking model (driver name, redaction renderers) read from
    // the same symbols in one transform, so the step's value is plain data and caches like every other target.
    private static void RegisterTracking(IncrementalGeneratorInitializationContext context)
    {
        var targets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.GenerateTracking,
                static (node, _) => node is InterfaceDeclarationSyntax,
                static (syntaxContext, cancellationToken) => ParseTrackingTarget(syntaxContext, cancellationToken))
            .WithTrackingName(StepNames.TrackingInterfaces);

        context.RegisterSourceOutput(targets, static (output, target) =>
            OutputGuard.Emit(output, target.Target, model => TrackingEmitter.Emit(model, target.Tracking!)));
    }

    private static TrackingTarget ParseTrackingTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var target = InterfaceTargets.FromAttributeContext(context, AttributeNames.GenerateTracking, cancellationToken);
        target = InterfaceTargets.ParseOutputModel(target, context, () => TrackingParser.Parse((INamedTypeSymbol)context.TargetSymbol, cancellationToken), out var model);
        return new TrackingTarget(target, model);
    }
}
