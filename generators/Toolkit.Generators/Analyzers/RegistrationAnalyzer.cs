using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Parsing;

namespace Toolkit.Generators.Analyzers;

/// <summary>
/// Reports <c>[DriverImplementation]</c> classes the generated registration cannot construct (TK0300–TK0303). It
/// runs the same <see cref="ActivatorParser"/> as the generator, so it reports exactly why nothing was generated.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegistrationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.NoUsableConstructor,
        Descriptors.ImplementationNotPartial,
        Descriptors.AmbiguousConstructors,
        Descriptors.ImplementationNotConstructible);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.GetAttributes().Any(a => SymbolFacts.IsAttribute(a, ActivatorParser.DriverImplementationAttribute)))
        {
            return;
        }

        foreach (var diagnostic in ActivatorParser.Parse(type, context.CancellationToken).Diagnostics)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
