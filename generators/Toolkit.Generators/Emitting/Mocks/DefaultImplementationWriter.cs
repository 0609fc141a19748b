using Toolkit.Generators.Model;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>
/// Writes the objects through which a mock runs the interface's default implementations. C# cannot call a default
/// interface member from a class that implements it, so for each default member the mock keeps a private
/// implementation that leaves just that member out (it keeps its default body) and forwards every other member back to
/// the mock. A default body that calls other members of the interface therefore calls the mock, where those calls are
/// recorded and set up as usual.
/// </summary>
internal static class DefaultImplementationWriter
{
    public static void Write(SourceWriter writer, MockPlan plan, SurfaceMember member)
    {
        var @interface = plan.Interface.FullyQualifiedName;
        var className = member.DefaultImplementationClass;
        writer.WriteLine("private ", className, "? ", member.DefaultImplementationField, ";");
        writer.WriteLine();
        writer.WriteLine("private ", @interface, " ", member.DefaultImplementationProperty);
        writer.Indent().WriteLine("=> this." + member.DefaultImplementationField + " ??= new " + className + "(this);").Unindent();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Runs the default body of <c>", SourceWriter.XmlText(member.Member.DisplaySignature), "</c>; every other member calls back into the mock.</summary>");
        writer.WriteLine("private sealed class ", className, " : ", @interface);
        writer.OpenBlock();
        writer.WriteLine("private readonly ", plan.ClassType, " _mock;");
        writer.WriteLine();
        writer.WriteLine("public ", className, "(", plan.ClassType, " mock)");
        writer.OpenBlock();
        writer.WriteLine("this._mock = mock;");
        writer.CloseBlock();
        writer.WriteLine();
        var members = new InterfaceImplementationWriter(plan.Interface, ImplementationStyle.Explicit)
        {
            Filter = m => m.Index != member.Member.Index,
        };
        members.WriteMembers(writer, new Forwarding("this._mock"));
        writer.CloseBlock();
    }

    // Every member is reached through its declaring interface: the mock implements them all explicitly.
    private sealed class Forwarding(string mock) : IMemberBodyWriter
    {
        public void WriteMethodBody(SourceWriter writer, MethodModel method)
        {
            var call = InterfaceImplementationWriter.Invocation(method, mock, alwaysCast: true);
            writer.WriteLine(method.ReturnRefKind != ReturnRefKind.None ? "return ref " + call + ";" : method.ReturnsVoid ? call + ";" : "return " + call + ";");
        }

        public void WriteGetterBody(SourceWriter writer, PropertyModel property)
            => writer.WriteLine((property.RefKind != ReturnRefKind.None ? "return ref " : "return "), Access(property), ";");

        public void WriteSetterBody(SourceWriter writer, PropertyModel property)
        {
            if (property.Setter!.IsInit)
            {
                // Init accessors cannot be called outside initialization; a default body never needs this one.
                writer.WriteLine("_ = value;");
                return;
            }

            writer.WriteLine(Access(property), " = value;");
        }

        public void WriteAdderBody(SourceWriter writer, EventModel @event)
            => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, mock, alwaysCast: true), ".", @event.EscapedName, " += value;");

        public void WriteRemoverBody(SourceWriter writer, EventModel @event)
            => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, mock, alwaysCast: true), ".", @event.EscapedName, " -= value;");

        private string Access(PropertyModel property) => InterfaceImplementationWriter.PropertyAccess(property, mock, alwaysCast: true);
    }
}
