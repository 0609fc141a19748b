using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Toolkit.Generators.Emitting.Registration;
using Toolkit.Generators.Model;
using Toolkit.Generators.Parsing;
using Toolkit.Generators.Pipeline;

namespace Toolkit.Generators;

public sealed partial class DriverGenerator
{
    // [GenerateRegistration] on interfaces: the extension methods. [DriverImplementation] on classes: the generated
    // constructor call those methods use. Two independent steps, each caching on its own target.
    private static void RegisterRegistration(IncrementalGeneratorInitializationContext context)
    {
        var interfaces = InterfaceTargets.ForInterfaceAttribute(context, AttributeNames.GenerateRegistration, StepNames.RegistrationInterfaces);
        context.RegisterSourceOutput(interfaces, static (output, target) => OutputGuard.Emit(output, target, RegistrationEmitter.Emit));

        var implementations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ActivatorParser.DriverImplementationAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntaxContext, cancellationToken) => ParseActivatorTarget(syntaxContext, cancellationToken))
            .WithTrackingName(StepNames.RegistrationImplementations);

        context.RegisterSourceOutput(implementations, static (output, target) =>
        {
            if (target.Activator is { } model)
            {
                OutputGuard.Add(output, model.DisplayName, () => ActivatorEmitter.Emit(model));
            }
        });
    }

    private static ActivatorTarget ParseActivatorTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        // [DriverImplementation] allows one use per class, so each class yields exactly one target.
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return new ActivatorTarget(null);
        }

        try
        {
            return new ActivatorTarget(ActivatorParser.Parse(type, cancellationToken).Model);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The analyzer runs the same parser and reports the failure; the generator stays quiet.
            _ = exception;
            return new ActivatorTarget(null);
        }
    }
}
