using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Decorators;

/// <summary>
/// What one kind of decorator (tracking, validating, …) adds to the shape every decorator shares. <see cref="DecoratorWriter"/>
/// writes that shape: the class with its base list, the inner instance field and constructor, every interface member,
/// and disposal that reaches the inner instance. A decorator supplies the rest through the hooks below, each empty by
/// default, and the member bodies, which by default forward to the inner instance.
/// </summary>
/// <remarks>
/// The decorator implements every member implicitly, as public members named like the interface's, and its member
/// bodies name its fields without <c>this.</c>, so every name it adds to the class (fields, helpers, nested types) goes
/// through <see cref="Reserve"/>, which never returns the name of a member, a parameter, a type parameter or the class.
/// </remarks>
internal abstract class Decorator : IMemberBodyWriter
{
    private readonly HashSet<string> _taken;

    protected Decorator(InterfaceModel model, string className)
    {
        Interface = model;
        ClassName = className;
        _taken = new HashSet<string>(model.Members.Select(m => m.Name), StringComparer.Ordinal) { className };
        _taken.UnionWith(model.AllTypeParameters.Select(p => p.Name));

        // Member bodies name fields unqualified, so a parameter with a field's name would hide it.
        _taken.UnionWith(model.Members.SelectMany(m => ParametersOf(m)).Select(p => p.Name));
        Inner = Reserve("_inner");
    }

    /// <summary>The decorated interface.</summary>
    public InterfaceModel Interface { get; }

    /// <summary>The class name without type parameters, e.g. <c>TrackingShellDriver</c>.</summary>
    public string ClassName { get; }

    /// <summary>The field holding the decorated instance, usually <c>_inner</c>.</summary>
    public string Inner { get; }

    /// <summary>The interface as a <c>cref</c>: <c>global::N.IRepo{T}</c>.</summary>
    public string InterfaceCref => SourceWriter.XmlText(Interface.FullyQualifiedName.Replace('<', '{').Replace('>', '}'));

    /// <summary>The IDs of the <c>[Experimental]</c> APIs the decorator's own code names beyond the interface's (its output model's).</summary>
    public virtual EquatableArray<string> ExperimentalDiagnosticIds => EquatableArray<string>.Empty;

    /// <summary>The constructor parameters after <c>inner</c>, in order.</summary>
    public virtual IReadOnlyList<DecoratorParameter> ConstructorParameters => [];

    /// <summary>The documentation of the constructor's <c>inner</c> parameter.</summary>
    public virtual string InnerParameterDocumentation => "The implementation to call.";

    /// <summary>Writes the class's <c>/// &lt;summary&gt;</c> (and <c>&lt;remarks&gt;</c>).</summary>
    public abstract void WriteSummary(SourceWriter writer);

    /// <summary>Writes the constructor's <c>/// &lt;summary&gt;</c>.</summary>
    public abstract void WriteConstructorSummary(SourceWriter writer);

    /// <summary>Writes types that go before the class in the file, each followed by a blank line.</summary>
    public virtual void WriteBeforeClass(SourceWriter writer)
    {
    }

    /// <summary>Writes constants and static fields at the top of the class, each group followed by a blank line.</summary>
    public virtual void WriteStaticState(SourceWriter writer)
    {
    }

    /// <summary>Writes instance fields after the inner instance's.</summary>
    public virtual void WriteFields(SourceWriter writer)
    {
    }

    /// <summary>Writes constructor statements after <see cref="Inner"/> is assigned.</summary>
    public virtual void WriteConstructorBody(SourceWriter writer)
    {
    }

    /// <summary>Writes the decorator's own public members after the constructor, each preceded by a blank line.</summary>
    public virtual void WriteApi(SourceWriter writer)
    {
    }

    /// <summary>Writes private helpers at the end of the class, each preceded by a blank line.</summary>
    public virtual void WriteHelpers(SourceWriter writer)
    {
    }

    public virtual void WriteMethodBody(SourceWriter writer, MethodModel method)
        => WriteForward(writer, method);

    public virtual void WriteGetterBody(SourceWriter writer, PropertyModel property)
        => writer.WriteLine("return " + (property.RefKind == ReturnRefKind.None ? "" : "ref ") + InterfaceImplementationWriter.PropertyAccess(property, Inner) + ";");

    public virtual void WriteSetterBody(SourceWriter writer, PropertyModel property)
        => writer.WriteLine(InterfaceImplementationWriter.PropertyAccess(property, Inner) + " = value;");

    public virtual void WriteAdderBody(SourceWriter writer, EventModel @event)
        => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, Inner) + "." + @event.EscapedName + " += value;");

    public virtual void WriteRemoverBody(SourceWriter writer, EventModel @event)
        => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, Inner) + "." + @event.EscapedName + " -= value;");

    /// <summary>
    /// A name for a member or nested type of the decorator class: <paramref name="preferred"/>, or it with the smallest
    /// number that makes it unique. The name is taken from then on.
    /// </summary>
    protected string Reserve(string preferred) => Identifiers.Unique(preferred, _taken);

    /// <summary>Marks <paramref name="name"/>, chosen elsewhere, as used by the class, so <see cref="Reserve"/> never returns it.</summary>
    protected void Take(string name) => _taken.Add(name);

    /// <summary>Whether an interface member (or another name the class uses) is called <paramref name="name"/>.</summary>
    protected bool IsTaken(string name) => _taken.Contains(name);

    private static EquatableArray<ParameterModel> ParametersOf(MemberModel member) => member switch
    {
        MethodModel method => method.Parameters,
        PropertyModel property => property.Parameters,
        _ => EquatableArray<ParameterModel>.Empty,
    };

    /// <summary>
    /// Calls <paramref name="method"/> on the inner instance and returns its result. With
    /// <paramref name="returnAfterVoidCall"/>, a <see langword="void"/> call is followed by <c>return;</c>, for an early exit.
    /// </summary>
    protected void WriteForward(SourceWriter writer, MethodModel method, bool returnAfterVoidCall = false)
    {
        var call = InterfaceImplementationWriter.Invocation(method, Inner);
        if (!method.ReturnsVoid)
        {
            writer.WriteLine("return " + (method.ReturnRefKind == ReturnRefKind.None ? "" : "ref ") + call + ";");
            return;
        }

        writer.WriteLine(call + ";");
        if (returnAfterVoidCall)
        {
            writer.WriteLine("return;");
        }
    }
}
