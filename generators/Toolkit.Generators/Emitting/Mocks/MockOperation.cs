using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>One recorded, configurable operation of a generated mock, with every name the emitter writes for it.</summary>
internal sealed class MockOperation
{
    public MockOperation(MemberModel member, OperationKind kind, IReadOnlyList<OperationParameter> parameters, TypeModel returnType, ReturnRefKind returnRefKind, EquatableArray<TypeParameterModel> typeParameters)
    {
        Member = member;
        Kind = kind;
        Parameters = parameters;
        ReturnType = returnType;
        ReturnRefKind = returnRefKind;
        TypeParameters = typeParameters;
    }

    public MemberModel Member { get; }

    public OperationKind Kind { get; }

    public IReadOnlyList<OperationParameter> Parameters { get; }

    public TypeModel ReturnType { get; }

    public ReturnRefKind ReturnRefKind { get; }

    public EquatableArray<TypeParameterModel> TypeParameters { get; }

    public int Id { get; set; }

    /// <summary>The member's signature, XML-escaped for documentation comments.</summary>
    public string DocumentedSignature => _documentedSignature ??= SourceWriter.XmlText(Member.DisplaySignature);

    private string _stem = "";
    private string? _documentedSignature;
    private IReadOnlyList<OperationParameter>? _matchable;
    private IReadOnlyList<OperationParameter>? _assignable;

    /// <summary>The unique stem of this operation's generated names, e.g. <c>Run</c>, <c>NameGet</c>, <c>ItemSet</c>.</summary>
    public string Stem
    {
        get => _stem;
        set
        {
            // Every derived name is computed once: the emitter asks for them many times per operation.
            _stem = value;
            TypeParameterList = InterfaceImplementationWriter.TypeParameterList(TypeParameters);
            OperationConstant = value + "Operation";
            SetupsField = "_" + Naming.Identifiers.ToCamelCase(value).TrimStart('@') + "Setups";
            SetupClassName = value + "Setup";
            SetupType = SetupClassName + TypeParameterList;
            CallStructName = value + "Call";
            CallType = CallStructName + TypeParameterList;
        }
    }

    /// <summary>Fields of <c>CallArguments</c> holding <c>typeof(T)</c> for each method type parameter.</summary>
    public List<string> TypeArgumentSlots { get; } = [];

    public bool IsGeneric => !TypeParameters.IsEmpty;

    public bool ReturnsVoid => ReturnType.IsVoid;

    public string TypeParameterList { get; private set; } = "";

    public string OperationConstant { get; private set; } = "";

    public string SetupsField { get; private set; } = "";

    public string SetupClassName { get; private set; } = "";

    public string SetupType { get; private set; } = "";

    public string CallStructName { get; private set; } = "";

    public string CallType { get; private set; } = "";

    /// <summary>A private helper holding the behaviour, used when async simulation needs to run it later.</summary>
    public string InvokeMethodName { get; set; } = "";

    /// <summary>A private helper that runs the behaviour after simulated latency.</summary>
    public string SimulateMethodName { get; set; } = "";

    /// <summary>The <c>TResult</c> of the setup: the return type, or <c>NoValue</c> for void and types that cannot be type arguments.</summary>
    public string ResultTypeArgument => ReturnsVoid || !Storable.Is(ReturnType)
        ? RuntimeTypes.Mocking + "Setups.NoValue"
        : ReturnType.Name;

    public bool HasValueResult => ResultTypeArgument != RuntimeTypes.Mocking + "Setups.NoValue";

    /// <summary>The delegate computing a result (<c>Func&lt;…&gt;</c> or the generated <c>ResultHandler</c>); null for void.</summary>
    public string? ComputeDelegate { get; set; }

    public bool ComputeIsCustom { get; set; }

    /// <summary>The callback delegate (<c>Action&lt;…&gt;</c> or the generated <c>CallbackHandler</c>).</summary>
    public string CallbackDelegate { get; set; } = "";

    public bool CallbackIsCustom { get; set; }

    /// <summary>The parameter carrying the call's <c>CancellationToken</c>, if any.</summary>
    public OperationParameter? CancellationToken { get; set; }

    /// <summary>Returns a task or async sequence and can be simulated without blocking (no by-reference or ref-struct parameters).</summary>
    public bool SimulatesAsynchronously { get; set; }

    /// <summary>False when a method type parameter allows ref structs: such calls are recorded but cannot be set up.</summary>
    public bool IsConfigurable { get; set; } = true;

    public IReadOnlyList<OperationParameter> Matchable => _matchable ??= Parameters.Where(p => p.IsMatchable).ToList();

    /// <summary>The <c>out</c> and <c>ref</c> parameters a setup can assign with <c>Assigns(…)</c>.</summary>
    public IReadOnlyList<OperationParameter> Assignable
        => _assignable ??= Parameters.Where(p => p.Parameter.IsOutput && Storable.Is(p.Parameter.Type)).ToList();

    /// <summary>How the operation reads in messages: <c>Run</c>, <c>Name</c> (get), <c>Name</c> (set)…</summary>
    public string MemberKindName => Kind switch
    {
        OperationKind.PropertyGet => "PropertyGet",
        OperationKind.PropertySet => "PropertySet",
        OperationKind.IndexerGet => "IndexerGet",
        OperationKind.IndexerSet => "IndexerSet",
        OperationKind.EventAdd => "EventAdd",
        OperationKind.EventRemove => "EventRemove",
        _ => "Method",
    };
}
