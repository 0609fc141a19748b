using Microsoft.CodeAnalysis.Text;
using Toolkit.Generators.Emitting.Decorators;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Tracking;

/// <summary>
/// Writes <c>TrackingX</c> for an interface <c>IX</c> carrying <c>[GenerateTracking]</c>: a decorator that reports every
/// method call as a span, a duration histogram point and, when given a sink or a logger, a call record and a log
/// line. When nobody observes, each method is one check and a direct call. Properties, indexers, events and
/// disposal pass straight through. The class shape comes from <see cref="DecoratorWriter"/>.
/// </summary>
internal sealed class TrackingEmitter : Decorator
{
    public const string OutputName = "Tracking";

    private const string Runtime = RuntimeTypes.Tracking;

    private static readonly DecoratorParameter[] Parameters =
    [
        new(Runtime + "ICallSink?", "sink", "null", "Where to record every call, if anywhere."),
        new("global::Microsoft.Extensions.Logging.ILogger?", "logger", "null", "Where to log calls (Debug) and failures (Warning), if anywhere."),
        new("global::System.TimeProvider?", "timeProvider", "null", "The clock for start times and durations; the system clock when <see langword=\"null\"/>."),
    ];

    private readonly TrackingModel _tracking;
    private readonly string _tracker;
    private readonly string _statics;
    private readonly string _telemetryField;
    private readonly bool _hasNameClash;
    private readonly Dictionary<int, string> _operationFields = new();
    private readonly Dictionary<int, string> _rendererNames = new();

    private TrackingEmitter(InterfaceModel model, TrackingModel tracking)
        : base(model, GeneratedNames.Tracking(model))
    {
        _tracking = tracking;

        // The public API names: when a member already uses one, that part of the API is left out.
        _hasNameClash = model.Members.Any(m => m.Name is "TelemetryName" or "Telemetry");
        Take("TelemetryName");
        Take("Telemetry");
        _tracker = Reserve("_tracker");
        _telemetryField = Reserve("s_telemetry");
        foreach (var method in TrackedMethods(model))
        {
            _operationFields[method.Index] = Reserve("s_" + Identifiers.Unescape(Identifiers.ToCamelCase(method.Name)));
        }

        for (var i = 0; i < tracking.RedactedTypes.Count; i++)
        {
            _rendererNames[i] = Reserve("__Render" + Identifiers.ToPascalCase(Sanitize(tracking.RedactedTypes[i].DisplayName)));
        }

        // Static state of a generic decorator would exist once per constructed type; it lives in a non-generic class.
        _statics = model.IsGeneric ? CompanionName(model) + "." : "";
    }

    public override EquatableArray<string> ExperimentalDiagnosticIds => _tracking.ExperimentalDiagnosticIds;

    public override IReadOnlyList<DecoratorParameter> ConstructorParameters => Parameters;

    public override string InnerParameterDocumentation => "The instance calls go to; disposing the decorator disposes it.";

    public static (string HintName, SourceText Source) Emit(InterfaceModel model, TrackingModel tracking)
        => DecoratorWriter.Emit(new TrackingEmitter(model, tracking), OutputName);

    /// <summary>The non-generic class that holds a generic decorator's telemetry, e.g. <c>TrackingRepoTelemetry</c>.</summary>
    public static string CompanionName(InterfaceModel model) => GeneratedNames.Tracking(model) + "Telemetry";

    public override void WriteBeforeClass(SourceWriter writer)
    {
        if (!Interface.IsGeneric)
        {
            return;
        }

        writer.WriteLine("/// <summary>The telemetry shared by every constructed type of <see cref=\"" + ClassName + "{" + string.Join(", ", Interface.AllTypeParameters.Select(p => p.Name)) + "}\"/>.</summary>");
        writer.WriteLine("[" + GeneratedCode.Attribute + "]");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine("internal static class " + CompanionName(Interface));
        writer.OpenBlock();
        WriteStaticFields(writer, "internal");
        writer.CloseBlock();
        writer.WriteLine();
    }

    public override void WriteSummary(SourceWriter writer)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Tracks every call to <see cref=\"" + InterfaceCref + "\"/>: one span from the ActivitySource <c>" + SourceWriter.XmlText(_tracking.TelemetryName) + "</c>,");
        writer.WriteLine("/// one point of the <c>toolkit.driver.operation.duration</c> histogram (seconds) of the Meter of the same name, and,");
        writer.WriteLine("/// when given, a <see cref=\"" + Runtime + "CallRecord\"/> in the sink and a log line. Exceptions pass through unchanged.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <remarks>");
        writer.WriteLine("/// Durations cover the awaited work for tasks and the whole enumeration for async streams. Arguments of");
        writer.WriteLine("/// <c>[Sensitive]</c> parameters (and <c>[Sensitive]</c> members of arguments) are written as <c>***</c>. Properties,");
        writer.WriteLine("/// indexers and events pass straight through. Disposing the decorator disposes the inner instance.");
        writer.WriteLine("/// </remarks>");
    }

    public override void WriteConstructorSummary(SourceWriter writer)
        => writer.WriteLine("/// <summary>Wraps <paramref name=\"inner\"/>: every call goes to it, tracked.</summary>");

    public override void WriteStaticState(SourceWriter writer)
    {
        if (!_hasNameClash)
        {
            writer.WriteLine("/// <summary>The name of the ActivitySource and the Meter this decorator reports to: <c>" + SourceWriter.XmlText(_tracking.TelemetryName) + "</c>.</summary>");
            writer.WriteLine("public const string TelemetryName = " + Literal(_tracking.TelemetryName) + ";");
            writer.WriteLine();
        }

        if (!Interface.IsGeneric)
        {
            WriteStaticFields(writer);
            writer.WriteLine();
        }
    }

    public override void WriteFields(SourceWriter writer)
        => writer.WriteLine("private readonly " + Runtime + "CallTracker " + _tracker + ";");

    public override void WriteConstructorBody(SourceWriter writer)
        => writer.WriteLine(_tracker + " = new " + Runtime + "CallTracker(" + _statics + _telemetryField + ", sink, logger, timeProvider);");

    public override void WriteApi(SourceWriter writer)
    {
        if (!_hasNameClash)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>The ActivitySource, Meter and duration histogram shared by every instance of this decorator.</summary>");
            writer.WriteLine("public static " + Runtime + "DriverTelemetry Telemetry => " + _statics + _telemetryField + ";");
        }
    }

    public override void WriteHelpers(SourceWriter writer)
    {
        if (!_tracking.RedactedTypes.IsEmpty)
        {
            new RedactionRendererWriter(_tracking, _rendererNames).Write(writer);
        }
    }

    private void WriteStaticFields(SourceWriter writer, string accessibility = "private")
    {
        writer.WriteLine(accessibility + " static readonly " + Runtime + "DriverTelemetry " + _telemetryField + " = new(name: " + Literal(_tracking.TelemetryName) + ", driverName: " + Literal(_tracking.DriverName) + ");");
        foreach (var method in TrackedMethods(Interface))
        {
            var names = RecordedParameters(method).Select(p => ", " + Literal(p.Name));
            writer.WriteLine(accessibility + " static readonly " + Runtime + "DriverOperation " + _operationFields[method.Index] + " = " + _telemetryField + ".Operation(" + Literal(method.Name) + string.Concat(names) + ");");
        }
    }

    public override void WriteMethodBody(SourceWriter writer, MethodModel method)
    {
        if (!_operationFields.TryGetValue(method.Index, out var operation))
        {
            WriteForward(writer, method, returnAfterVoidCall: true);
            return;
        }

        operation = _statics + operation;
        var call = InterfaceImplementationWriter.Invocation(method, Inner);
        var taken = new HashSet<string>(method.Parameters.Select(p => p.Name), StringComparer.Ordinal);
        var callLocal = Identifiers.Unique("__call", taken);
        var exception = Identifiers.Unique("__exception", taken);
        var kind = KindOf(method);

        writer.WriteLine("if (!" + _tracker + ".IsEnabled)");
        writer.OpenBlock();
        WriteForward(writer, method, returnAfterVoidCall: true);
        writer.CloseBlock();
        writer.WriteLine();

        if (kind == MethodKind.Stream)
        {
            var arguments = Identifiers.Unique("__arguments", taken);
            writer.WriteLine("object?[]? " + arguments + " = " + (RecordedParameters(method).Any() ? _tracker + ".WantsStreamArguments ? " + ArgumentArray(method) + " : null" : "null") + ";");
            writer.WriteLine("try");
            writer.OpenBlock();
            writer.WriteLine("return " + _tracker + ".TrackStream(" + operation + ", " + call + ", " + arguments + ");");
            writer.CloseBlock();
            WriteCatch(writer, exception, _tracker + ".StreamFailed(" + operation + ", " + arguments + ", " + exception + ");");
            return;
        }

        writer.WriteLine("var " + callLocal + " = " + _tracker + ".Start(" + operation + ");");
        if (RecordedParameters(method).Any())
        {
            writer.WriteLine("if (" + callLocal + ".WantsArguments)");
            writer.OpenBlock();
            writer.WriteLine(callLocal + ".SetArguments(" + ArgumentArray(method) + ");");
            writer.CloseBlock();
        }

        writer.WriteLine();
        writer.WriteLine("try");
        writer.OpenBlock();
        switch (kind)
        {
            case MethodKind.Awaitable:
                writer.WriteLine("return " + callLocal + ".EndWith(" + call + ");");
                break;
            case MethodKind.Void:
                writer.WriteLine(call + ";");
                writer.WriteLine(callLocal + ".Succeeded();");
                break;
            case MethodKind.RefReturn:
            {
                var result = Identifiers.Unique("__result", taken);
                var refKeyword = method.ReturnRefKind == ReturnRefKind.RefReadOnly ? "ref readonly " : "ref ";
                writer.WriteLine(refKeyword + "var " + result + " = ref " + call + ";");
                writer.WriteLine(callLocal + ".Succeeded();");
                writer.WriteLine("return ref " + result + ";");
                break;
            }

            default:
            {
                var result = Identifiers.Unique("__result", taken);
                writer.WriteLine("var " + result + " = " + call + ";");
                writer.WriteLine(callLocal + ".Succeeded();");
                writer.WriteLine("return " + result + ";");
                break;
            }
        }

        writer.CloseBlock();
        WriteCatch(writer, exception, callLocal + ".Failed(" + exception + ");");
    }

    private static void WriteCatch(SourceWriter writer, string exception, string statement)
    {
        writer.WriteLine("catch (global::System.Exception " + exception + ")");
        writer.OpenBlock();
        writer.WriteLine(statement);
        writer.WriteLine("throw;");
        writer.CloseBlock();
    }

    /// <summary>The methods that get a span and a histogram point: every method except disposal, which only passes through.</summary>
    private static IEnumerable<MethodModel> TrackedMethods(InterfaceModel model)
        => new InterfaceImplementationWriter(model, ImplementationStyle.Implicit).Members
            .OfType<MethodModel>()
            .Where(m => !IsDisposal(m));

    private static bool IsDisposal(MethodModel method)
        => (method.DeclaringInterface.Name == "global::System.IDisposable" && method.Name == "Dispose" && method.Parameters.IsEmpty)
        || (method.DeclaringInterface.Name == "global::System.IAsyncDisposable" && method.Name == "DisposeAsync" && method.Parameters.IsEmpty);

    /// <summary>Parameters whose arguments are recorded: all but <c>out</c> ones, which have no value when the call starts.</summary>
    private static IEnumerable<ParameterModel> RecordedParameters(MethodModel method)
        => method.Parameters.Where(p => p.RefKind != ParameterRefKind.Out);

    /// <summary><c>new object?[] { command, global::Toolkit.Tracking.ArgumentText.Redacted, … }</c>.</summary>
    private string ArgumentArray(MethodModel method)
        => "new object?[] { " + string.Join(", ", RecordedParameters(method).Select(ArgumentExpression)) + " }";

    private string ArgumentExpression(ParameterModel parameter)
    {
        if (parameter.IsSensitive)
        {
            return Runtime + "ArgumentText.Redacted";
        }

        var type = parameter.Type;
        if (type.WellKnown is WellKnownType.SpanOfT or WellKnownType.ReadOnlySpanOfT)
        {
            return Runtime + "ArgumentText.OfLength(" + Literal(type.DisplayName) + ", " + parameter.EscapedName + ".Length)";
        }

        if (!type.CanBeTypeArgument || (type.Traits & TypeTraits.AllowsRefLike) != 0)
        {
            return "new " + Runtime + "ArgumentText(" + Literal("<" + type.DisplayName + ">") + ")";
        }

        var renderer = _tracking.RendererFor(type.NonNullableName);
        return renderer < 0
            ? parameter.EscapedName
            : Runtime + "ArgumentText.Render(" + parameter.EscapedName + ", " + _rendererNames[renderer] + ", " + Literal(_tracking.RedactedTypes[renderer].DisplayName) + ")";
    }

    private static MethodKind KindOf(MethodModel method)
    {
        if (method.ReturnRefKind != ReturnRefKind.None)
        {
            return MethodKind.RefReturn;
        }

        return method.ReturnType.WellKnown switch
        {
            WellKnownType.Void => MethodKind.Void,
            WellKnownType.Task or WellKnownType.TaskOfT or WellKnownType.ValueTask or WellKnownType.ValueTaskOfT => MethodKind.Awaitable,
            WellKnownType.AsyncEnumerableOfT => MethodKind.Stream,
            _ => MethodKind.Value,
        };
    }

    internal static string Literal(string value) => Parsing.ConstantFormatter.FormatPrimitive(value);

    private static string Sanitize(string displayName)
        => new string(displayName.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray()).Trim('_');

    private enum MethodKind
    {
        Value,
        Void,
        RefReturn,
        Awaitable,
        Stream,
    }
}
