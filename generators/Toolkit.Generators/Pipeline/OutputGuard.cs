using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Model;

namespace Toolkit.Generators.Pipeline;

/// <summary>Runs an emitter so that a bug in it becomes a TK0049 diagnostic rather than a failed generator.</summary>
internal static class OutputGuard
{
    /// <summary>
    /// Reports <paramref name="target"/>'s diagnostics, then, when it has an interface, calls
    /// <paramref name="emit"/> to produce one file and adds it.
    /// </summary>
    /// <param name="context">The output context.</param>
    /// <param name="target">The parsed target.</param>
    /// <param name="emit">Returns the hint name and the source text for the interface.</param>
    public static void Emit(SourceProductionContext context, InterfaceTarget target, Func<InterfaceModel, (string HintName, SourceText Source)> emit)
    {
        foreach (var diagnostic in target.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (target.Interface is { } model)
        {
            Add(context, model.DisplayName, () => emit(model));
        }
    }

    /// <summary>Adds the file <paramref name="emit"/> produces, or reports TK0049 for <paramref name="displayName"/> when it throws.</summary>
    /// <param name="context">The output context.</param>
    /// <param name="displayName">What the file is generated for, as the diagnostic names it.</param>
    /// <param name="emit">Returns the hint name and the source text.</param>
    public static void Add(SourceProductionContext context, string displayName, Func<(string HintName, SourceText Source)> emit)
    {
        string hintName;
        SourceText source;
        try
        {
            (hintName, source) = emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.None, displayName, exception.GetType().Name + ": " + exception.Message));
            return;
        }

        context.AddSource(hintName, source);
    }
}
