using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>
/// Writes the mock's interface implementations. Every operation runs the same sequence: record the call, find the
/// newest matching setup, apply simulated latency and faults, then the setup's step; with no step result, hand on to
/// the fallback instance, the remembered property value, the interface's default implementation, the strict check and
/// finally the loose default.
/// </summary>
internal sealed class MockBodies : IMemberBodyWriter
{
    private const string Mocking = RuntimeTypes.Mocking;

    private readonly MockPlan _plan;
    private readonly Dictionary<int, SurfaceMember> _surfaces;

    public MockBodies(MockPlan plan)
    {
        _plan = plan;
        _surfaces = plan.Members.ToDictionary(m => m.Member.Index);
    }

    /// <summary>Private helpers (the behaviour of operations simulated asynchronously) to write after the members.</summary>
    public List<Action<SourceWriter>> Helpers { get; } = [];

    private string InterfaceType => _plan.Interface.FullyQualifiedName;

    public void WriteMethodBody(SourceWriter writer, MethodModel method)
        => WriteOperation(writer, _surfaces[method.Index], _surfaces[method.Index].Operations[0]);

    public void WriteGetterBody(SourceWriter writer, PropertyModel property)
        => WriteOperation(writer, _surfaces[property.Index], _surfaces[property.Index].Getter!);

    public void WriteSetterBody(SourceWriter writer, PropertyModel property)
        => WriteOperation(writer, _surfaces[property.Index], _surfaces[property.Index].Setter!);

    public void WriteAdderBody(SourceWriter writer, EventModel @event)
        => WriteOperation(writer, _surfaces[@event.Index], _surfaces[@event.Index].Adder!);

    public void WriteRemoverBody(SourceWriter writer, EventModel @event)
        => WriteOperation(writer, _surfaces[@event.Index], _surfaces[@event.Index].Remover!);

    private void WriteOperation(SourceWriter writer, SurfaceMember surface, MockOperation operation)
    {
        WriteOperationStatements(writer, surface, operation);
    }

    private void WriteOperationStatements(SourceWriter writer, SurfaceMember surface, MockOperation operation)
    {
        var locals = new Locals(operation);

        foreach (var parameter in operation.Parameters.Where(p => p.Parameter.RefKind == ParameterRefKind.Out))
        {
            writer.WriteLine(parameter.Name, " = ", LooseDefaults.Expression(parameter.Parameter.Type), ";");
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Recording is RecordingKind.SpanToArray or RecordingKind.CharSpanToString))
        {
            var conversion = parameter.Recording == RecordingKind.CharSpanToString ? ".ToString()" : ".ToArray()";
            writer.WriteLine("var ", parameter.ValueExpression, " = ", parameter.Name, conversion, ";");
        }

        var entry = locals.Journal + "[" + locals.Slot + "]";
        writer.WriteLine("var ", locals.Journal, " = this.BeginCall(out var ", locals.Slot, ");");
        for (var i = 0; i < operation.TypeParameters.Count; i++)
        {
            writer.WriteLine(entry, ".Arguments.", operation.TypeArgumentSlots[i], " = typeof(", operation.TypeParameters[i].Name, ");");
        }

        foreach (var parameter in operation.Parameters.Where(p => p.IsRecorded))
        {
            writer.WriteLine(entry, ".Arguments.", parameter.Slot!, " = ", parameter.ValueExpression, ";");
        }

        writer.WriteLine("EndCall(", locals.Journal, ", ", locals.Slot, ", ", operation.OperationConstant, ");");

        if (operation.IsConfigurable)
        {
            WriteFindSetup(writer, operation, locals);
        }
        else
        {
            writer.WriteLine(Mocking, "Setups.MemberSetup? ", locals.Setup, " = null;");
        }

        if (operation.SimulatesAsynchronously)
        {
            var simulate = operation.ReturnType.WellKnown switch
            {
                WellKnownType.Task => "SimulateTask",
                WellKnownType.TaskOfT => "SimulateTaskOf",
                WellKnownType.ValueTask => "SimulateValueTask",
                WellKnownType.ValueTaskOfT => "SimulateValueTaskOf",
                _ => "SimulateAsyncEnumerable",
            };
            var arguments = "(" + locals.Setup + string.Concat(operation.Parameters.Select(p => ", " + p.Name)) + ")";
            writer.WriteLine("if (this.IsSimulating(", locals.Setup, "))");
            writer.OpenBlock();
            writer.WriteLine("return this.", operation.SimulateMethodName, operation.TypeParameterList, arguments, ";");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return this.", operation.InvokeMethodName, operation.TypeParameterList, arguments, ";");
            Helpers.Add(w => WriteSimulateHelper(w, surface, operation, simulate));
            Helpers.Add(w => WriteInvokeHelper(w, surface, operation));
            return;
        }

        writer.WriteLine("if (this.IsSimulating(", locals.Setup, "))");
        writer.OpenBlock();
        writer.WriteLine("this.Simulate(", locals.Setup, ", ", operation.CancellationToken?.Name ?? "default", ");");
        writer.CloseBlock();
        writer.WriteLine();
        WriteBehaviour(writer, surface, operation, locals);
    }

    // A separate method, so the closure the delayed call needs is allocated only when a call is simulated (the compiler
    // would otherwise allocate it on entry to every call).
    private void WriteSimulateHelper(SourceWriter writer, SurfaceMember surface, MockOperation operation, string simulate)
    {
        var locals = new Locals(operation);
        WriteHelperSignature(writer, surface, operation, locals, operation.SimulateMethodName);
        writer.OpenBlock();
        var invoke = "this." + operation.InvokeMethodName + operation.TypeParameterList + "(" + locals.Setup + string.Concat(operation.Parameters.Select(p => ", " + p.Name)) + ")";
        writer.WriteLine("return this.", simulate, "(", locals.Setup, ", ", (operation.CancellationToken?.Name ?? "default"), ", () => ", invoke, ");");
        writer.CloseBlock();
    }

    private void WriteInvokeHelper(SourceWriter writer, SurfaceMember surface, MockOperation operation)
    {
        var locals = new Locals(operation);
        WriteHelperSignature(writer, surface, operation, locals, operation.InvokeMethodName);
        writer.OpenBlock();
        WriteBehaviour(writer, surface, operation, locals);
        writer.CloseBlock();
    }

    private static void WriteHelperSignature(SourceWriter writer, SurfaceMember surface, MockOperation operation, Locals locals, string name)
    {
        if (InterfaceImplementationWriter.ObsoleteAttributeFor(surface.Member) is { } obsolete)
        {
            writer.WriteLine("[", obsolete, "]");
        }

        var setupParameter = (operation.IsConfigurable ? operation.SetupType : Mocking + "Setups.MemberSetup") + "? " + locals.Setup;
        var parameters = InterfaceImplementationWriter.ParameterList(new EquatableArray<ParameterModel>(operation.Parameters.Select(p => p.Parameter)), includeDefaults: false, includeParams: false);
        writer.WriteLine("private ", operation.ReturnType.Name, " ", name, operation.TypeParameterList, "(", setupParameter, (parameters.Length > 0 ? ", " + parameters : ""), ")");
        writer.Indent();
        foreach (var typeParameter in operation.TypeParameters.Where(t => t.ConstraintClause.Length > 0))
        {
            writer.WriteLine(typeParameter.ConstraintClause);
        }

        writer.Unindent();
    }

    private static void WriteFindSetup(SourceWriter writer, MockOperation operation, Locals locals)
    {
        // Without conditions every setup matches, so the newest one wins outright.
        if (!operation.IsGeneric && !operation.Matchable.Any())
        {
            writer.WriteLine("var ", locals.Setups, " = this.", operation.SetupsField, ";");
            writer.WriteLine("var ", locals.Setup, " = ", locals.Setups, " is null ? null : ", locals.Setups, "[", locals.Setups, ".Length - 1];");
            writer.WriteLine();
            return;
        }

        var arguments = string.Join(", ", operation.Matchable.Select(p => p.ValueExpression));
        writer.WriteLine(operation.SetupType, "? ", locals.Setup, " = null;");
        writer.WriteLine("var ", locals.Setups, " = this.", operation.SetupsField, ";");
        writer.WriteLine("if (", locals.Setups, " is not null)");
        writer.OpenBlock();
        writer.WriteLine("for (var ", locals.Index, " = ", locals.Setups, ".Length - 1; ", locals.Index, " >= 0; ", locals.Index, "--)");
        writer.OpenBlock();
        if (operation.IsGeneric)
        {
            writer.WriteLine("if (", locals.Setups, "[", locals.Index, "] is ", operation.SetupType, " ", locals.Candidate, " && ", locals.Candidate, ".Matches(", arguments, "))");
            writer.OpenBlock();
            writer.WriteLine(locals.Setup, " = ", locals.Candidate, ";");
        }
        else
        {
            writer.WriteLine("if (", locals.Setups, "[", locals.Index, "].Matches(", arguments, "))");
            writer.OpenBlock();
            writer.WriteLine(locals.Setup, " = ", locals.Setups, "[", locals.Index, "];");
        }

        writer.WriteLine("break;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
    }

    private void WriteBehaviour(SourceWriter writer, SurfaceMember surface, MockOperation operation, Locals locals)
    {
        if (operation.IsConfigurable)
        {
            WriteStep(writer, operation, locals);
        }

        WriteChain(writer, surface, operation, locals);
    }

    private static void WriteStep(SourceWriter writer, MockOperation operation, Locals locals)
    {
        writer.WriteLine("if (", locals.Setup, " is not null)");
        writer.OpenBlock();
        writer.WriteLine(locals.Setup, ".MarkUsed();");
        writer.WriteLine("var ", locals.Step, " = ", locals.Setup, ".NextStep();");
        var assignable = operation.Assignable.ToList();
        if (assignable.Count > 0)
        {
            writer.WriteLine("if (", locals.Step, ".Outputs is ", OutputsTuple(assignable), " ", locals.Outputs, ")");
            writer.OpenBlock();
            for (var i = 0; i < assignable.Count; i++)
            {
                writer.WriteLine(assignable[i].Name, " = ", locals.Outputs, ".Item", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ";");
            }

            writer.CloseBlock();
        }

        var callbackArguments = string.Join(", ", operation.Parameters
            .Where(p => p.Parameter.RefKind != ParameterRefKind.Out)
            .Select(p => (operation.CallbackIsCustom && p.Parameter.RefKind == ParameterRefKind.Ref ? "ref " : operation.CallbackIsCustom ? p.Parameter.ArgumentModifier : "") + p.Name));
        writer.WriteLine(locals.Step, ".Callback?.Invoke(", callbackArguments, ");");

        var computeArguments = string.Join(", ", operation.Parameters.Select(p => (operation.ComputeIsCustom ? p.Parameter.ArgumentModifier : "") + p.Name));
        var byRef = operation.ReturnRefKind != ReturnRefKind.None;
        if (operation.ReturnsVoid)
        {
            writer.WriteLine("if (", locals.Step, ".Kind == ", Mocking, "Setups.StepKind.Throw)");
            writer.OpenBlock();
            writer.WriteLine("throw ", locals.Step, ".CreateException();");
            writer.CloseBlock();
        }
        else
        {
            writer.WriteLine("switch (", locals.Step, ".Kind)");
            writer.OpenBlock();
            if (operation.HasValueResult)
            {
                writer.WriteLine("case ", Mocking, "Setups.StepKind.Value:");
                writer.Indent().WriteLine(Return(byRef, operation.ReturnType, locals.Step + ".Value")).Unindent();
            }

            writer.WriteLine("case ", Mocking, "Setups.StepKind.Compute:");
            writer.Indent().WriteLine(Return(byRef, operation.ReturnType, locals.Step + ".Compute!(" + computeArguments + ")")).Unindent();
            writer.WriteLine("case ", Mocking, "Setups.StepKind.Throw:");
            writer.Indent().WriteLine("throw " + locals.Step + ".CreateException();").Unindent();
            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.WriteLine();
    }

    private static string Return(bool byRef, TypeModel type, string value)
        => byRef ? "return ref new " + Mocking + "Defaults.ValueCell<" + type.Name + ">(" + value + ").Value;" : "return " + value + ";";

    private void WriteChain(SourceWriter writer, SurfaceMember surface, MockOperation operation, Locals locals)
    {
        var member = surface.Member;
        var byRef = operation.ReturnRefKind != ReturnRefKind.None;
        var returnPrefix = byRef ? "return ref " : "return ";
        var defaults = surface.HasDefaultImplementation ? "this." + surface.DefaultImplementationProperty : "";
        switch (operation.Kind)
        {
            case OperationKind.Method:
            {
                var method = (MethodModel)member;
                WriteFallback(writer, locals, operation.ReturnsVoid
                    ? [InterfaceImplementationWriter.Invocation(method, locals.Fallback) + ";", "return;"]
                    : [returnPrefix + InterfaceImplementationWriter.Invocation(method, locals.Fallback) + ";"]);
                if (surface.HasDefaultImplementation)
                {
                    writer.WriteLine((operation.ReturnsVoid ? "" : returnPrefix), InterfaceImplementationWriter.Invocation(method, defaults), ";");
                    return;
                }

                // Every IEnumerable<T> implementation answers the non-generic GetEnumerator with the generic one.
                if (GenericEnumerable(method) is { } generic)
                {
                    writer.WriteLine("return ((", generic, ")this).GetEnumerator();");
                    return;
                }

                WriteStrict(writer, operation, locals);
                if (!operation.ReturnsVoid)
                {
                    writer.WriteLine(byRef
                        ? Return(true, operation.ReturnType, LooseDefaults.Expression(operation.ReturnType))
                        : "return " + LooseDefaults.Expression(operation.ReturnType) + ";");
                }

                return;
            }

            case OperationKind.PropertyGet:
            case OperationKind.IndexerGet:
            {
                var property = (PropertyModel)member;
                var access = InterfaceImplementationWriter.PropertyAccess(property, locals.Fallback);
                WriteFallback(writer, locals, [returnPrefix + access + ";"]);
                if (surface.ValueField.Length > 0)
                {
                    if (property.IsIndexer)
                    {
                        writer.WriteLine("if (this.", surface.ValueField, " is { } ", locals.Remembered, " && ", locals.Remembered, ".TryGet(", IndexKey(operation), ", out var ", locals.Value, "))");
                        writer.OpenBlock();
                        writer.WriteLine("return ", locals.Value, (surface.ValueType != property.Type.Name ? "!" : ""), ";");
                    }
                    else
                    {
                        writer.WriteLine("if (global::System.Threading.Volatile.Read(ref this.", surface.ValueField, ") is { } ", locals.Remembered, ")");
                        writer.OpenBlock();
                        writer.WriteLine("return ", locals.Remembered, ".Value", (surface.ValueType != property.Type.Name ? "!" : ""), ";");
                    }

                    writer.CloseBlock();
                    writer.WriteLine();
                }

                if (surface.HasDefaultImplementation)
                {
                    writer.WriteLine(returnPrefix, InterfaceImplementationWriter.PropertyAccess(property, defaults), ";");
                    return;
                }

                WriteStrict(writer, operation, locals);
                writer.WriteLine(byRef
                    ? Return(true, operation.ReturnType, LooseDefaults.Expression(operation.ReturnType))
                    : "return " + LooseDefaults.Expression(operation.ReturnType) + ";");
                return;
            }

            case OperationKind.PropertySet:
            case OperationKind.IndexerSet:
            {
                var property = (PropertyModel)member;
                if (property.Setter!.IsInit)
                {
                    // An init accessor can only run during initialization, so it cannot be forwarded to another object.
                    writer.WriteLine("if (", locals.Setup, " is null && this.IsStrict)");
                    writer.OpenBlock();
                    writer.WriteLine("throw this.UnexpectedCall(", operation.OperationConstant, StrictArguments(operation), ");");
                    writer.CloseBlock();
                }
                else
                {
                    writer.WriteLine("if (this.Fallback is { } ", locals.Fallback, ")");
                    writer.OpenBlock();
                    writer.WriteLine(InterfaceImplementationWriter.PropertyAccess(property, locals.Fallback), " = value;");
                    writer.CloseBlock();
                    if (surface.HasDefaultImplementation)
                    {
                        writer.WriteLine("else");
                        writer.OpenBlock();
                        writer.WriteLine(InterfaceImplementationWriter.PropertyAccess(property, defaults), " = value;");
                        writer.CloseBlock();
                    }
                    else
                    {
                        writer.WriteLine("else if (", locals.Setup, " is null && this.IsStrict)");
                        writer.OpenBlock();
                        writer.WriteLine("throw this.UnexpectedCall(", operation.OperationConstant, StrictArguments(operation), ");");
                        writer.CloseBlock();
                    }
                }

                if (surface.ValueField.Length > 0)
                {
                    writer.WriteLine();
                    if (property.IsIndexer)
                    {
                        writer.WriteLine("(this.", surface.ValueField, " ??= new ", Mocking, "Defaults.RememberedValues<", surface.IndexKeyType, ", ", surface.ValueType, ">()).Set(", IndexKey(operation), ", value);");
                    }
                    else
                    {
                        writer.WriteLine("global::System.Threading.Volatile.Write(ref this.", surface.ValueField, ", new ", Mocking, "Defaults.ValueCell<", surface.ValueType, ">(value));");
                    }
                }

                return;
            }

            case OperationKind.EventAdd:
            case OperationKind.EventRemove:
            {
                var @event = (EventModel)member;
                var adding = operation.Kind == OperationKind.EventAdd;
                var sign = adding ? " += " : " -= ";
                writer.WriteLine("if (this.Fallback is { } ", locals.Fallback, ")");
                writer.OpenBlock();
                writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, locals.Fallback), ".", @event.EscapedName, sign, "value;");
                writer.CloseBlock();
                if (surface.HasDefaultImplementation)
                {
                    writer.WriteLine("else");
                    writer.OpenBlock();
                    writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, defaults), ".", @event.EscapedName, sign, "value;");
                    writer.CloseBlock();
                }

                writer.WriteLine();
                writer.WriteLine(Mocking, "Events.EventHandlers.", (adding ? "Add" : "Remove"), "(ref this.", surface.HandlersField, ", value);");
                return;
            }
        }
    }

    private string? GenericEnumerable(MethodModel method)
    {
        if (method.Name != "GetEnumerator" || !method.Parameters.IsEmpty || method.DeclaringInterface.Name != "global::System.Collections.IEnumerable")
        {
            return null;
        }

        return _plan.Interface.Members
            .OfType<MethodModel>()
            .FirstOrDefault(m => m.Name == "GetEnumerator" && m.Parameters.IsEmpty && m.ReturnType.WellKnown == WellKnownType.EnumeratorOfT
                && m.DeclaringInterface.Name.StartsWith("global::System.Collections.Generic.IEnumerable<", StringComparison.Ordinal))
            ?.DeclaringInterface.Name;
    }

    private static void WriteFallback(SourceWriter writer, Locals locals, IEnumerable<string> statements)
    {
        writer.WriteLine("if (this.Fallback is { } ", locals.Fallback, ")");
        writer.OpenBlock();
        foreach (var statement in statements)
        {
            writer.WriteLine(statement);
        }

        writer.CloseBlock();
        writer.WriteLine();
    }

    private static void WriteStrict(SourceWriter writer, MockOperation operation, Locals locals)
    {
        writer.WriteLine("if (", locals.Setup, " is null && this.IsStrict)");
        writer.OpenBlock();
        writer.WriteLine("throw this.UnexpectedCall(", operation.OperationConstant, StrictArguments(operation), ");");
        writer.CloseBlock();
        writer.WriteLine();
    }

    /// <summary>The arguments as objects for messages: recorded values, placeholders for the rest, no <c>out</c> parameters.</summary>
    public static string StrictArguments(MockOperation operation)
    {
        // An explicit array: a single array argument would otherwise be taken as the params array itself.
        var arguments = operation.Parameters
            .Where(p => p.Parameter.RefKind != ParameterRefKind.Out)
            .Select(p => p.IsRecorded ? p.ValueExpression : "new " + Mocking + "Recording.UnrecordedArgument(" + Parsing.ConstantFormatter.FormatPrimitive(p.Parameter.Type.DisplayName) + ")")
            .ToList();
        return arguments.Count == 0 ? "" : ", new object?[] { " + string.Join(", ", arguments) + " }";
    }

    private static string IndexKey(MockOperation operation)
    {
        var keys = operation.Kind == OperationKind.IndexerSet ? operation.Parameters.Take(operation.Parameters.Count - 1).ToList() : operation.Parameters.ToList();
        return "new global::System.ValueTuple<" + string.Join(", ", keys.Select(p => p.RecordedType)) + ">(" + string.Join(", ", keys.Select(p => p.ValueExpression)) + ")";
    }

    private static string OutputsTuple(IReadOnlyList<OperationParameter> assignable)
        => "global::System.ValueTuple<" + string.Join(", ", assignable.Select(p => p.Parameter.Type.Name)) + ">";

    /// <summary>Local variable names that cannot clash with the operation's parameters.</summary>
    private sealed class Locals
    {
        public Locals(MockOperation operation)
        {
            var taken = new HashSet<string>(operation.Parameters.Select(p => p.Name), StringComparer.Ordinal) { "value" };
            taken.UnionWith(operation.Parameters.Select(p => p.ValueExpression));
            taken.UnionWith(operation.TypeParameters.Select(t => t.Name));
            Journal = Identifiers.Unique("journal", taken);
            Slot = Identifiers.Unique("slot", taken);
            Setup = Identifiers.Unique("setup", taken);
            Setups = Identifiers.Unique("setups", taken);
            Index = Identifiers.Unique("index", taken);
            Candidate = Identifiers.Unique("candidate", taken);
            Step = Identifiers.Unique("step", taken);
            Outputs = Identifiers.Unique("outputs", taken);
            Fallback = Identifiers.Unique("fallback", taken);
            Remembered = Identifiers.Unique("remembered", taken);
            Value = Identifiers.Unique("rememberedValue", taken);
        }

        public string Journal { get; }

        public string Slot { get; }

        public string Setup { get; }

        public string Setups { get; }

        public string Index { get; }

        public string Candidate { get; }

        public string Step { get; }

        public string Outputs { get; }

        public string Fallback { get; }

        public string Remembered { get; }

        public string Value { get; }
    }
}
