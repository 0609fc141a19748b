using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Toolkit.Generators.Analyzers;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Model;
using Toolkit.Generators.Parsing;

namespace Toolkit.Generators.Pipeline;

/// <summary>
/// Builds the pipeline steps that find and parse target interfaces. Every output (mocks, tracking, validation,
/// registration) starts from <see cref="ForInterfaceAttribute"/>; only values flow on, never symbols.
/// </summary>
internal static class InterfaceTargets
{
    private static readonly InterfaceTarget Skipped = new();

    /// <summary>
    /// Interfaces carrying the attribute <paramref name="attributeMetadataName"/>, parsed. An interface that
    /// fails <see cref="InterfaceRules"/> (the analyzers report why) yields a target whose
    /// <see cref="InterfaceTarget.Interface"/> is <see langword="null"/>; an interface declared in several
    /// partial parts yields one target. When <paramref name="requirement"/> is given and the compilation does not meet
    /// it (a mock without the mocking runtime, say), every target is skipped the same way.
    /// </summary>
    public static IncrementalValuesProvider<InterfaceTarget> ForInterfaceAttribute(
        IncrementalGeneratorInitializationContext context,
        string attributeMetadataName,
        string trackingName,
        Func<Compilation, bool>? requirement = null)
        => context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeMetadataName,
                static (node, _) => node is InterfaceDeclarationSyntax,
                (syntaxContext, cancellationToken) => requirement is null || requirement(syntaxContext.SemanticModel.Compilation)
                    ? FromAttributeContext(syntaxContext, attributeMetadataName, cancellationToken)
                    : Skipped)
            .WithTrackingName(trackingName);

    /// <summary>The transform behind <see cref="ForInterfaceAttribute"/>.</summary>
    public static InterfaceTarget FromAttributeContext(GeneratorAttributeSyntaxContext context, string attributeMetadataName, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } symbol
            || !IsFirstAnnotatedDeclaration(symbol, context.TargetNode, attributeMetadataName)
            || !InterfaceRules.CanGenerate(symbol, context.SemanticModel.Compilation, requirePartial: true))
        {
            return Skipped;
        }

        return Parse(symbol, context.Attributes, context.TargetNode.GetLocation(), cancellationToken);
    }

    /// <summary>
    /// Parses <paramref name="symbol"/>. An unexpected exception becomes a TK0049 diagnostic on
    /// <paramref name="location"/> instead of failing the whole generator run.
    /// </summary>
    public static InterfaceTarget Parse(INamedTypeSymbol symbol, ImmutableArray<AttributeData> attributes, Location? location, CancellationToken cancellationToken)
    {
        try
        {
            return new InterfaceTarget
            {
                Interface = InterfaceParser.Parse(symbol, cancellationToken),
                Attributes = AttributeParser.ParseAll(attributes, new TypeModelFactory()),
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new InterfaceTarget { Diagnostics = InternalError(symbol, location, exception) };
        }
    }

    /// <summary>
    /// Parses an output's own model (tracking, validation…) beside a parsed target. An unexpected exception becomes the
    /// same TK0049 as in <see cref="Parse"/>, and the target then produces no output.
    /// </summary>
    /// <returns>The target, or the failed target with its diagnostic; <paramref name="model"/> is null unless parsing succeeded.</returns>
    public static InterfaceTarget ParseOutputModel<TModel>(InterfaceTarget target, GeneratorAttributeSyntaxContext context, Func<TModel> parse, out TModel? model)
        where TModel : class
    {
        model = null;
        if (target.Interface is null)
        {
            return target;
        }

        try
        {
            model = parse();
            return target;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return target with { Interface = null, Diagnostics = InternalError(context.TargetSymbol, context.TargetNode.GetLocation(), exception) };
        }
    }

    private static EquatableArray<DiagnosticInfo> InternalError(ISymbol symbol, Location? location, Exception exception)
        => ImmutableArray.Create(DiagnosticInfo.Create(Descriptors.InternalError, location, InterfaceParser.DisplayName(symbol), exception.GetType().Name + ": " + exception.Message)).ToEquatableArray();

    /// <summary>
    /// For an interface split over partial declarations, only the first declaration that carries the attribute
    /// produces a target, so outputs are generated once.
    /// </summary>
    private static bool IsFirstAnnotatedDeclaration(INamedTypeSymbol symbol, SyntaxNode node, string attributeMetadataName)
    {
        if (symbol.DeclaringSyntaxReferences.Length < 2)
        {
            return true;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolFacts.IsAttribute(attribute, attributeMetadataName) && attribute.ApplicationSyntaxReference is { } reference)
            {
                var declaration = reference.GetSyntax().FirstAncestorOrSelf<InterfaceDeclarationSyntax>();
                return declaration == node;
            }
        }

        return true;
    }
}
