using Microsoft.CodeAnalysis.Text;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Decorators;

/// <summary>
/// Writes the file of one decorator: the header, then a sealed partial class that implements the interface and both
/// disposal interfaces, holds the inner instance, and passes every call to it through the <see cref="Decorator"/>'s
/// member bodies. Every decorator gets this shape from here, so they cannot drift apart.
/// </summary>
/// <remarks>
/// Disposal: the container disposes only the outermost object of a chain, so every decorator implements both
/// <c>IDisposable</c> and <c>IAsyncDisposable</c> (explicitly, unless the interface already declares them) and passes
/// disposal on to the inner instance.
/// </remarks>
internal static class DecoratorWriter
{
    private const string Disposable = "global::System.IDisposable";
    private const string AsyncDisposable = "global::System.IAsyncDisposable";

    /// <summary>The hint name and source of <paramref name="decorator"/>'s file.</summary>
    /// <param name="decorator">The decorator to write.</param>
    /// <param name="outputName">The output's name in the hint name, e.g. <c>Tracking</c>.</param>
    public static (string HintName, SourceText Source) Emit(Decorator decorator, string outputName)
    {
        var model = decorator.Interface;
        var writer = new SourceWriter();
        FileHeader.Write(writer, GeneratedNames.Namespace(model), model.ExperimentalDiagnosticIds, decorator.ExperimentalDiagnosticIds);
        decorator.WriteBeforeClass(writer);
        WriteClass(writer, decorator);
        return (GeneratedNames.HintName(model, outputName), writer.ToSourceText());
    }

    private static void WriteClass(SourceWriter writer, Decorator decorator)
    {
        var model = decorator.Interface;
        var implementsDisposable = !model.BaseInterfaces.Contains(Disposable);
        var implementsAsyncDisposable = !model.BaseInterfaces.Contains(AsyncDisposable);
        var bases = model.FullyQualifiedName
            + (implementsDisposable ? ", " + Disposable : "")
            + (implementsAsyncDisposable ? ", " + AsyncDisposable : "");

        decorator.WriteSummary(writer);
        if (model.Obsolete is { } obsolete)
        {
            writer.WriteLine("[" + obsolete.ToAttributeSource() + "]");
        }

        writer.WriteLine("[" + GeneratedCode.Attribute + "]");
        writer.WriteLine((model.IsPublic ? "public" : "internal") + " sealed partial class " + decorator.ClassName + GeneratedNames.TypeParameterList(model) + " : " + bases);
        writer.Indent();
        foreach (var clause in GeneratedNames.ConstraintClauses(model))
        {
            writer.WriteLine(clause);
        }

        writer.Unindent();
        writer.OpenBlock();
        decorator.WriteStaticState(writer);
        writer.WriteLine("private readonly " + model.FullyQualifiedName + " " + decorator.Inner + ";");
        decorator.WriteFields(writer);
        writer.WriteLine();
        WriteConstructor(writer, decorator);
        decorator.WriteApi(writer);
        writer.WriteLine();
        new InterfaceImplementationWriter(model, ImplementationStyle.Implicit).WriteMembers(writer, decorator);

        if (implementsDisposable)
        {
            writer.WriteLine();
            writer.WriteLine("void " + Disposable + ".Dispose() => " + RuntimeTypes.DecoratorDisposal + ".Dispose(" + decorator.Inner + ");");
        }

        if (implementsAsyncDisposable)
        {
            writer.WriteLine();
            writer.WriteLine("global::System.Threading.Tasks.ValueTask " + AsyncDisposable + ".DisposeAsync() => " + RuntimeTypes.DecoratorDisposal + ".DisposeAsync(" + decorator.Inner + ");");
        }

        decorator.WriteHelpers(writer);
        writer.CloseBlock();
    }

    private static void WriteConstructor(SourceWriter writer, Decorator decorator)
    {
        var model = decorator.Interface;
        var parameters = decorator.ConstructorParameters;
        decorator.WriteConstructorSummary(writer);
        writer.WriteLine("/// <param name=\"inner\">" + decorator.InnerParameterDocumentation + "</param>");
        foreach (var parameter in parameters)
        {
            writer.WriteLine("/// <param name=\"" + parameter.Name + "\">" + parameter.Documentation + "</param>");
        }

        var declarations = new List<string> { model.FullyQualifiedName + " inner" };
        declarations.AddRange(parameters.Select(p => p.Type + " " + p.Name + (p.DefaultValue is null ? "" : " = " + p.DefaultValue)));
        if (declarations.Count == 1)
        {
            writer.WriteLine("public " + decorator.ClassName + "(" + declarations[0] + ")");
        }
        else
        {
            writer.WriteWrapped("public " + decorator.ClassName, declarations);
        }

        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(inner);");
        writer.WriteLine(decorator.Inner + " = inner;");
        decorator.WriteConstructorBody(writer);
        writer.CloseBlock();
    }
}
