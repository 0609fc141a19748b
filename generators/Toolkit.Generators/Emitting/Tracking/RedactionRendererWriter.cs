using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Tracking;

/// <summary>
/// Writes one private static renderer per <see cref="RedactedTypeModel"/>: it turns an argument into text the way a
/// record prints itself (<c>Credentials { User = "bob", Password = *** }</c>), writing <c>***</c> for
/// <c>[Sensitive]</c> members and going through nested objects and collections that hold sensitive data too.
/// </summary>
internal sealed class RedactionRendererWriter
{
    private const string Runtime = RuntimeTypes.Tracking;

    // Renders stop here, so a cyclic object graph ends instead of recursing forever.
    private const int MaxDepth = 4;
    private const int MaxItems = 16;

    private readonly TrackingModel _tracking;
    private readonly IReadOnlyDictionary<int, string> _names;

    public RedactionRendererWriter(TrackingModel tracking, IReadOnlyDictionary<int, string> names)
    {
        _tracking = tracking;
        _names = names;
    }

    public void Write(SourceWriter writer)
    {
        // Renderers read public members, some of which may be obsolete through their types: FileHeader suppresses that.
        writer.WriteLine();
        for (var i = 0; i < _tracking.RedactedTypes.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteLine();
            }

            WriteRenderer(writer, i, _tracking.RedactedTypes[i]);
        }
    }

    private void WriteRenderer(SourceWriter writer, int index, RedactedTypeModel type)
    {
        var parameterType = type.IsValueType ? type.TypeName : type.TypeName + "?";
        writer.WriteLine("private static string " + _names[index] + "(" + parameterType + " value, int depth)");
        writer.OpenBlock();
        if (!type.IsValueType || type.IsNullableValueType)
        {
            writer.WriteLine("if (value is null)");
            writer.OpenBlock();
            writer.WriteLine("return \"null\";");
            writer.CloseBlock();
            writer.WriteLine();
        }

        if (type.IsNullableValueType)
        {
            writer.WriteLine("return " + Nested(type.ElementRenderer, "value.GetValueOrDefault()", "depth") + ";");
            writer.CloseBlock();
            return;
        }

        writer.WriteLine("if (depth > " + MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
        writer.OpenBlock();
        writer.WriteLine("return " + TrackingEmitter.Literal(type.IsCollection ? "[…]" : type.DisplayName + " { … }") + ";");
        writer.CloseBlock();
        writer.WriteLine();

        if (type.IsCollection)
        {
            writer.WriteLine("var builder = new global::System.Text.StringBuilder(\"[\");");
            writer.WriteLine("var count = 0;");
            writer.WriteLine("foreach (var item in value)");
            writer.OpenBlock();
            writer.WriteLine("if (count == " + MaxItems.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            writer.OpenBlock();
            writer.WriteLine("builder.Append(\", …\");");
            writer.WriteLine("break;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("builder.Append(count == 0 ? \"\" : \", \").Append(" + Nested(type.ElementRenderer, "item", "depth + 1") + ");");
            writer.WriteLine("count++;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return builder.Append(']').ToString();");
            writer.CloseBlock();
            return;
        }

        writer.WriteLine("return new global::System.Text.StringBuilder(" + TrackingEmitter.Literal(type.DisplayName + " {") + ")");
        writer.Indent();
        for (var i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            var label = (i == 0 ? " " : ", ") + member.Name + " = ";
            writer.WriteLine(".Append(" + TrackingEmitter.Literal(label + ValueText(member)) + ")" + ValueAppend(member));
        }

        writer.WriteLine(".Append(" + TrackingEmitter.Literal(type.Members.IsEmpty ? " }" : " }") + ")");
        writer.WriteLine(".ToString();");
        writer.Unindent();
        writer.CloseBlock();
    }

    /// <summary>Text known at compile time: <c>***</c> for sensitive members, the type for ref structs.</summary>
    private static string ValueText(RedactedMemberModel member)
        => member.IsSensitive ? "***" : member.IsUnrecordable ? "<" + member.TypeDisplayName + ">" : "";

    private string ValueAppend(RedactedMemberModel member)
    {
        if (member.IsSensitive || member.IsUnrecordable)
        {
            return "";
        }

        var read = "value." + member.EscapedName;
        return ".Append(" + (member.Renderer >= 0 ? Nested(member.Renderer, read, "depth + 1") : Runtime + "ArgumentText.FormatValue(" + read + ")") + ")";
    }

    private string Nested(int renderer, string value, string depth)
        => renderer >= 0 ? _names[renderer] + "(" + value + ", " + depth + ")" : Runtime + "ArgumentText.FormatValue(" + value + ")";
}
