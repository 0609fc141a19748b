using Toolkit.Generators.Model;

namespace Toolkit.Generators.Emitting;

/// <summary>
/// Supplies the statements inside each member that <see cref="InterfaceImplementationWriter"/> declares. Each
/// method is called with the writer already inside the member's braces, indented; write statements only.
/// Parameters are in scope under their <see cref="ParameterModel.EscapedName"/>; a setter's new value is
/// <c>value</c>; an event accessor's handler is <c>value</c>.
/// </summary>
internal interface IMemberBodyWriter
{
    void WriteMethodBody(SourceWriter writer, MethodModel method);

    void WriteGetterBody(SourceWriter writer, PropertyModel property);

    /// <summary>Also used for <c>init</c> accessors (<see cref="AccessorModel.IsInit"/>).</summary>
    void WriteSetterBody(SourceWriter writer, PropertyModel property);

    void WriteAdderBody(SourceWriter writer, EventModel @event);

    void WriteRemoverBody(SourceWriter writer, EventModel @event);
}
