using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Parsing;
using Toolkit.Generators.Pipeline;

namespace Toolkit.Generators.Analyzers;

/// <summary>
/// Reports misuse of the tracking options and of <c>[Sensitive]</c> (TK0100–TK0101). An analyzer rather than a
/// generator diagnostic, so each warning can be suppressed like any other.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrackingAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.InvalidDriverName,
        Descriptors.SensitiveOnByRefParameter);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeInterface, SymbolKind.NamedType);
    }

    private static void AnalyzeInterface(SymbolAnalysisContext context)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } type)
        {
            return;
        }

        var tracking = type.GetAttributes().FirstOrDefault(a => SymbolFacts.IsAttribute(a, AttributeNames.GenerateTracking));
        var decorated = tracking is not null || type.GetAttributes().Any(a => SymbolFacts.IsAttribute(a, AttributeNames.GenerateValidation));
        if (!decorated)
        {
            return;
        }

        if (tracking is not null && TrackingParser.ConfiguredDriverName(type) is { } configured && string.IsNullOrWhiteSpace(configured))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.InvalidDriverName,
                DriverNameLocation(tracking, context.CancellationToken) ?? type.Locations.FirstOrDefault(),
                InterfaceParser.DisplayName(type),
                ValidationParser.DriverNameOf(type.Name)));
        }

        // Only the interface's own members: inherited ones are reported on their own interface when it is decorated.
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.RefKind is RefKind.Ref or RefKind.Out && TrackingParser.HasSensitive(parameter))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.SensitiveOnByRefParameter,
                        parameter.Locations.FirstOrDefault(),
                        parameter.RefKind == RefKind.Ref ? "ref" : "out",
                        parameter.Name,
                        InterfaceParser.MemberDisplay(method)));
                }
            }
        }
    }

    private static Location? DriverNameLocation(AttributeData attribute, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax || syntax.ArgumentList is null)
        {
            return null;
        }

        return syntax.ArgumentList.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == TrackingParser.DriverNameArgument)?
            .GetLocation();
    }
}
