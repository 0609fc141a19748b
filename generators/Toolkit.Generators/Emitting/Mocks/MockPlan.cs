using System.Text;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>
/// Everything the mock emitter decides before writing: the operations to record, their unique names, the argument
/// slots of the journal's <c>CallArguments</c> struct, and how each member appears on the <c>Setup</c>/<c>Verify</c>
/// surfaces (overloads that would collide there get names qualified by their declaring interface).
/// </summary>
internal sealed class MockPlan
{
    public const string ArgumentsStruct = "CallArguments";
    public const string SetupsSurface = "MockSetups";
    public const string VerificationsSurface = "MockVerifications";
    public const string EventsSurface = "MockEvents";

    /// <summary>
    /// The names the mock class inherits, which its own members must not reuse: the public and protected members of
    /// <c>MockBase&lt;TArguments&gt;</c> and of <see cref="object"/>. A test compares this list with MockBase's actual
    /// members, so a member added there without its name here fails the build's tests, not a user's build.
    /// </summary>
    public static IReadOnlyList<string> InheritedMemberNames { get; } =
    [
        "Behavior", "RecordCalls", "Simulation", "Calls", "ClearCalls", "Reset", "VerifyNoOtherCalls", "VerifyAll",
        "BeginCall", "EndCall", "IsStrict", "IsSimulating", "Simulate", "SimulateTask", "SimulateTaskOf", "SimulateValueTask",
        "SimulateValueTaskOf", "SimulateAsyncEnumerable", "UnexpectedCall", "VerifyCalls", "GetArguments", "GetSetups", "ResetState",
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    ];

    /// <summary>The names of the mock's own API and nested types, written by every mock.</summary>
    private static readonly string[] OwnMemberNames =
    [
        ArgumentsStruct, SetupsSurface, VerificationsSurface, EventsSurface,
        "Object", "Fallback", "Setup", "Verify", "Raise",
    ];

    // The surfaces are structs, so they inherit object's members: a surface property or event named like one hides all
    // of that name, a surface method only the parameterless one.
    private static readonly HashSet<string> ObjectMembers = new(StringComparer.Ordinal)
    {
        "ToString", "GetHashCode", "GetType", "Equals", "MemberwiseClone", "ReferenceEquals",
    };

    private static readonly HashSet<string> ParameterlessObjectMethods = new(StringComparer.Ordinal)
    {
        "ToString", "GetHashCode", "GetType", "MemberwiseClone",
    };

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    private MockPlan(InterfaceModel model)
    {
        Interface = model;
        ClassName = GeneratedNames.Mock(model);
        TypeParameterList = GeneratedNames.TypeParameterList(model);
        _names.UnionWith(InheritedMemberNames);
        _names.UnionWith(OwnMemberNames);
        _names.Add(ClassName);
        _names.UnionWith(model.AllTypeParameters.Select(p => p.Name));
    }

    public InterfaceModel Interface { get; }

    /// <summary>The mock class name without type parameters, e.g. <c>ShellDriverMock</c>.</summary>
    public string ClassName { get; }

    /// <summary><c>&lt;T&gt;</c> or empty.</summary>
    public string TypeParameterList { get; }

    public string ClassType => ClassName + TypeParameterList;

    public List<MockOperation> Operations { get; } = [];

    public List<SurfaceMember> Members { get; } = [];

    /// <summary>The fields of <c>CallArguments</c>: name and type.</summary>
    public List<(string Name, string Type)> Slots { get; } = [];

    public bool HasEvents => Members.Any(m => m.Member is EventModel);

    public static MockPlan Create(InterfaceModel model)
    {
        var plan = new MockPlan(model);
        plan.Build();
        return plan;
    }

    private void Build()
    {
        var surfaceKeys = new SurfaceNames();
        foreach (var member in Interface.Members.Where(m => !m.IsStatic))
        {
            switch (member)
            {
                case MethodModel method:
                    AddMethod(method, surfaceKeys);
                    break;
                case PropertyModel property:
                    AddProperty(property, surfaceKeys);
                    break;
                case EventModel @event:
                    AddEvent(@event, surfaceKeys);
                    break;
            }
        }

        foreach (var member in Members.Where(m => m.Member.HasDefaultImplementation))
        {
            var stem = Reserve(Identifiers.ToPascalCase(member.Name == "this" ? "Item" : member.Name) + "Default", "Implementation");
            member.DefaultImplementationClass = stem + "Implementation";
            member.DefaultImplementationProperty = stem;
            member.DefaultImplementationField = "_" + Identifiers.ToCamelCase(stem).TrimStart('@');
            _names.Add(member.DefaultImplementationField);
        }

        // A surface method name used once may let callers omit conditions (= default means any value).
        var methodNameCounts = Members.Where(m => m.Member is MethodModel).GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var member in Members.Where(m => m.Member is MethodModel))
        {
            member.AllowsOmittedArguments = methodNameCounts[member.Name] == 1;
        }

        for (var i = 0; i < Operations.Count; i++)
        {
            Operations[i].Id = i;
        }

        AssignSlots();
    }

    private void AddMethod(MethodModel method, SurfaceNames surfaceKeys)
    {
        var parameters = method.Parameters.Select(p => CreateParameter(p, method.TypeParameters)).ToList();
        var operation = new MockOperation(method, OperationKind.Method, parameters, method.ReturnType, method.ReturnRefKind, method.TypeParameters)
        {
            IsConfigurable = !method.TypeParameters.Any(t => t.AllowsRefLikeType),
        };

        var key = "(" + string.Join(",", parameters.Where(p => p.IsMatchable).Select(OverloadKeyType)) + ")`" + method.TypeParameters.Count;
        var name = SurfaceName(method, key, surfaceKeys);
        var surface = new SurfaceMember(method, name, [operation])
        {
            HidesObjectMember = HidesObjectMethod(name, parameters.Count(p => p.IsMatchable) + method.TypeParameters.Count),
        };
        operation.Stem = Reserve(Identifiers.ToPascalCase(name), "Setup", "Call", "Operation");
        FinishOperation(operation);
        Members.Add(surface);
    }

    private void AddProperty(PropertyModel property, SurfaceNames surfaceKeys)
    {
        var indexParameters = property.Parameters.Select(p => CreateParameter(p, EquatableArray<TypeParameterModel>.Empty)).ToList();
        var operations = new List<MockOperation>();
        string name;
        string stem;
        if (property.IsIndexer)
        {
            var key = "this[" + string.Join(",", indexParameters.Where(p => p.IsMatchable).Select(OverloadKeyType)) + "]";
            name = surfaceKeys.Indexers.Add(key) ? "this" : Identifiers.Escape(GeneratedNames.StripInterfacePrefix(property.DeclaringInterfaceName) + "Item");
            stem = Reserve(name == "this" ? "Item" : Identifiers.Unescape(name), "GetSetup", "SetSetup", "GetCall", "SetCall", "Setups", "Verifications", "GetOperation", "SetOperation");
        }
        else
        {
            name = SurfaceName(property, "", surfaceKeys);
            stem = Reserve(Identifiers.ToPascalCase(name), "GetSetup", "SetSetup", "GetCall", "SetCall", "Setups", "Verifications", "GetOperation", "SetOperation");
        }

        if (property.Getter is not null)
        {
            var getter = new MockOperation(property, property.IsIndexer ? OperationKind.IndexerGet : OperationKind.PropertyGet, indexParameters, property.Type, property.RefKind, EquatableArray<TypeParameterModel>.Empty)
            {
                Stem = stem + "Get",
            };
            FinishOperation(getter);
            operations.Add(getter);
        }

        if (property.Setter is not null)
        {
            var value = new ParameterModel { Name = "value", EscapedName = "value", Ordinal = indexParameters.Count, Type = property.Type, Attributes = property.Setter.ValueAttributes };
            var setterParameters = indexParameters.Select(p => CreateParameter(p.Parameter, EquatableArray<TypeParameterModel>.Empty)).ToList();
            setterParameters.Add(CreateParameter(value, EquatableArray<TypeParameterModel>.Empty));
            var setter = new MockOperation(property, property.IsIndexer ? OperationKind.IndexerSet : OperationKind.PropertySet, setterParameters, VoidType, ReturnRefKind.None, EquatableArray<TypeParameterModel>.Empty)
            {
                Stem = stem + "Set",
            };
            FinishOperation(setter);
            operations.Add(setter);
        }

        var surface = new SurfaceMember(property, name, operations)
        {
            HidesObjectMember = !property.IsIndexer && ObjectMembers.Contains(Identifiers.Unescape(name)),
            SetupsStruct = stem + "Setups",
            VerificationsStruct = stem + "Verifications",
        };

        // A COM indexed property has index parameters but no index-keyed store: it is not remembered.
        var remembers = property.Setter is not null && property.Getter is not null && property.RefKind == ReturnRefKind.None
            && !property.IsIndexedProperty
            && Storable.Is(property.Type)
            && indexParameters.All(p => p.Recording == RecordingKind.Direct);
        if (remembers)
        {
            surface.ValueField = "_" + Identifiers.ToCamelCase(stem).TrimStart('@') + (property.IsIndexer ? "Values" : "Value");
            surface.ValueType = operations[operations.Count - 1].Parameters[operations[operations.Count - 1].Parameters.Count - 1].Parameter.Type.Name;
            _names.Add(surface.ValueField);
            if (property.IsIndexer)
            {
                surface.IndexKeyType = "global::System.ValueTuple<" + string.Join(", ", indexParameters.Select(p => p.RecordedType)) + ">";
            }
        }

        Members.Add(surface);
    }

    private void AddEvent(EventModel @event, SurfaceNames surfaceKeys)
    {
        // The Raise surface declares a method per event, parameterless for an Action: give it the signature it will have.
        var name = SurfaceName(@event, @event.InvokeParameters.IsEmpty ? "()" : "", surfaceKeys);
        var stem = Reserve(Identifiers.ToPascalCase(name), "AddSetup", "RemoveSetup", "AddCall", "RemoveCall", "Setups", "Verifications", "AddOperation", "RemoveOperation");
        var handler = new ParameterModel { Name = "handler", EscapedName = "value", Type = @event.Type };
        var add = new MockOperation(@event, OperationKind.EventAdd, [CreateParameter(handler, EquatableArray<TypeParameterModel>.Empty)], VoidType, ReturnRefKind.None, EquatableArray<TypeParameterModel>.Empty) { Stem = stem + "Add" };
        var remove = new MockOperation(@event, OperationKind.EventRemove, [CreateParameter(handler, EquatableArray<TypeParameterModel>.Empty)], VoidType, ReturnRefKind.None, EquatableArray<TypeParameterModel>.Empty) { Stem = stem + "Remove" };
        FinishOperation(add);
        FinishOperation(remove);
        var handlersField = "_" + Identifiers.ToCamelCase(stem).TrimStart('@') + "Handlers";
        _names.Add(handlersField);
        Members.Add(new SurfaceMember(@event, name, [add, remove])
        {
            HidesObjectMember = ObjectMembers.Contains(Identifiers.Unescape(name)),
            SetupsStruct = stem + "Setups",
            VerificationsStruct = stem + "Verifications",
            HandlersField = handlersField,
        });
    }

    /// <summary>Whether a surface method named <paramref name="name"/> with this many parameters and type parameters hides a method of <see cref="object"/>.</summary>
    public static bool HidesObjectMethod(string name, int parameterCount)
        => parameterCount == 0 && ParameterlessObjectMethods.Contains(Identifiers.Unescape(name));

    private static readonly TypeModel VoidType = new() { Name = "void", Traits = TypeTraits.Void, WellKnown = WellKnownType.Void, DisplayName = "void" };

    // Conditions are Arg<T> of the recorded type, and Arg<string?> is Arg<string> to overload resolution: two
    // overloads whose recorded types differ only in a top-level nullable annotation (string? beside a
    // ReadOnlySpan<char> recorded as string) share a surface signature.
    private static string? OverloadKeyType(OperationParameter parameter)
        => parameter.Recording == RecordingKind.Direct ? parameter.Parameter.Type.NonNullableName : parameter.RecordedType;

    // The first member with a given surface signature keeps its name; later ones (diamonds, hidden members, the
    // non-generic IEnumerable.GetEnumerator beside the generic one) are qualified by their declaring interface.
    private static string SurfaceName(MemberModel member, string signature, SurfaceNames names)
    {
        var isMethod = member is MethodModel;
        var candidate = member.Name;
        if (names.IsTaken(candidate, isMethod, signature))
        {
            var baseName = GeneratedNames.StripInterfacePrefix(member.DeclaringInterfaceName) + Identifiers.ToPascalCase(member.Name);
            candidate = baseName;
            for (var i = 2; names.IsTaken(candidate, isMethod, signature); i++)
            {
                candidate = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        names.Take(candidate, isMethod, signature);
        return Identifiers.Escape(candidate);
    }

    /// <summary>The names already used on the surfaces: methods may share a name when their condition types differ.</summary>
    private sealed class SurfaceNames
    {
        private readonly Dictionary<string, HashSet<string>> _methods = new(StringComparer.Ordinal);
        private readonly HashSet<string> _others = new(StringComparer.Ordinal);

        public HashSet<string> Indexers { get; } = new(StringComparer.Ordinal);

        public bool IsTaken(string name, bool isMethod, string signature)
        {
            // Surface members live on the surface structs: they must not take a struct's name, and a parameterless
            // Finalize would read as a destructor (CS0465).
            if (_others.Contains(name) || name is SetupsSurface or VerificationsSurface or EventsSurface
                || (name == "Finalize" && signature.StartsWith("()", StringComparison.Ordinal)))
            {
                return true;
            }

            return _methods.TryGetValue(name, out var signatures) && (!isMethod || signatures.Contains(signature));
        }

        public void Take(string name, bool isMethod, string signature)
        {
            if (!isMethod)
            {
                _others.Add(name);
                return;
            }

            if (!_methods.TryGetValue(name, out var signatures))
            {
                _methods[name] = signatures = new HashSet<string>(StringComparer.Ordinal);
            }

            signatures.Add(signature);
        }
    }

    /// <summary>Finds a stem whose derived names are all free, and reserves them.</summary>
    private string Reserve(string stem, params string[] suffixes)
    {
        stem = Identifiers.Unescape(stem);
        if (stem.Length == 0 || !(char.IsLetter(stem[0]) || stem[0] == '_'))
        {
            stem = "Member" + stem;
        }

        var candidate = stem;
        for (var i = 2; !IsFree(candidate, suffixes); i++)
        {
            candidate = stem + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _names.Add(candidate);
        foreach (var suffix in suffixes)
        {
            _names.Add(candidate + suffix);
        }

        return candidate;
    }

    private bool IsFree(string candidate, string[] suffixes)
    {
        if (_names.Contains(candidate))
        {
            return false;
        }

        foreach (var suffix in suffixes)
        {
            if (_names.Contains(candidate + suffix))
            {
                return false;
            }
        }

        return true;
    }

    private void FinishOperation(MockOperation operation)
    {
        Operations.Add(operation);
        _names.Add(operation.OperationConstant);
        _names.Add(operation.SetupClassName);
        _names.Add(operation.CallStructName);

        var taken = new HashSet<string>(StringComparer.Ordinal) { "Sequence", "ToString", "Equals", "GetHashCode", "GetType" };
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in operation.Parameters)
        {
            parameter.ValueExpression = parameter.Recording is RecordingKind.SpanToArray or RecordingKind.CharSpanToString
                ? parameter.Parameter.Name + "Recorded"
                : parameter.Name;
            parameter.PropertyName = Identifiers.Unique(Identifiers.ToPascalCase(parameter.Parameter.Name), taken);
            parameter.ConditionField = Identifiers.Unique("_" + Identifiers.Unescape(parameter.Parameter.Name), fields);
        }

        var isVoid = operation.ReturnsVoid;
        var valueParameters = operation.Parameters.Where(p => p.Parameter.RefKind is ParameterRefKind.None or ParameterRefKind.In or ParameterRefKind.RefReadOnly).ToList();
        var allPlain = operation.Parameters.Count == valueParameters.Count
            && operation.Parameters.All(p => Storable.Is(p.Parameter.Type))
            && operation.Parameters.Count <= 16;
        var types = operation.Parameters.Select(p => p.Parameter.Type.Name).ToList();
        if (!isVoid)
        {
            var returnPlain = Storable.Is(operation.ReturnType);
            operation.ComputeIsCustom = !(allPlain && returnPlain);
            operation.ComputeDelegate = operation.ComputeIsCustom
                ? operation.SetupType + ".ResultHandler"
                : "global::System.Func<" + string.Join(", ", types.Concat([operation.ReturnType.Name])) + ">";
        }

        var callbackParameters = operation.Parameters.Where(p => p.Parameter.RefKind != ParameterRefKind.Out).ToList();
        var callbackPlain = callbackParameters.All(p => p.Parameter.RefKind != ParameterRefKind.Ref && Storable.Is(p.Parameter.Type))
            && callbackParameters.Count <= 16;
        operation.CallbackIsCustom = !callbackPlain;
        operation.CallbackDelegate = operation.CallbackIsCustom
            ? operation.SetupType + ".CallbackHandler"
            : callbackParameters.Count == 0
                ? "global::System.Action"
                : "global::System.Action<" + string.Join(", ", callbackParameters.Select(p => p.Parameter.Type.Name)) + ">";

        operation.CancellationToken = operation.Parameters.FirstOrDefault(p => p.Parameter.Type.WellKnown == WellKnownType.CancellationToken && p.Parameter.RefKind == ParameterRefKind.None);
        var asyncResult = operation.ReturnType.WellKnown is WellKnownType.Task or WellKnownType.TaskOfT or WellKnownType.ValueTask or WellKnownType.ValueTaskOfT or WellKnownType.AsyncEnumerableOfT;
        operation.SimulatesAsynchronously = asyncResult && operation.ReturnRefKind == ReturnRefKind.None
            && operation.Parameters.All(p => p.Parameter.RefKind == ParameterRefKind.None && Storable.Is(p.Parameter.Type));
        if (operation.SimulatesAsynchronously)
        {
            operation.InvokeMethodName = "Invoke" + operation.Stem;
            operation.SimulateMethodName = "Simulate" + operation.Stem;
            _names.Add(operation.InvokeMethodName);
            _names.Add(operation.SimulateMethodName);
        }
    }

    private static OperationParameter CreateParameter(ParameterModel parameter, EquatableArray<TypeParameterModel> methodTypeParameters)
    {
        // [AllowNull] admits null whatever the annotation says; record, match and call back with the nullable type.
        if (!parameter.Type.IsValueType && !parameter.Type.IsNullableAnnotated
            && parameter.Attributes.Any(a => a.MetadataName == "System.Diagnostics.CodeAnalysis.AllowNullAttribute"))
        {
            parameter = parameter with { Type = parameter.Type with { Name = parameter.Type.NullableName, Traits = parameter.Type.Traits | TypeTraits.NullableAnnotated } };
        }

        var type = parameter.Type;
        if (parameter.RefKind == ParameterRefKind.Out || type.IsPointer || (type.Traits & (TypeTraits.AllowsRefLike | TypeTraits.MethodTypeParameter)) == (TypeTraits.AllowsRefLike | TypeTraits.MethodTypeParameter))
        {
            return new OperationParameter(parameter, RecordingKind.None, null);
        }

        if (type.IsRefLike)
        {
            if (type.WellKnown is WellKnownType.SpanOfT or WellKnownType.ReadOnlySpanOfT && type.Element is { } element
                && Storable.Is(element))
            {
                return element.WellKnown == WellKnownType.Char
                    ? new OperationParameter(parameter, RecordingKind.CharSpanToString, "string")
                    : new OperationParameter(parameter, RecordingKind.SpanToArray, element.Name + "[]");
            }

            return new OperationParameter(parameter, RecordingKind.None, null);
        }

        return new OperationParameter(parameter, RecordingKind.Direct, type.Name);
    }

    // Reference-typed values (and anything mentioning a method type parameter, which a field cannot name) share
    // object slots; other values get typed slots, reused by every operation that needs that type.
    private void AssignSlots()
    {
        var objectCount = 0;
        var valueCount = 0;
        var typed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<(string Name, string Type)>();
        foreach (var operation in Operations)
        {
            var objectIndex = 0;
            var typedIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var methodTypeParameterNames = operation.TypeParameters.Select(t => t.Name).ToList();
            foreach (var typeParameter in operation.TypeParameters)
            {
                operation.TypeArgumentSlots.Add(ObjectSlot(objectIndex++, ref objectCount, order));
            }

            foreach (var parameter in operation.Parameters.Where(p => p.IsRecorded))
            {
                var recordedType = parameter.RecordedType!;
                var isObject = parameter.Recording != RecordingKind.Direct
                    || parameter.Parameter.Type.IsReferenceType
                    || MentionsAny(recordedType, methodTypeParameterNames);
                parameter.SlotIsObject = isObject;
                if (isObject)
                {
                    parameter.Slot = ObjectSlot(objectIndex++, ref objectCount, order);
                    continue;
                }

                typedIndex.TryGetValue(recordedType, out var index);
                typedIndex[recordedType] = index + 1;
                if (!typed.TryGetValue(recordedType, out var fields))
                {
                    typed[recordedType] = fields = [];
                }

                if (index == fields.Count)
                {
                    var field = "Value" + (valueCount++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    fields.Add(field);
                    order.Add((field, recordedType));
                }

                parameter.Slot = fields[index];
            }
        }

        Slots.AddRange(order);
    }

    private static string ObjectSlot(int index, ref int count, List<(string Name, string Type)> order)
    {
        var name = "Reference" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (index == count)
        {
            order.Add((name, "object?"));
            count++;
        }

        return name;
    }

    /// <summary>Whether <paramref name="typeName"/> mentions one of <paramref name="identifiers"/> as a whole identifier.</summary>
    public static bool MentionsAny(string typeName, IReadOnlyCollection<string> identifiers)
    {
        if (identifiers.Count == 0)
        {
            return false;
        }

        var token = new StringBuilder();
        foreach (var c in typeName + " ")
        {
            if (char.IsLetterOrDigit(c) || c == '_' || c == '@')
            {
                token.Append(c);
                continue;
            }

            if (token.Length > 0 && identifiers.Contains(token.ToString()))
            {
                return true;
            }

            token.Clear();
        }

        return false;
    }
}
