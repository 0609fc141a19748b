namespace Toolkit.Generators.Model;

/// <summary>An event.</summary>
internal sealed record EventModel : MemberModel
{
    /// <summary>The delegate type, e.g. <c>global::System.EventHandler&lt;string&gt;?</c>.</summary>
    public TypeModel Type { get; init; } = new();

    /// <summary>The parameters of the delegate's <c>Invoke</c> method, used to raise the event.</summary>
    public EquatableArray<ParameterModel> InvokeParameters { get; init; } = EquatableArray<ParameterModel>.Empty;

    /// <summary>The return type of the delegate's <c>Invoke</c> method.</summary>
    public TypeModel InvokeReturnType { get; init; } = new();

    public AccessorModel Adder { get; init; } = new();

    public AccessorModel Remover { get; init; } = new();
}
