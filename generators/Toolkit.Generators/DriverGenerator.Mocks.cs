using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Toolkit.Generators.Analyzers;
using Toolkit.Generators.Emitting.Mocks;
using Toolkit.Generators.Model;
using Toolkit.Generators.Pipeline;

namespace Toolkit.Generators;

public sealed partial class DriverGenerator
{
    // [GenerateMock] on interfaces, plus [assembly: GenerateMock(typeof(...))] for interfaces the user does not
    // own. An interface requested both ways, or twice at assembly level, gets one mock (TK0052 warns).
    private static void RegisterMocks(IncrementalGeneratorInitializationContext context)
    {
        // Mocks are written only where the mocking runtime (the Toolkit.Mocking package) is referenced; elsewhere
        // TargetAnalyzer reports TK0054 with the package to add.
        var interfaceTargets = InterfaceTargets.ForInterfaceAttribute(context, AttributeNames.GenerateMock, StepNames.MockInterfaces, MockRules.HasMockingRuntime);

        var assemblyTargets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.GenerateMock,
                static (node, _) => node is CompilationUnitSyntax,
                static (syntaxContext, cancellationToken) => ParseAssemblyTargets(syntaxContext, cancellationToken))
            .WithTrackingName(StepNames.MockAssemblyTargets);

        var interfaceNames = interfaceTargets
            .Select(static (target, _) => target.Interface?.MetadataName ?? "")
            .Collect()
            .Select(static (names, _) => names.Where(n => n.Length > 0).ToEquatableArray())
            .WithTrackingName(StepNames.MockInterfaceNames);

        var uniqueAssemblyTargets = assemblyTargets
            .Collect()
            .Combine(interfaceNames)
            .SelectMany(static (pair, _) => RemoveDuplicates(pair.Left, pair.Right))
            .WithTrackingName(StepNames.MockAssemblyTargetsDeduplicated);

        context.RegisterSourceOutput(interfaceTargets, static (output, target) => OutputGuard.Emit(output, target, MockEmitter.Emit));
        context.RegisterSourceOutput(uniqueAssemblyTargets, static (output, target) => OutputGuard.Emit(output, target, MockEmitter.Emit));
    }

    private static EquatableArray<InterfaceTarget> ParseAssemblyTargets(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var compilation = context.SemanticModel.Compilation;
        var targets = ImmutableArray.CreateBuilder<InterfaceTarget>();
        if (!MockRules.HasMockingRuntime(compilation))
        {
            return targets.ToEquatableArray();
        }

        foreach (var attribute in context.Attributes)
        {
            if (attribute.ConstructorArguments.Length != 1
                || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol { TypeKind: TypeKind.Interface } type
                || !InterfaceRules.CanGenerate(type, compilation, requirePartial: false)
                || MockRules.ExistingMock(type, compilation) is not null)
            {
                continue;
            }

            targets.Add(InterfaceTargets.Parse(type.OriginalDefinition, ImmutableArray.Create(attribute), attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation(), cancellationToken));
        }

        return targets.ToEquatableArray();
    }

    private static IEnumerable<InterfaceTarget> RemoveDuplicates(ImmutableArray<EquatableArray<InterfaceTarget>> perFile, EquatableArray<string> interfaceLevelNames)
    {
        var seen = new HashSet<string>(interfaceLevelNames, StringComparer.Ordinal);
        foreach (var file in perFile)
        {
            foreach (var target in file)
            {
                if (target.Interface is null || seen.Add(target.Interface.MetadataName))
                {
                    yield return target;
                }
            }
        }
    }
}
