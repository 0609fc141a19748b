using Microsoft.CodeAnalysis;
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
    public static void Emit(SourceProductionContext context, InterfaceTarget target, Func<InterfaceModel, (string HintName, string Source)> emit)
    {
        foreach (var diagnostic in target.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (target.Interface is not { } model)
        {
            return;
        }

        string hintName;
        string source;
        try
        {
            (hintName, source) = emit(model);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.None, model.DisplayName, exception.GetType().Name + ": " + exception.Message));
            return;
        }

        context.AddSource(hintName, Microsoft.CodeAnalysis.Text.SourceText.From(source, System.Text.Encoding.UTF8));
    }

    /// <summary>
    /// As <see cref="Emit(SourceProductionContext, InterfaceTarget, Func{InterfaceModel, ValueTuple{string, string}})"/>, for
    /// emitters that build a <see cref="Microsoft.CodeAnalysis.Text.SourceText"/> directly (<see cref="Emitting.SourceWriter.ToSourceText"/>),
    /// which avoids one large string per file.
    /// </summary>
    public static void Emit(SourceProductionContext context, InterfaceTarget target, Func<InterfaceModel, (string HintName, Microsoft.CodeAnalysis.Text.SourceText Source)> emit)
    {
        foreach (var diagnostic in target.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (target.Interface is not { } model)
        {
            return;
        }

        string hintName;
        Microsoft.CodeAnalysis.Text.SourceText source;
        try
        {
            (hintName, source) = emit(model);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.None, model.DisplayName, exception.GetType().Name + ": " + exception.Message));
            return;
        }

        context.AddSource(hintName, source);
    }
}
