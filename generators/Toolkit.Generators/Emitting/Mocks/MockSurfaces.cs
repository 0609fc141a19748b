using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>
/// Writes the typed surfaces users call: <c>mock.Setup.Run(…)</c>, <c>mock.Verify.Run(…)</c>, <c>mock.Raise.Output(…)</c>,
/// and the small per-member structs for properties (<c>Get</c>/<c>Set</c>/<c>Returns</c>), indexers and events.
/// </summary>
internal static class MockSurfaces
{
    private const string Mocking = RuntimeTypes.Mocking;

    public static void WriteSetups(SourceWriter writer, MockPlan plan)
        => WriteMethodSurface(
            writer,
            plan,
            new MethodSurface(
                MockPlan.SetupsSurface,
                "Sets up how the mock answers, member by member; returned by <c>Setup</c>.",
                "Sets up ",
                "The setup, to configure with <c>Returns</c>, <c>Throws</c>, <c>Callback</c>…",
                "Sets up",
                member => member.SetupsStruct,
                operation => operation.SetupType,
                AddSetup));

    public static void WriteVerifications(SourceWriter writer, MockPlan plan)
        => WriteMethodSurface(
            writer,
            plan,
            new MethodSurface(
                MockPlan.VerificationsSurface,
                "Checks the calls the mock received, member by member; returned by <c>Verify</c>.",
                "The recorded ",
                "The matching calls, to assert on with <c>Once()</c>, <c>Times(n)</c>, <c>Never()</c>…",
                "Checks the recorded calls of",
                member => member.VerificationsStruct,
                operation => Mocking + "Verification<" + operation.CallType + ">",
                Verify));

    /// <summary>The <c>Setup</c> and <c>Verify</c> surfaces share one shape: a method per configurable method, an accessor per other member.</summary>
    private static void WriteMethodSurface(SourceWriter writer, MockPlan plan, MethodSurface surface)
    {
        writer.WriteLine("/// <summary>", surface.Summary, "</summary>");
        writer.WriteLine("public readonly struct ", surface.Name);
        writer.OpenBlock();
        WriteMockField(writer, plan, surface.Name);
        foreach (var member in plan.Members)
        {
            switch (member.Member)
            {
                case MethodModel:
                    var operation = member.Operations[0];
                    if (!operation.IsConfigurable)
                    {
                        continue;
                    }

                    writer.WriteLine();
                    writer.WriteLine("/// <summary>", surface.MethodSummary, MockSetupTypes.What(operation), " whose arguments match the conditions", (member.AllowsOmittedArguments && operation.Matchable.Any() ? " (a condition left out matches any value)" : ""), ".</summary>");
                    WriteConditionDocs(writer, operation.Matchable);
                    writer.WriteLine("/// <returns>", surface.Returns, "</returns>");
                    WriteObsolete(writer, member.Member);
                    writer.WriteLine("public ", (member.HidesObjectMember ? "new " : ""), surface.ReturnType(operation), " ", member.Name, operation.TypeParameterList, "(", Conditions(operation.Matchable, member.AllowsOmittedArguments), ")");
                    WriteConstraints(writer, operation);
                    writer.Indent().WriteLine("=> " + surface.Body(operation, "this._mock", string.Join(", ", operation.Matchable.Select(p => p.ApiName))) + ";").Unindent();
                    break;
                default:
                    WriteMemberAccessor(writer, member, surface.AccessorStruct(member), surface.AccessorVerb);
                    break;
            }
        }

        writer.CloseBlock();
    }

    public static void WriteEvents(SourceWriter writer, MockPlan plan)
    {
        writer.WriteLine("/// <summary>Raises the mock's events with typed arguments; returned by <c>Raise</c>.</summary>");
        writer.WriteLine("public readonly struct ", MockPlan.EventsSurface);
        writer.OpenBlock();
        WriteMockField(writer, plan, MockPlan.EventsSurface);
        foreach (var member in plan.Members.Where(m => m.Member is EventModel))
        {
            var @event = (EventModel)member.Member;
            if (!@event.Type.IsReferenceType || (@event.Type.Traits & TypeTraits.Delegate) == 0)
            {
                continue;
            }

            var parameters = @event.InvokeParameters;
            var taken = new HashSet<string>(parameters.Select(p => p.EscapedName), StringComparer.Ordinal);
            var handlers = Identifiers.Unique("handlers", taken);
            writer.WriteLine();
            writer.WriteLine("/// <summary>Raises <c>", SourceWriter.XmlText(@event.DisplaySignature), "</c>: calls every subscribed handler with these arguments.</summary>");
            foreach (var parameter in parameters)
            {
                writer.WriteLine("/// <param name=\"", parameter.Name, "\">Passed to the handlers.</param>");
            }

            var returns = @event.InvokeReturnType.IsVoid ? "void" : @event.InvokeReturnType.Name;
            if (!@event.InvokeReturnType.IsVoid)
            {
                writer.WriteLine("/// <returns>What the last handler returned, or the default when none is subscribed.</returns>");
            }

            WriteObsolete(writer, @event);
            var hides = MockPlan.HidesObjectMethod(member.Name, parameters.Count) ? "new " : "";
            writer.WriteLine("public ", hides, returns, " ", member.Name, "(", InterfaceImplementationWriter.ParameterList(parameters, includeDefaults: false, includeParams: false), ")");
            writer.OpenBlock();
            writer.WriteLine("var ", handlers, " = global::System.Threading.Volatile.Read(ref this._mock.", member.HandlersField, ");");
            var invoke = handlers + ".Invoke(" + InterfaceImplementationWriter.ArgumentList(parameters) + ")";
            if (@event.InvokeReturnType.IsVoid)
            {
                writer.WriteLine("if (", handlers, " is not null)");
                writer.OpenBlock();
                writer.WriteLine(invoke, ";");
                writer.CloseBlock();
            }
            else
            {
                foreach (var output in parameters.Where(p => p.RefKind == ParameterRefKind.Out))
                {
                    writer.WriteLine(output.EscapedName, " = default!;");
                }

                writer.WriteLine("return ", handlers, " is null ? ", LooseDefaults.Expression(@event.InvokeReturnType), " : ", invoke, ";");
            }

            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    /// <summary>Writes the per-member structs of a property, indexer or event (for both surfaces).</summary>
    public static void WriteMemberStructs(SourceWriter writer, MockPlan plan, SurfaceMember member)
    {
        if (member.Member is MethodModel)
        {
            return;
        }

        var indexParameters = member.Getter?.Parameters.ToList() ?? member.Setter?.Parameters.Take(member.Setter.Parameters.Count - 1).ToList() ?? [];
        indexParameters = indexParameters.Where(p => p.IsMatchable).ToList();
        var fields = new HashSet<string>(StringComparer.Ordinal) { "_mock" };
        var indexFields = indexParameters.Select(p => (Parameter: p, Field: Identifiers.Unique("_" + Identifiers.Unescape(p.Parameter.Name), fields))).ToList();
        var signature = member.Member.DisplaySignature;

        foreach (var setups in new[] { true, false })
        {
            var structName = setups ? member.SetupsStruct : member.VerificationsStruct;
            writer.WriteLine();
            writer.WriteLine("/// <summary>", (setups ? "Sets up" : "Checks the recorded calls of"), " <c>", SourceWriter.XmlText(signature), "</c>.</summary>");
            WriteObsolete(writer, member.Member);
            writer.WriteLine("public readonly struct ", structName);
            writer.OpenBlock();
            writer.WriteLine("private readonly ", plan.ClassType, " _mock;");
            foreach (var (parameter, field) in indexFields)
            {
                writer.WriteLine("private readonly ", Mocking, "Arg<", parameter.RecordedType!, "> ", field, ";");
            }

            writer.WriteLine();
            writer.WriteLine("internal ", structName, "(", plan.ClassType, " mock", string.Concat(indexFields.Select(f => ", " + Mocking + "Arg<" + f.Parameter.RecordedType + "> " + f.Parameter.ApiName)), ")");
            writer.OpenBlock();
            writer.WriteLine("this._mock = mock;");
            foreach (var (parameter, field) in indexFields)
            {
                writer.WriteLine("this.", field, " = ", parameter.ApiName, ";");
            }

            writer.CloseBlock();

            var indexArguments = string.Concat(indexFields.Select(f => "this." + f.Field + ", ")).TrimEnd(',', ' ');
            foreach (var operation in member.Operations)
            {
                var (name, summary) = operation.Kind switch
                {
                    OperationKind.PropertyGet or OperationKind.IndexerGet => ("Get", setups ? "Sets up reads." : "The recorded reads."),
                    OperationKind.PropertySet or OperationKind.IndexerSet => ("Set", setups ? "Sets up writes of a value matching <paramref name=\"value\"/>." : "The recorded writes of a value matching <paramref name=\"value\"/>."),
                    OperationKind.EventAdd => ("Subscribe", setups ? "Sets up subscriptions of a handler matching <paramref name=\"handler\"/>." : "The recorded subscriptions of a handler matching <paramref name=\"handler\"/>."),
                    _ => ("Unsubscribe", setups ? "Sets up unsubscriptions of a handler matching <paramref name=\"handler\"/>." : "The recorded unsubscriptions of a handler matching <paramref name=\"handler\"/>."),
                };
                var valueParameter = operation.Kind is OperationKind.PropertyGet or OperationKind.IndexerGet ? null : operation.Parameters[operation.Parameters.Count - 1];
                var valueIsMatchable = valueParameter is { IsMatchable: true };
                var parameterList = valueIsMatchable ? Mocking + "Arg<" + valueParameter!.RecordedType + "> " + valueParameter.ApiName + " = default" : "";
                var arguments = indexArguments;
                if (valueIsMatchable)
                {
                    arguments = arguments.Length == 0 ? valueParameter!.ApiName : arguments + ", " + valueParameter!.ApiName;
                }

                writer.WriteLine();
                writer.WriteLine("/// <summary>", (valueIsMatchable ? summary + " Leave the condition out to match any value." : summary.Replace(" matching <paramref name=\"value\"/>", "").Replace(" matching <paramref name=\"handler\"/>", "")), "</summary>");
                if (valueIsMatchable)
                {
                    writer.WriteLine("/// <param name=\"", Identifiers.Unescape(valueParameter!.ApiName), "\">The condition on the value.</param>");
                }

                writer.WriteLine(setups ? "/// <returns>The setup, to configure.</returns>" : "/// <returns>The matching calls, to assert on.</returns>");
                writer.WriteLine(setups
                    ? "public " + operation.SetupType + " " + name + "(" + parameterList + ") => " + AddSetup(operation, "this._mock", arguments) + ";"
                    : "public " + Mocking + "Verification<" + operation.CallType + "> " + name + "(" + parameterList + ") => " + Verify(operation, "this._mock", arguments) + ";");
            }

            if (setups && member.Getter is { HasValueResult: true } getter)
            {
                writer.WriteLine();
                writer.WriteLine("/// <summary>Makes reads return <paramref name=\"value\"/>: short for <c>Get().Returns(value)</c>.</summary>");
                writer.WriteLine("/// <param name=\"value\">The value reads return.</param>");
                writer.WriteLine("/// <returns>The read setup, to configure further.</returns>");
                writer.WriteLine("public ", getter.SetupType, " Returns(", getter.ReturnType.Name, " value) => this.Get().Returns(value);");
            }

            writer.CloseBlock();
        }
    }

    private static void WriteMemberAccessor(SourceWriter writer, SurfaceMember member, string structName, string verb)
    {
        writer.WriteLine();
        writer.WriteLine("/// <summary>", verb, " <c>", SourceWriter.XmlText(member.Member.DisplaySignature), "</c>.</summary>");
        // An indexer, or a COM indexed property (a named surface member that takes the index conditions too).
        var indexed = member.Member is PropertyModel { IsIndexer: true } or PropertyModel { IsIndexedProperty: true };
        var indexParameters = indexed
            ? (member.Getter?.Parameters.ToList() ?? member.Setter!.Parameters.Take(member.Setter.Parameters.Count - 1).ToList()).Where(p => p.IsMatchable).ToList()
            : [];
        WriteConditionDocs(writer, indexParameters);
        WriteObsolete(writer, member.Member);
        if (indexed)
        {
            var conditions = Conditions(indexParameters, omittable: false);
            var arguments = string.Concat(indexParameters.Select(p => ", " + p.ApiName));
            writer.WriteLine(member.Name == "this"
                ? "public " + structName + " this[" + conditions + "] => new(this._mock" + arguments + ");"
                : "public " + structName + " " + member.Name + "(" + conditions + ") => new(this._mock" + arguments + ");");
            return;
        }

        writer.WriteLine("public ", (member.HidesObjectMember ? "new " : ""), structName, " ", member.Name, " => new(this._mock);");
    }

    private static void WriteMockField(SourceWriter writer, MockPlan plan, string structName)
    {
        writer.WriteLine("private readonly ", plan.ClassType, " _mock;");
        writer.WriteLine();
        writer.WriteLine("internal ", structName, "(", plan.ClassType, " mock)");
        writer.OpenBlock();
        writer.WriteLine("this._mock = mock;");
        writer.CloseBlock();
    }

    private static string Conditions(IEnumerable<OperationParameter> parameters, bool omittable)
        => string.Join(", ", parameters.Select(p => Mocking + "Arg<" + p.RecordedType + "> " + p.ApiName + (omittable ? " = default" : "")));

    private static void WriteConditionDocs(SourceWriter writer, IEnumerable<OperationParameter> parameters)
    {
        foreach (var parameter in parameters)
        {
            writer.WriteLine("/// <param name=\"", Identifiers.Unescape(parameter.ApiName), "\">The condition on <c>", SourceWriter.XmlText(parameter.Parameter.Name), "</c>", (parameter.Recording == RecordingKind.Direct ? "" : " (the span's contents)"), ".</param>");
        }
    }

    private static string AddSetup(MockOperation operation, string mock, string arguments)
        => operation.IsGeneric
            ? Mocking + "Setups.SetupList.AddUntyped(ref " + mock + "." + operation.SetupsField + ", new " + operation.SetupType + "(" + arguments + "))"
            : Mocking + "Setups.SetupList.Add(ref " + mock + "." + operation.SetupsField + ", new " + operation.SetupType + "(" + arguments + "))";

    private static string Verify(MockOperation operation, string mock, string arguments)
        => mock + ".VerifyCalls(new " + operation.SetupType + "(" + arguments + "), static (in " + MockPlan.ArgumentsStruct + " arguments, long sequence) => new " + operation.CallType + "(in arguments, sequence))";

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

    private sealed class MethodSurface(
        string name,
        string summary,
        string methodSummary,
        string returns,
        string accessorVerb,
        Func<SurfaceMember, string> accessorStruct,
        Func<MockOperation, string> returnType,
        Func<MockOperation, string, string, string> body)
    {
        public string Name { get; } = name;

        public string Summary { get; } = summary;

        public string MethodSummary { get; } = methodSummary;

        public string Returns { get; } = returns;

        public string AccessorVerb { get; } = accessorVerb;

        public Func<SurfaceMember, string> AccessorStruct { get; } = accessorStruct;

        public Func<MockOperation, string> ReturnType { get; } = returnType;

        public Func<MockOperation, string, string, string> Body { get; } = body;
    }
}
