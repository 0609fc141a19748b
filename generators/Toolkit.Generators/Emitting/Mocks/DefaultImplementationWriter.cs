using Toolkit.Generators.Model;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>
/// Writes the object through which a mock reaches the interface's default implementations. C# cannot call a default
/// interface member from a class that overrides it, so the mock keeps a private implementation that does not override
/// the default members (they keep their default bodies) and forwards every other member back to the mock. A default body
/// that calls other members of the interface therefore calls the mock, and those calls are recorded and set up as usual.
/// </summary>
internal static class DefaultImplementationWriter
{
    public static void Write(SourceWriter writer, MockPlan plan)
    {
        var @interface = plan.Interface.FullyQualifiedName;
        writer.WriteLine("private " + MockPlan.DefaultImplementationClass + "? " + MockPlan.DefaultImplementationField + ";");
        writer.WriteLine();
        writer.WriteLine("private " + @interface + " DefaultImplementationInstance");
        writer.Indent().WriteLine("=> " + MockPlan.DefaultImplementationField + " ??= new " + MockPlan.DefaultImplementationClass + "(this);").Unindent();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Keeps the interface's default members and forwards the others to the mock.</summary>");
        writer.WriteLine("private sealed class " + MockPlan.DefaultImplementationClass + " : " + @interface);
        writer.OpenBlock();
        writer.WriteLine("private readonly " + plan.ClassType + " _mock;");
        writer.WriteLine();
        writer.WriteLine("public " + MockPlan.DefaultImplementationClass + "(" + plan.ClassType + " mock)");
        writer.OpenBlock();
        writer.WriteLine("this._mock = mock;");
        writer.CloseBlock();
        writer.WriteLine();
        var members = new InterfaceImplementationWriter(plan.Interface, ImplementationStyle.Explicit) { IncludeDefaultInterfaceMembers = false };
        members.WriteMembers(writer, new Forwarding("((" + @interface + ")this._mock)"));
        writer.CloseBlock();
    }

    private sealed class Forwarding(string mock) : IMemberBodyWriter
    {
        public void WriteMethodBody(SourceWriter writer, MethodModel method)
        {
            var call = InterfaceImplementationWriter.Invocation(method, mock);
            writer.WriteLine(method.ReturnRefKind != ReturnRefKind.None ? "return ref " + call + ";" : method.ReturnsVoid ? call + ";" : "return " + call + ";");
        }

        public void WriteGetterBody(SourceWriter writer, PropertyModel property)
            => writer.WriteLine((property.RefKind != ReturnRefKind.None ? "return ref " : "return ") + InterfaceImplementationWriter.PropertyAccess(property, mock) + ";");

        public void WriteSetterBody(SourceWriter writer, PropertyModel property)
            => writer.WriteLine(InterfaceImplementationWriter.PropertyAccess(property, mock) + " = value;");

        public void WriteAdderBody(SourceWriter writer, EventModel @event)
            => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, mock) + "." + @event.EscapedName + " += value;");

        public void WriteRemoverBody(SourceWriter writer, EventModel @event)
            => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, mock) + "." + @event.EscapedName + " -= value;");
    }
}
