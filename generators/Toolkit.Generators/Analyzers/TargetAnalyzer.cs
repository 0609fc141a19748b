using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Model;
using Toolkit.Generators.Parsing;
using Toolkit.Generators.Pipeline;

namespace Toolkit.Generators.Analyzers;

/// <summary>
/// Reports user errors in how the Toolkit attributes are applied (TK0001–TK0006, TK0050–TK0054, TK0070). Kept out of the
/// generator so the generator stays fast and each diagnostic can be suppressed like any analyzer warning; the
/// generator silently skips targets these rules reject.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class TargetAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.InterfaceNotPartial,
        Descriptors.AttributeOnNonInterface,
        Descriptors.InterfaceNotAccessible,
        Descriptors.MemberNotImplementable,
        Descriptors.StaticAbstractMember,
        Descriptors.UnsafeCodeRequired,
        Descriptors.InternalError,
        Descriptors.MockTypeNotInterface,
        Descriptors.MockTypeMissing,
        Descriptors.DuplicateMock,
        Descriptors.MockAlreadyAvailable,
        Descriptors.MockingRuntimeMissing,
        Descriptors.MockNameTaken);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // Every mock request that will be generated, so that two wanting one name (TK0070) are found once all are known.
            var claims = new ConcurrentBag<MockRequest>();
            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, claims), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(endContext => AnalyzeAssemblyAttributes(endContext, claims));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, ConcurrentBag<MockRequest> claims)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var compilation = context.Compilation;
        foreach (var attributeName in AttributeNames.All)
        {
            var attributes = type.GetAttributes().Where(a => SymbolFacts.IsAttribute(a, attributeName)).ToList();
            if (attributes.Count == 0)
            {
                continue;
            }

            var shortName = AttributeNames.ShortName(attributeName);
            var location = NameLocation(attributes[0], type);
            if (type.TypeKind != TypeKind.Interface)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AttributeOnNonInterface, location, shortName, type.Name, KindName(type)));
                continue;
            }

            var problems = InterfaceRules.Check(type, compilation, shortName, location, requirePartial: true).ToList();
            foreach (var diagnostic in problems)
            {
                context.ReportDiagnostic(diagnostic);
            }

            if (attributeName == AttributeNames.GenerateMock)
            {
                if (!MockRules.HasMockingRuntime(compilation))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.MockingRuntimeMissing, location, InterfaceParser.DisplayName(type)));
                }
                else if (problems.Count == 0)
                {
                    claims.Add(new MockRequest(MockRules.Claim(type, isInterfaceLevel: true), location, InterfaceParser.DisplayName(type)));
                }

                foreach (var repeated in attributes.Skip(1))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateMock, AttributeLocation(repeated, type), InterfaceParser.DisplayName(type)));
                }
            }
        }
    }

    private static void AnalyzeAssemblyAttributes(CompilationAnalysisContext context, ConcurrentBag<MockRequest> claims)
    {
        var compilation = context.Compilation;
        var requested = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (!SymbolFacts.IsAttribute(attribute, AttributeNames.GenerateMock) || attribute.ApplicationSyntaxReference is null)
            {
                continue;
            }

            var syntax = attribute.ApplicationSyntaxReference.GetSyntax(context.CancellationToken);
            var location = syntax.GetLocation();
            if (attribute.ConstructorArguments.Length == 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MockTypeMissing, location));
                continue;
            }

            var argumentLocation = (syntax as AttributeSyntax)?.ArgumentList?.Arguments.FirstOrDefault()?.GetLocation() ?? location;
            if (attribute.ConstructorArguments[0].Value is not INamedTypeSymbol type || type.TypeKind == TypeKind.Error)
            {
                // typeof(null) or an unresolved type: the compiler already reports it.
                continue;
            }

            if (type.TypeKind != TypeKind.Interface)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MockTypeNotInterface, argumentLocation, type.ToDisplayString(), KindName(type)));
                continue;
            }

            var definition = type.OriginalDefinition;
            if (!requested.Add(definition) || HasInterfaceLevelMock(definition))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateMock, argumentLocation, InterfaceParser.DisplayName(definition)));
                continue;
            }

            if (MockRules.ExistingMock(definition, compilation) is { } existing)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MockAlreadyAvailable, argumentLocation, existing.ToDisplayString(), existing.ContainingAssembly.Name, InterfaceParser.DisplayName(definition)));
                continue;
            }

            var problems = InterfaceRules.Check(definition, compilation, "GenerateMock", argumentLocation, requirePartial: false).ToList();
            foreach (var diagnostic in problems)
            {
                context.ReportDiagnostic(diagnostic);
            }

            if (!MockRules.HasMockingRuntime(compilation))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MockingRuntimeMissing, argumentLocation, InterfaceParser.DisplayName(definition)));
            }
            else if (problems.Count == 0)
            {
                claims.Add(new MockRequest(MockRules.Claim(definition, isInterfaceLevel: false), argumentLocation, InterfaceParser.DisplayName(definition)));
            }
        }

        ReportNameClashes(context, claims);
    }

    private static void ReportNameClashes(CompilationAnalysisContext context, IEnumerable<MockRequest> requests)
    {
        var byClaim = requests.GroupBy(r => r.Claim).ToDictionary(g => g.Key, g => g.First());
        foreach (var (loser, winner) in MockRules.NameClashes(byClaim.Keys))
        {
            var request = byClaim[loser];
            var mockName = loser.MockMetadataName.Split('`')[0];
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MockNameTaken, request.Location, request.DisplayName, mockName, byClaim[winner].DisplayName));
        }
    }

    /// <summary>A mock request that passed every other check, with where to report on it.</summary>
    private sealed record MockRequest(MockNameClaim Claim, Location Location, string DisplayName);

    private static bool HasInterfaceLevelMock(INamedTypeSymbol type)
        => type.Locations.Any(l => l.IsInSource) && type.GetAttributes().Any(a => SymbolFacts.IsAttribute(a, AttributeNames.GenerateMock));

    // Report on the type's name in the declaration that carries the attribute.
    private static Location NameLocation(AttributeData attribute, INamedTypeSymbol type)
    {
        var declaration = attribute.ApplicationSyntaxReference?.GetSyntax().FirstAncestorOrSelf<BaseTypeDeclarationSyntax>();
        return declaration?.Identifier.GetLocation() ?? type.Locations.FirstOrDefault() ?? Location.None;
    }

    private static Location AttributeLocation(AttributeData attribute, INamedTypeSymbol type)
        => attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? type.Locations.FirstOrDefault() ?? Location.None;

    private static string KindName(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class when type.IsRecord => "record",
        TypeKind.Class => "class",
        TypeKind.Struct when type.IsRecord => "record struct",
        TypeKind.Struct => "struct",
        TypeKind.Enum => "enum",
        TypeKind.Delegate => "delegate",
        _ => type.TypeKind.ToString().ToLowerInvariant(),
    };
}
