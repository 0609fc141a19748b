using Microsoft.CodeAnalysis.Text;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Validation;

/// <summary>
/// Writes <c>ValidatingX</c> for an interface <c>IX</c> carrying <c>[GenerateValidation]</c>: a decorator that checks each
/// call's arguments (see <see cref="ValidationCodeWriter"/>), throws one <c>DriverValidationException</c> listing every
/// failure, and otherwise calls the inner instance. Members without rules are forwarded untouched.
/// </summary>
internal sealed class ValidatingEmitter : IMemberBodyWriter
{
    public const string OutputName = "Validating";

    private const string Inner = "_inner";
    private const string DriverConstant = "__Driver";
    private const string Disposable = "global::System.IDisposable";
    private const string AsyncDisposable = "global::System.IAsyncDisposable";

    private readonly ValidationModel _validation;
    private readonly ValidationCodeWriter _code;

    private ValidatingEmitter(ValidationModel validation, SourceWriter writer)
    {
        _validation = validation;
        _code = new ValidationCodeWriter(writer);
    }

    public static (string HintName, SourceText Source) Emit(InterfaceModel model, ValidationModel validation)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, GeneratedNames.Namespace(model));
        var emitter = new ValidatingEmitter(validation, writer);
        var name = GeneratedNames.Validating(model);
        var isDisposable = model.BaseInterfaces.Contains(Disposable);
        var isAsyncDisposable = model.BaseInterfaces.Contains(AsyncDisposable);
        var bases = model.FullyQualifiedName
            + (isDisposable ? "" : ", " + Disposable)
            + (isAsyncDisposable ? "" : ", " + AsyncDisposable);

        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Checks the arguments of every call to <see cref=\"" + SourceWriter.XmlText(model.FullyQualifiedName.Replace('<', '{').Replace('>', '}')) + "\"/> against their");
        writer.WriteLine("/// DataAnnotations rules before calling the inner instance; on failure it throws one");
        writer.WriteLine("/// <see cref=\"global::Toolkit.DriverValidationException\"/> listing every failure and the call does not happen.");
        writer.WriteLine("/// </summary>");
        if (model.Obsolete is { } obsolete)
        {
            writer.WriteLine("[" + obsolete.ToAttributeSource() + "]");
        }

        writer.WriteLine("[" + GeneratedCode.Attribute + "]");
        writer.WriteLine((model.IsPublic ? "public" : "internal") + " sealed partial class " + name + GeneratedNames.TypeParameterList(model) + " : " + bases);
        writer.Indent();
        foreach (var clause in GeneratedNames.ConstraintClauses(model))
        {
            writer.WriteLine(clause);
        }

        writer.Unindent();
        writer.OpenBlock();
        writer.WriteLine("private const string " + DriverConstant + " = " + Parsing.ValidationLiterals.String(validation.DriverName) + ";");
        writer.WriteLine();
        writer.WriteLine("private readonly " + model.FullyQualifiedName + " " + Inner + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Wraps <paramref name=\"inner\"/>, which receives only calls whose arguments pass validation.</summary>");
        writer.WriteLine("/// <param name=\"inner\">The implementation to call.</param>");
        writer.WriteLine("public " + name + "(" + model.FullyQualifiedName + " inner)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(inner);");
        writer.WriteLine(Inner + " = inner;");
        writer.CloseBlock();
        writer.WriteLine();

        new InterfaceImplementationWriter(model, ImplementationStyle.Implicit).WriteMembers(writer, emitter);

        // The container disposes only the outermost decorator, so disposal always reaches the implementation.
        if (!isDisposable)
        {
            writer.WriteLine();
            writer.WriteLine("void " + Disposable + ".Dispose() => global::Toolkit.Registration.DecoratorDisposal.Dispose(" + Inner + ");");
        }

        if (!isAsyncDisposable)
        {
            writer.WriteLine();
            writer.WriteLine("global::System.Threading.Tasks.ValueTask " + AsyncDisposable + ".DisposeAsync() => global::Toolkit.Registration.DecoratorDisposal.DisposeAsync(" + Inner + ");");
        }

        foreach (var type in validation.Types)
        {
            writer.WriteLine();
            emitter._code.WriteTypeValidator(type);
        }

        if (ValidationCodeWriter.HasRules(validation))
        {
            writer.WriteLine();
            emitter._code.WriteRulesClass(validation);
        }

        writer.CloseBlock();
        return (GeneratedNames.HintName(model, OutputName), writer.ToSourceText());
    }

    public void WriteMethodBody(SourceWriter writer, MethodModel method)
    {
        if (_validation.FindMethod(method) is { } validated)
        {
            _code.WriteMethodPrologue(validated, DriverConstant);
        }

        var call = InterfaceImplementationWriter.Invocation(method, Inner);
        if (method.ReturnsVoid)
        {
            writer.WriteLine(call + ";");
        }
        else
        {
            writer.WriteLine("return " + (method.ReturnRefKind == ReturnRefKind.None ? "" : "ref ") + call + ";");
        }
    }

    public void WriteGetterBody(SourceWriter writer, PropertyModel property)
        => writer.WriteLine("return " + (property.RefKind == ReturnRefKind.None ? "" : "ref ") + InterfaceImplementationWriter.PropertyAccess(property, Inner) + ";");

    public void WriteSetterBody(SourceWriter writer, PropertyModel property)
        => writer.WriteLine(InterfaceImplementationWriter.PropertyAccess(property, Inner) + " = value;");

    public void WriteAdderBody(SourceWriter writer, EventModel @event)
        => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, Inner) + "." + @event.EscapedName + " += value;");

    public void WriteRemoverBody(SourceWriter writer, EventModel @event)
        => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, Inner) + "." + @event.EscapedName + " -= value;");
}
