using Microsoft.CodeAnalysis.Text;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Registration;

/// <summary>
/// Writes the constructor call for a <c>[DriverImplementation]</c> class: an explicit, static implementation of
/// <c>IDriverActivator&lt;TSelf&gt;.Create</c> that resolves each parameter from the provider the way the container
/// would, with no reflection, so <c>services.AddShellDriver&lt;LocalShellDriver&gt;()</c> is AOT-safe.
/// </summary>
internal static class ActivatorEmitter
{
    public const string OutputName = "Activator";

    private const string Extensions = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.";
    private const string KeyedExtensions = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderKeyedServiceExtensions.";
    private const string Resolution = RuntimeTypes.Registration + "ServiceResolution.";

    public static (string HintName, SourceText Source) Emit(ActivatorModel model)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, model.Namespace, model.ExperimentalDiagnosticIds);
        foreach (var containing in model.ContainingDeclarations)
        {
            writer.WriteLine(containing);
            writer.OpenBlock();
        }

        var activator = RuntimeTypes.Registration + "IDriverActivator<" + model.FullyQualifiedName + ">";
        writer.WriteLine(model.Declaration + " : " + activator);
        writer.OpenBlock();
        writer.WriteLine("[" + GeneratedCode.Attribute + "]");
        writer.WriteLine("static " + model.FullyQualifiedName + " " + activator + ".Create(global::System.IServiceProvider services, object? serviceKey)");
        writer.Indent();
        if (model.Arguments.IsEmpty)
        {
            writer.WriteLine("=> new " + model.FullyQualifiedName + "();");
        }
        else
        {
            writer.WriteLine("=> new " + model.FullyQualifiedName + "(");
            writer.Indent();
            for (var i = 0; i < model.Arguments.Count; i++)
            {
                writer.WriteLine(Expression(model, model.Arguments[i]) + (i == model.Arguments.Count - 1 ? ");" : ","));
            }

            writer.Unindent();
        }

        writer.Unindent();
        writer.CloseBlock();
        foreach (var _ in model.ContainingDeclarations)
        {
            writer.CloseBlock();
        }

        var hint = new string(model.MetadataName.Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_').ToArray());
        return (hint + "." + OutputName + ".g.cs", writer.ToSourceText());
    }

    private static string Expression(ActivatorModel model, ActivatorArgument argument)
    {
        var type = argument.TypeName;
        var optionalType = argument.IsReferenceType && !argument.IsTypeParameter ? type + "?" : type;
        var name = Literal(argument.ParameterName);
        return argument.Source switch
        {
            ArgumentSource.ServiceProvider => "services",
            ArgumentSource.ServiceKey => Resolution + "ServiceKey<" + type + ">(serviceKey, " + Literal(model.DisplayName) + ", " + name + ")",
            ArgumentSource.OptionalServiceKey => Resolution + "ServiceKeyOrDefault<" + type + ">(serviceKey, " + Literal(model.DisplayName) + ", " + name + ")",
            ArgumentSource.Optional => Resolution + "GetServiceOrDefault<" + optionalType + ">(services, " + argument.DefaultValue + ")",
            ArgumentSource.OptionalKeyed => Resolution + "GetKeyedServiceOrDefault<" + optionalType + ">(services, " + argument.Key + ", " + argument.DefaultValue + ")",
            ArgumentSource.OptionalInheritedKey => Resolution + "GetKeyedServiceOrDefault<" + optionalType + ">(services, serviceKey, " + argument.DefaultValue + ")",
            ArgumentSource.RequiredKeyed => Keyed(argument, argument.Key!),
            ArgumentSource.RequiredInheritedKey => Keyed(argument, "serviceKey"),
            _ => argument.IsTypeParameter
                ? "(" + type + ")" + Extensions + "GetRequiredService(services, typeof(" + type + "))"
                : Extensions + "GetRequiredService<" + type + ">(services)",
        };
    }

    private static string Keyed(ActivatorArgument argument, string key)
        => argument.IsTypeParameter
            ? "(" + argument.TypeName + ")" + KeyedExtensions + "GetRequiredKeyedService(services, typeof(" + argument.TypeName + "), " + key + ")"
            : KeyedExtensions + "GetRequiredKeyedService<" + argument.TypeName + ">(services, " + key + ")";

    private static string Literal(string value) => Parsing.ConstantFormatter.FormatPrimitive(value);
}
