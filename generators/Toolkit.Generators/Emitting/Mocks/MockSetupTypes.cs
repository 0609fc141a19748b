using System.Globalization;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>Writes the nested types of a mock: the journal's <c>CallArguments</c>, and per operation its setup class and typed call record.</summary>
internal static class MockSetupTypes
{
    private const string Mocking = RuntimeTypes.Mocking;

    public static void WriteArguments(SourceWriter writer, MockPlan plan)
    {
        writer.WriteLine("/// <summary>The arguments of one recorded call; each operation uses the fields it needs.</summary>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine("public struct ", MockPlan.ArgumentsStruct);
        writer.OpenBlock();
        foreach (var (name, type) in plan.Slots)
        {
            writer.WriteLine("/// <summary>A recorded argument.</summary>");
            writer.WriteLine("public ", type, " ", name, ";");
        }

        writer.CloseBlock();
    }

    public static void WriteSetup(SourceWriter writer, MockPlan plan, MockOperation operation)
    {
        var member = operation.Member;
        var self = operation.SetupType;
        var matchable = operation.Matchable.ToList();
        writer.WriteLine("/// <summary>Configures ", What(operation), " with matching arguments: what to return or throw, callbacks, sequences, latency and faults.</summary>");
        WriteObsolete(writer, member);
        var baseType = operation.ComputeDelegate is null
            ? Mocking + "Setups.VoidCallSetup<" + self + ", " + operation.CallbackDelegate + ">"
            : operation.HasValueResult
                ? Mocking + "Setups.CallSetup<" + self + ", " + operation.ResultTypeArgument + ", " + operation.ComputeDelegate + ", " + operation.CallbackDelegate + ">"
                : Mocking + "Setups.ComputedCallSetup<" + self + ", " + operation.ComputeDelegate + ", " + operation.CallbackDelegate + ">";
        writer.WriteLine("public sealed class ", operation.SetupClassName, operation.TypeParameterList, " : ", baseType, ", ", Mocking, "Recording.ICallMatcher<", MockPlan.ArgumentsStruct, ">");
        WriteConstraints(writer, operation);
        writer.OpenBlock();

        foreach (var parameter in matchable)
        {
            writer.WriteLine("private readonly ", Mocking, "Arg<", parameter.RecordedType!, "> ", parameter.ConditionField, ";");
        }

        if (matchable.Count > 0)
        {
            writer.WriteLine();
        }

        writer.WriteLine("internal ", operation.SetupClassName, "(", string.Join(", ", matchable.Select(p => Mocking + "Arg<" + p.RecordedType + "> " + p.ApiName)), ")");
        writer.Indent().WriteLine(": base(" + operation.OperationConstant + ")").Unindent();
        writer.OpenBlock();
        foreach (var parameter in matchable)
        {
            writer.WriteLine("this.", parameter.ConditionField, " = ", parameter.ApiName, ";");
        }

        writer.CloseBlock();

        WriteDelegates(writer, operation);
        WriteResultMethods(writer, operation);

        writer.WriteLine();
        writer.WriteLine("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        writer.WriteLine("internal bool Matches(", string.Join(", ", matchable.Select(p => p.RecordedType + " " + p.ApiName)), ")");
        writer.Indent().WriteLine("=> " + (matchable.Count == 0 ? "true" : string.Join(" && ", matchable.Select(p => "this." + p.ConditionField + ".Matches(" + p.ApiName + ")"))) + ";").Unindent();

        writer.WriteLine();
        var conditions = operation.TypeParameters.Select((t, i) => "ReferenceEquals(arguments." + operation.TypeArgumentSlots[i] + ", typeof(" + t.Name + "))")
            .Concat(matchable.Select(p => "this." + p.ConditionField + ".Matches(" + ReadSlot(p, "arguments") + ")"))
            .ToList();
        writer.WriteLine("bool ", Mocking, "Recording.ICallMatcher<", MockPlan.ArgumentsStruct, ">.Matches(in ", MockPlan.ArgumentsStruct, " arguments)");
        writer.Indent().WriteLine("=> " + (conditions.Count == 0 ? "true" : string.Join(" && ", conditions)) + ";").Unindent();

        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public override string ToString() => ", CallDescription.Expression(operation, p => "this." + p.ConditionField + ".ToString()"), ";");
        writer.CloseBlock();
    }

    public static void WriteCall(SourceWriter writer, MockOperation operation)
    {
        var recorded = operation.Parameters.Where(p => p.IsRecorded).ToList();
        writer.WriteLine("/// <summary>A recorded ", What(operation, singular: true), ", with its arguments.</summary>");
        WriteObsolete(writer, operation.Member);
        writer.WriteLine("public readonly struct ", operation.CallStructName, operation.TypeParameterList);
        WriteConstraints(writer, operation);
        writer.OpenBlock();
        writer.WriteLine("internal ", operation.CallStructName, "(in ", MockPlan.ArgumentsStruct, " arguments, long sequence)");
        writer.OpenBlock();
        foreach (var parameter in recorded)
        {
            writer.WriteLine("this.", parameter.PropertyName, " = ", ReadSlot(parameter, "arguments"), ";");
        }

        writer.WriteLine("this.Sequence = sequence;");
        writer.CloseBlock();
        foreach (var parameter in recorded)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>The <c>", SourceWriter.XmlText(parameter.Parameter.Name), "</c> argument", (parameter.Recording == RecordingKind.Direct ? "" : ", copied from the span"), ".</summary>");
            writer.WriteLine("public ", parameter.RecordedType!, " ", parameter.PropertyName, " { get; }");
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>The call's position among all calls to the mock (or to mocks sharing a <c>MockSequence</c>).</summary>");
        writer.WriteLine("public long Sequence { get; }");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public override string ToString() => ", CallDescription.Expression(operation, p => RuntimeTypes.ArgumentFormatter + ".Format(this." + p.PropertyName + ")"), ";");
        writer.CloseBlock();
    }

    /// <summary>Reads a recorded value back from the journal, with its declared type.</summary>
    public static string ReadSlot(OperationParameter parameter, string arguments)
    {
        var field = arguments + "." + parameter.Slot;
        if (!parameter.SlotIsObject)
        {
            return field;
        }

        var type = parameter.RecordedType!;
        return type.EndsWith("?", StringComparison.Ordinal) ? "(" + type + ")" + field : "(" + type + ")" + field + "!";
    }

    private static void WriteDelegates(SourceWriter writer, MockOperation operation)
    {
        if (operation.ComputeIsCustom)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Computes the result from the call's arguments (and assigns its <c>out</c> and <c>ref</c> parameters).</summary>");
            var parameters = InterfaceImplementationWriter.ParameterList(new EquatableArray<ParameterModel>(operation.Parameters.Select(p => p.Parameter)), includeDefaults: false, includeParams: false);
            writer.WriteLine("public delegate ", operation.ReturnType.Name, " ResultHandler(", parameters, ");");
        }

        if (operation.CallbackIsCustom)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Receives the call's arguments (<c>ref</c> parameters by reference).</summary>");
            var parameters = InterfaceImplementationWriter.ParameterList(
                new EquatableArray<ParameterModel>(operation.Parameters.Where(p => p.Parameter.RefKind != ParameterRefKind.Out).Select(p => p.Parameter)),
                includeDefaults: false,
                includeParams: false);
            writer.WriteLine("public delegate void CallbackHandler(", parameters, ");");
        }
    }

    private static void WriteResultMethods(SourceWriter writer, MockOperation operation)
    {
        var self = operation.SetupType;
        // ThrowsAsync, ReturnsItems and ReturnsAsync(value) are extension methods in Toolkit.Mocking. The computed form
        // depends on the member's parameters, so it is generated; the value form is generated beside it, because an
        // instance method of that name would otherwise hide the extension wherever Toolkit.Mocking is not imported.
        var element = operation.ReturnType.Element;
        var plainArguments = operation.Parameters.Select((p, i) => "argument" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        if (element is not null && operation.HasValueResult && !operation.ComputeIsCustom
            && operation.ReturnType.WellKnown is WellKnownType.TaskOfT or WellKnownType.ValueTaskOfT)
        {
            var wrap = operation.ReturnType.WellKnown == WellKnownType.TaskOfT
                ? "global::System.Threading.Tasks.Task.FromResult<" + element.Name + ">"
                : "new global::System.Threading.Tasks.ValueTask<" + element.Name + ">";
            WriteShortcut(writer, self, "ReturnsAsync", element.Name + " value", "Returns a completed task holding <paramref name=\"value\"/>.", "value", "The task's result.",
                "this.Returns(" + wrap + "(value))");
            WriteShortcut(writer, self, "ReturnsAsync", FuncOf(operation, element.Name) + " compute", "Returns a completed task holding a value computed from the call's arguments.", "compute", "Receives the arguments, returns the task's result.",
                "this.Returns((" + string.Join(", ", plainArguments) + ") => " + wrap + "(compute(" + string.Join(", ", plainArguments) + ")))");
        }

        var assignable = operation.Assignable.ToList();
        if (assignable.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Assigns the <c>out</c> and <c>ref</c> parameters when a call matches.</summary>");
            foreach (var parameter in assignable)
            {
                writer.WriteLine("/// <param name=\"", Naming.Identifiers.Unescape(parameter.Name), "\">The value for <c>", SourceWriter.XmlText(parameter.Parameter.Name), "</c>.</param>");
            }

            writer.WriteLine("/// <returns>This setup, for chaining.</returns>");
            var tuple = "global::System.ValueTuple<" + string.Join(", ", assignable.Select(p => p.Parameter.Type.Name)) + ">";
            writer.WriteLine("public ", self, " Assigns(", string.Join(", ", assignable.Select(p => p.Parameter.Type.Name + " " + p.Name)), ")");
            writer.Indent().WriteLine("=> this.SetOutputs(new " + tuple + "(" + string.Join(", ", assignable.Select(p => p.Name)) + "));").Unindent();
        }
    }

    private static string FuncOf(MockOperation operation, string result)
        => "global::System.Func<" + string.Join(", ", operation.Parameters.Select(p => p.Parameter.Type.Name).Concat([result])) + ">";

    private static void WriteShortcut(SourceWriter writer, string self, string name, string parameter, string summary, string parameterName, string parameterDoc, string body)
    {
        writer.WriteLine();
        writer.WriteLine("/// <summary>", summary, "</summary>");
        writer.WriteLine("/// <param name=\"", parameterName, "\">", parameterDoc, "</param>");
        writer.WriteLine("/// <returns>This setup, for chaining.</returns>");
        writer.WriteLine("public ", self, " ", name, "(", parameter, ") => ", body, ";");
    }

    private static void WriteConstraints(SourceWriter writer, MockOperation operation)
    {
        writer.Indent();
        foreach (var typeParameter in operation.TypeParameters.Where(t => t.ConstraintClause.Length > 0))
        {
            writer.WriteLine(typeParameter.ConstraintClause);
        }

        writer.Unindent();
    }

    private static void WriteObsolete(SourceWriter writer, MemberModel member)
    {
        if (InterfaceImplementationWriter.ObsoleteAttributeFor(member) is { } obsolete)
        {
            writer.WriteLine("[", obsolete, "]");
        }
    }

    /// <summary>What an operation does, for docs: <c>calls to IShellDriver.Run(string command)</c>, <c>reads of IShellDriver.Name</c>…</summary>
    public static string What(MockOperation operation, bool singular = false)
    {
        var signature = "<c>" + operation.DocumentedSignature + "</c>";
        return operation.Kind switch
        {
            OperationKind.PropertyGet or OperationKind.IndexerGet => (singular ? "read of " : "reads of ") + signature,
            OperationKind.PropertySet or OperationKind.IndexerSet => (singular ? "write to " : "writes to ") + signature,
            OperationKind.EventAdd => (singular ? "subscription to " : "subscriptions to ") + signature,
            OperationKind.EventRemove => (singular ? "unsubscription from " : "unsubscriptions from ") + signature,
            _ => (singular ? "call to " : "calls to ") + signature,
        };
    }

    /// <summary>An operation id literal.</summary>
    public static string Id(MockOperation operation) => operation.Id.ToString(CultureInfo.InvariantCulture);
}
