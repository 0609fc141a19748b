using Microsoft.CodeAnalysis.Text;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Registration;

/// <summary>
/// Writes <c>XServiceCollectionExtensions</c> for an interface <c>IX</c> carrying <c>[GenerateRegistration]</c>:
/// <c>AddX&lt;TImplementation&gt;</c>, a factory overload and <c>AddKeyedX</c> overloads (a test project registers a mock
/// through the factory overload: see <see cref="Mocks.MockRegistrationWriter"/>). Each registers one factory that builds the chain validation → tracking → implementation (the
/// decorators the interface declares and the caller leaves on), so resolving costs one delegate call more than a
/// hand-written factory and the container disposes the chain through its outermost object.
/// </summary>
internal sealed class RegistrationEmitter
{
    public const string OutputName = "Registration";

    private const string Di = "global::Microsoft.Extensions.DependencyInjection.";
    private const string Services = Di + "IServiceCollection";
    private const string Lifetime = Di + "ServiceLifetime";
    private const string Decorators = RuntimeTypes.Registration + "DriverDecorators";
    private const string Provider = "global::System.IServiceProvider";

    private readonly InterfaceModel _model;
    private readonly bool _tracking;
    private readonly bool _validation;
    private readonly string _stem;
    private readonly string _interface;
    private readonly string _implementation;
    private readonly string _interfaceTypeParameters;
    private readonly string _cref;

    private RegistrationEmitter(InterfaceModel model)
    {
        _model = model;
        _tracking = Has(model, Pipeline.AttributeNames.GenerateTracking);
        _validation = Has(model, Pipeline.AttributeNames.GenerateValidation);
        _stem = GeneratedNames.Stem(model);
        _interface = model.FullyQualifiedName;
        var typeParameterNames = new HashSet<string>(model.AllTypeParameters.Select(p => p.Name), StringComparer.Ordinal);
        _implementation = Identifiers.Unique("TImplementation", typeParameterNames);
        _interfaceTypeParameters = string.Join(", ", model.AllTypeParameters.Select(p => p.Name));
        _cref = SourceWriter.XmlText(model.FullyQualifiedName.Replace('<', '{').Replace('>', '}'));
    }

    public static (string HintName, SourceText Source) Emit(InterfaceModel model)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, GeneratedNames.Namespace(model), model.ExperimentalDiagnosticIds);
        new RegistrationEmitter(model).WriteClass(writer);
        return (GeneratedNames.HintName(model, OutputName), writer.ToSourceText());
    }

    private static bool Has(InterfaceModel model, string attribute) => model.Attributes.Any(a => a.MetadataName == attribute);

    private void WriteClass(SourceWriter writer)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Registers <see cref=\"" + _cref + "\"/> in an <see cref=\"" + Services + "\"/>, wrapped in " + ChainText() + ".");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <remarks>");
        writer.WriteLine("/// <para>Each method adds one registration, like <c>AddSingleton</c>: registering twice keeps both, the last one wins");
        writer.WriteLine("/// when one instance is resolved, and <c>IEnumerable&lt;T&gt;</c> resolves all, in registration order.</para>");
        writer.WriteLine("/// <para>The container disposes the chain through its outermost object; every decorator passes disposal on, so the");
        writer.WriteLine("/// implementation is disposed exactly when the container would have disposed it on its own.</para>");
        writer.WriteLine("/// </remarks>");
        if (_model.Obsolete is { } obsolete)
        {
            writer.WriteLine("[" + obsolete.ToAttributeSource() + "]");
        }

        writer.WriteLine("[" + GeneratedCode.Attribute + "]");
        writer.WriteLine((_model.IsPublic ? "public" : "internal") + " static partial class " + GeneratedNames.ServiceCollectionExtensions(_model));
        writer.OpenBlock();

        WriteAddImplementation(writer, keyed: false);
        writer.WriteLine();
        WriteAddFactory(writer, keyed: false);
        writer.WriteLine();
        WriteAddImplementation(writer, keyed: true);
        writer.WriteLine();
        WriteAddFactory(writer, keyed: true);
        writer.WriteLine();
        WriteDecorate(writer);
        writer.CloseBlock();
    }

    private void WriteAddImplementation(SourceWriter writer, bool keyed)
    {
        var name = (keyed ? "AddKeyed" : "Add") + _stem;
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Registers <typeparamref name=\"" + _implementation + "\"/> as <see cref=\"" + _cref + "\"/>" + (keyed ? " under <paramref name=\"serviceKey\"/>" : "") + ", wrapped in " + ChainText() + ".");
        writer.WriteLine("/// Its constructor call is generated (no reflection): mark the class <c>[DriverImplementation]</c> and <c>partial</c>.");
        writer.WriteLine("/// </summary>");
        WriteTypeParameterDocs(writer);
        writer.WriteLine("/// <typeparam name=\"" + _implementation + "\">The implementation; its constructor's parameters are resolved from the container.</typeparam>");
        WriteCommonParameterDocs(writer, keyed, factory: false);
        writer.WriteWrapped("public static " + Services + " " + name + "<" + TypeParameters(_implementation) + ">", Parameters(keyed, factory: null));
        writer.Indent();
        WriteConstraints(writer);
        writer.WriteLine("where " + _implementation + " : class, " + _interface + ", " + RuntimeTypes.Registration + "IDriverActivator<" + _implementation + ">");
        writer.Unindent();
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(services);");
        var create = _implementation + ".Create(provider, serviceKey: " + (keyed ? "key" : "null") + ")";
        WriteAdd(writer, keyed, create, "lifetime");
        writer.CloseBlock();
    }

    private void WriteAddFactory(SourceWriter writer, bool keyed)
    {
        var name = (keyed ? "AddKeyed" : "Add") + _stem;
        var factoryType = keyed
            ? "global::System.Func<" + Provider + ", object?, " + _interface + ">"
            : "global::System.Func<" + Provider + ", " + _interface + ">";
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Registers the instance <paramref name=\"implementationFactory\"/> creates as <see cref=\"" + _cref + "\"/>" + (keyed ? " under <paramref name=\"serviceKey\"/>" : "") + ", wrapped in " + ChainText() + ".");
        writer.WriteLine("/// </summary>");
        WriteTypeParameterDocs(writer);
        WriteCommonParameterDocs(writer, keyed, factory: true);
        writer.WriteWrapped("public static " + Services + " " + name + TypeParameterListOrEmpty(), Parameters(keyed, factory: factoryType + " implementationFactory"));
        writer.Indent();
        WriteConstraints(writer);
        writer.Unindent();
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(services);");
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(implementationFactory);");
        WriteAdd(writer, keyed, keyed ? "implementationFactory(provider, key)" : "implementationFactory(provider)", "lifetime");
        writer.CloseBlock();
    }

    private void WriteAdd(SourceWriter writer, bool keyed, string create, string lifetime)
    {
        var decorate = "Decorate" + TypeParameterListOrEmpty() + "(" + create + ", provider, decorators)";
        writer.WriteWrapped("services.Add(new " + Di + "ServiceDescriptor", keyed
            ? ["typeof(" + _interface + ")", "serviceKey", "(provider, key) => " + decorate, lifetime]
            : ["typeof(" + _interface + ")", "provider => " + decorate, lifetime], tail: ");");
        writer.WriteLine("return services;");
    }

    /// <summary>The one place the chain's order is written: tracking wraps the implementation, validation wraps tracking.</summary>
    private void WriteDecorate(SourceWriter writer)
    {
        writer.WriteWrapped("private static " + _interface + " Decorate" + TypeParameterListOrEmpty(), [_interface + " implementation", Provider + " provider", Decorators + " decorators"]);
        writer.Indent();
        WriteConstraints(writer);
        writer.Unindent();
        writer.OpenBlock();
        if (_tracking)
        {
            var tracking = GeneratedNames.FullyQualified(_model, GeneratedNames.Tracking(_model));
            writer.WriteLine("if ((decorators & " + Decorators + ".Tracking) != 0)");
            writer.OpenBlock();
            writer.WriteLine("implementation = new " + tracking + "(");
            writer.Indent();
            writer.WriteLine("implementation,");
            writer.WriteLine(Di + "ServiceProviderServiceExtensions.GetService<" + RuntimeTypes.Tracking + "ICallSink>(provider),");
            writer.WriteLine(Di + "ServiceProviderServiceExtensions.GetService<global::Microsoft.Extensions.Logging.ILogger<" + tracking + ">>(provider),");
            writer.WriteLine(Di + "ServiceProviderServiceExtensions.GetService<global::System.TimeProvider>(provider));");
            writer.Unindent();
            writer.CloseBlock();
            writer.WriteLine();
        }

        if (_validation)
        {
            writer.WriteLine("if ((decorators & " + Decorators + ".Validation) != 0)");
            writer.OpenBlock();
            writer.WriteLine("implementation = new " + GeneratedNames.FullyQualified(_model, GeneratedNames.Validating(_model)) + "(implementation);");
            writer.CloseBlock();
            writer.WriteLine();
        }

        if (!_tracking && !_validation)
        {
            writer.WriteLine("_ = provider;");
            writer.WriteLine("_ = decorators;");
        }

        writer.WriteLine("return implementation;");
        writer.CloseBlock();
    }

    private static List<string> Parameters(bool keyed, string? factory)
    {
        var parameters = new List<string> { "this " + Services + " services" };
        if (keyed)
        {
            parameters.Add("object? serviceKey");
        }

        if (factory is not null)
        {
            parameters.Add(factory);
        }

        parameters.Add(Lifetime + " lifetime = " + Lifetime + ".Singleton");
        parameters.Add(Decorators + " decorators = " + Decorators + ".All");
        return parameters;
    }

    private void WriteCommonParameterDocs(SourceWriter writer, bool keyed, bool factory)
    {
        writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
        if (keyed)
        {
            writer.WriteLine("/// <param name=\"serviceKey\">The key the implementation is registered under, e.g. <c>\"docker\"</c>; resolve it with <c>GetRequiredKeyedService</c>.</param>");
        }

        if (factory)
        {
            writer.WriteLine("/// <param name=\"implementationFactory\">Creates the implementation" + (keyed ? " from the provider and the key" : " from the provider") + ".</param>");
        }

        writer.WriteLine("/// <param name=\"lifetime\">The lifetime of the whole chain; singleton by default.</param>");
        writer.WriteLine("/// <param name=\"decorators\">The decorators to put around the implementation; every one the interface declares by default.</param>");
        writer.WriteLine("/// <returns><paramref name=\"services\"/>, for chaining.</returns>");
    }

    private void WriteTypeParameterDocs(SourceWriter writer)
    {
        foreach (var parameter in _model.AllTypeParameters)
        {
            writer.WriteLine("/// <typeparam name=\"" + parameter.Name + "\">The interface's type parameter.</typeparam>");
        }
    }

    private void WriteConstraints(SourceWriter writer)
    {
        foreach (var clause in GeneratedNames.ConstraintClauses(_model))
        {
            writer.WriteLine(clause);
        }
    }

    private string TypeParameters(string extra) => _interfaceTypeParameters.Length == 0 ? extra : _interfaceTypeParameters + ", " + extra;

    private string TypeParameterListOrEmpty() => _interfaceTypeParameters.Length == 0 ? "" : "<" + _interfaceTypeParameters + ">";

    private string ChainText()
    {
        var parts = new List<string>();
        if (_validation)
        {
            parts.Add("validation");
        }

        if (_tracking)
        {
            parts.Add("tracking");
        }

        return parts.Count == 0 ? "no decorator (the interface declares none)" : string.Join(" then ", parts) + " (outermost first; switch each off with <c>decorators</c>)";
    }
}
