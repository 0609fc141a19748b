using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Toolkit.Generators.Emitting.Validation;
using Toolkit.Generators.Model;
using Toolkit.Generators.Parsing;
using Toolkit.Generators.Pipeline;

namespace Toolkit.Generators;

public sealed partial class DriverGenerator
{
    // [GenerateValidation]: the interface model plus the validation rules read from the same symbols, in one
    // transform, so the step's value is plain data and caches like every other target.
    private static void RegisterValidation(IncrementalGeneratorInitializationContext context)
    {
        var targets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.GenerateValidation,
                static (node, _) => node is InterfaceDeclarationSyntax,
                static (syntaxContext, cancellationToken) => ParseValidationTarget(syntaxContext, cancellationToken))
            .WithTrackingName(StepNames.ValidationInterfaces);

        context.RegisterSourceOutput(targets, static (output, target) =>
            OutputGuard.Emit(output, target.Target, model => ValidatingEmitter.Emit(model, target.Validation!)));
    }

    private static ValidationTarget ParseValidationTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var target = InterfaceTargets.FromAttributeContext(context, AttributeNames.GenerateValidation, cancellationToken);
        target = InterfaceTargets.ParseOutputModel(target, context, () => ValidationParser.Parse((INamedTypeSymbol)context.TargetSymbol, context.SemanticModel.Compilation, cancellationToken), out var model);
        return new ValidationTarget(target, model);
    }
}
