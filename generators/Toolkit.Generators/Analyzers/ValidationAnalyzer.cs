using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Parsing;
using Toolkit.Generators.Pipeline;

namespace Toolkit.Generators.Analyzers;

/// <summary>
/// Reports misused validation attributes (TK0200–TK0209) on the parameters of <c>[GenerateValidation]</c> interfaces and
/// on the types reached from them. It reads the rules with the same <see cref="ValidationParser"/> as the generator, so
/// what it reports is exactly what the generated code does; being an analyzer, each warning can be suppressed with
/// <c>#pragma warning disable</c> or <c>.editorconfig</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ValidationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ValidationAttributeNotApplicable,
        Descriptors.RuleCannotMatch,
        Descriptors.InvalidRegex,
        Descriptors.InvalidAttributeArguments,
        Descriptors.ValidateEnumeratedItemsNotEnumerable,
        Descriptors.NothingToValidate,
        Descriptors.ValidationAttributeIgnored,
        Descriptors.RepeatedAttributeIgnored,
        Descriptors.LossyRangeConversion,
        Descriptors.RepeatedTypeAttributeIgnored);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // A type used by several validated interfaces is read once per interface; report each problem once.
            var reported = new ConcurrentDictionary<(string Id, Location Location), byte>();
            start.RegisterSymbolAction(symbol => Analyze(symbol, reported), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, ConcurrentDictionary<(string Id, Location Location), byte> reported)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } type
            || !type.GetAttributes().Any(a => SymbolFacts.IsAttribute(a, AttributeNames.GenerateValidation)))
        {
            return;
        }

        foreach (var diagnostic in ValidationParser.Analyze(type, context.Compilation, context.CancellationToken))
        {
            if (reported.TryAdd((diagnostic.Id, diagnostic.Location), 0))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
