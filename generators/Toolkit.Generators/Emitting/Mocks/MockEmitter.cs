using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>Writes the mock class for one interface.</summary>
internal static class MockEmitter
{
    public static (string HintName, string Source) Emit(InterfaceModel model)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, GeneratedNames.Namespace(model));
        writer.WriteLine("[" + GeneratedCode.Attribute + "]");
        writer.WriteLine((model.IsPublic ? "public" : "internal") + " sealed class " + GeneratedNames.Mock(model) + GeneratedNames.TypeParameterList(model) + " : " + model.FullyQualifiedName);
        writer.OpenBlock();
        new InterfaceImplementationWriter(model, ImplementationStyle.Explicit).WriteMembers(writer, new DefaultBodies());
        writer.CloseBlock();
        return (GeneratedNames.HintName(model, "Mock"), writer.ToString());
    }

    private sealed class DefaultBodies : IMemberBodyWriter
    {
        public void WriteMethodBody(SourceWriter writer, MethodModel method)
        {
            foreach (var p in method.Parameters.Where(p => p.RefKind == ParameterRefKind.Out))
            {
                writer.WriteLine(p.EscapedName + " = default!;");
            }

            if (!method.ReturnsVoid)
            {
                writer.WriteLine("throw new global::System.NotImplementedException();");
            }
        }

        public void WriteGetterBody(SourceWriter writer, PropertyModel property) => writer.WriteLine("throw new global::System.NotImplementedException();");

        public void WriteSetterBody(SourceWriter writer, PropertyModel property)
        {
        }

        public void WriteAdderBody(SourceWriter writer, EventModel @event)
        {
        }

        public void WriteRemoverBody(SourceWriter writer, EventModel @event)
        {
        }
    }
}
