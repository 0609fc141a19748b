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

        // The names interface-level mocks take: assembly-level requests for the same interface are dropped, and of
        // two requests whose mocks would share a name only one is generated (TargetAnalyzer reports TK0070).
        var interfaceClaims = interfaceTargets
            .Select(static (target, _) => target.Interface is { } model ? MockRules.Claim(model, isInterfaceLevel: true) : null)
            .Collect()
            .Select(static (claims, _) => claims.OfType<MockNameClaim>().OrderBy(c => c.InterfaceMetadataName, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(StepNames.MockInterfaceNames);

        var uniqueInterfaceTargets = interfaceTargets
            .Combine(interfaceClaims)
            .Select(static (pair, _) => KeepsName(pair.Left, pair.Right) ? pair.Left : pair.Left with { Interface = null })
            .WithTrackingName(StepNames.MockInterfacesNamed);

        var uniqueAssemblyTargets = assemblyTargets
            .Collect()
            .Combine(interfaceClaims)
            .SelectMany(static (pair, _) => RemoveDuplicates(pair.Left, pair.Right))
            .WithTrackingName(StepNames.MockAssemblyTargetsDeduplicated);

        context.RegisterSourceOutput(uniqueInterfaceTargets, static (output, target) => OutputGuard.Emit(output, target, MockEmitter.Emit));
        context.RegisterSourceOutput(uniqueAssemblyTargets, static (output, target) => OutputGuard.Emit(output, target, MockEmitter.Emit));
    }

    // Whether an interface-level target keeps its mock's name against the other interface-level ones.
    private static bool KeepsName(InterfaceTarget target, EquatableArray<MockNameClaim> interfaceClaims)
        => target.Interface is not { } model
            || !MockRules.NameClashes(interfaceClaims).Any(clash => clash.Loser.InterfaceMetadataName == model.MetadataName);

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

    private static IEnumerable<InterfaceTarget> RemoveDuplicates(ImmutableArray<EquatableArray<InterfaceTarget>> perFile, EquatableArray<MockNameClaim> interfaceClaims)
    {
        var seen = new HashSet<string>(interfaceClaims.Select(c => c.InterfaceMetadataName), StringComparer.Ordinal);
        var unique = new List<InterfaceTarget>();
        foreach (var file in perFile)
        {
            foreach (var target in file)
            {
                if (target.Interface is null || seen.Add(target.Interface.MetadataName))
                {
                    unique.Add(target);
                }
            }
        }

        var claims = unique.Where(t => t.Interface is not null).Select(t => MockRules.Claim(t.Interface!, isInterfaceLevel: false)).Concat(interfaceClaims);
        var losers = new HashSet<string>(MockRules.NameClashes(claims).Select(c => c.Loser.InterfaceMetadataName), StringComparer.Ordinal);
        return unique.Where(t => t.Interface is null || !losers.Contains(t.Interface.MetadataName));
    }
}
