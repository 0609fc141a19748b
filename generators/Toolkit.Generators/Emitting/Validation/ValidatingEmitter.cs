using Microsoft.CodeAnalysis.Text;
using Toolkit.Generators.Emitting.Decorators;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Validation;

/// <summary>
/// Writes <c>ValidatingX</c> for an interface <c>IX</c> carrying <c>[GenerateValidation]</c>: a decorator that checks each
/// call's arguments (see <see cref="ValidationCodeWriter"/>), throws one <c>DriverValidationException</c> listing every
/// failure, and otherwise calls the inner instance. Members without rules are forwarded untouched. The class shape comes
/// from <see cref="DecoratorWriter"/>.
/// </summary>
internal sealed class ValidatingEmitter : Decorator
{
    public const string OutputName = "Validating";

    private readonly ValidationModel _validation;
    private readonly string _driverConstant;
    private ValidationCodeWriter? _code;

    private ValidatingEmitter(InterfaceModel model, ValidationModel validation)
        : base(model, GeneratedNames.Validating(model))
    {
        _validation = validation;

        // Helpers the parser named: the validator of each object type and the class holding the attribute instances.
        foreach (var type in validation.Types)
        {
            Take(type.MethodName);
        }

        Take(ValidationCodeWriter.RulesClass);
        _driverConstant = Reserve("__Driver");
    }

    public override EquatableArray<string> ExperimentalDiagnosticIds => _validation.ExperimentalDiagnosticIds;

    public static (string HintName, SourceText Source) Emit(InterfaceModel model, ValidationModel validation)
        => DecoratorWriter.Emit(new ValidatingEmitter(model, validation), OutputName);

    public override void WriteSummary(SourceWriter writer)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Checks the arguments of every call to <see cref=\"" + InterfaceCref + "\"/> against their");
        writer.WriteLine("/// DataAnnotations rules before calling the inner instance; on failure it throws one");
        writer.WriteLine("/// <see cref=\"" + RuntimeTypes.DriverValidationException + "\"/> listing every failure and the call does not happen.");
        writer.WriteLine("/// </summary>");
    }

    public override void WriteConstructorSummary(SourceWriter writer)
        => writer.WriteLine("/// <summary>Wraps <paramref name=\"inner\"/>, which receives only calls whose arguments pass validation.</summary>");

    public override void WriteStaticState(SourceWriter writer)
    {
        writer.WriteLine("private const string " + _driverConstant + " = " + Parsing.ValidationLiterals.String(_validation.DriverName) + ";");
        writer.WriteLine();
    }

    public override void WriteMethodBody(SourceWriter writer, MethodModel method)
    {
        if (_validation.FindMethod(method) is { } validated)
        {
            Code(writer).WriteMethodPrologue(validated, _driverConstant);
        }

        WriteForward(writer, method);
    }

    public override void WriteHelpers(SourceWriter writer)
    {
        foreach (var type in _validation.Types)
        {
            writer.WriteLine();
            Code(writer).WriteTypeValidator(type);
        }

        if (ValidationCodeWriter.HasRules(_validation))
        {
            writer.WriteLine();
            Code(writer).WriteRulesClass(_validation);
        }
    }

    // The code writer keeps per-file state (unique locals) and writes into the file's writer.
    private ValidationCodeWriter Code(SourceWriter writer) => _code ??= new ValidationCodeWriter(writer);
}
