using Toolkit.Generators.Model;
using Toolkit.Generators.Parsing;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>
/// Builds the C# expression that describes an operation the way it reads in code, for setups (<c>Run("ls", Any)</c>)
/// and recorded calls (<c>Run("ls", 5)</c>, <c>Name = "x"</c>, <c>this[1]</c>, <c>Output += handler</c>).
/// </summary>
internal static class CallDescription
{
    /// <summary>An expression of type string; <paramref name="valueOf"/> returns a string expression for a recorded parameter.</summary>
    public static string Expression(MockOperation operation, Func<OperationParameter, string> valueOf)
    {
        var name = operation.Member.Name;
        var arguments = operation.Parameters.Select(p => Argument(p, valueOf)).ToList();
        var parts = new List<string>();
        switch (operation.Kind)
        {
            case OperationKind.PropertyGet:
                parts.Add(Literal(name));
                break;
            case OperationKind.PropertySet:
                parts.Add(Literal(name + " = "));
                parts.Add(arguments[arguments.Count - 1]);
                break;
            case OperationKind.IndexerGet:
                parts.Add(Literal("this["));
                parts.AddRange(Join(arguments));
                parts.Add(Literal("]"));
                break;
            case OperationKind.IndexerSet:
                parts.Add(Literal("this["));
                parts.AddRange(Join(arguments.Take(arguments.Count - 1).ToList()));
                parts.Add(Literal("] = "));
                parts.Add(arguments[arguments.Count - 1]);
                break;
            case OperationKind.EventAdd:
                parts.Add(Literal(name + " += "));
                parts.Add(arguments[0]);
                break;
            case OperationKind.EventRemove:
                parts.Add(Literal(name + " -= "));
                parts.Add(arguments[0]);
                break;
            default:
                parts.Add(Literal(name + (operation.IsGeneric ? "<" + string.Join(", ", operation.TypeParameters.Select(t => t.Name)) + ">" : "") + "("));
                parts.AddRange(Join(arguments));
                parts.Add(Literal(")"));
                break;
        }

        return Concatenate(parts);
    }

    private static string Argument(OperationParameter parameter, Func<OperationParameter, string> valueOf)
    {
        if (parameter.Parameter.RefKind == ParameterRefKind.Out)
        {
            return Literal("out _");
        }

        if (!parameter.IsRecorded)
        {
            return Literal("<" + parameter.Parameter.Type.DisplayName + ">");
        }

        return valueOf(parameter);
    }

    private static IEnumerable<string> Join(IReadOnlyList<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                yield return Literal(", ");
            }

            yield return arguments[i];
        }
    }

    private static string Literal(string text) => ConstantFormatter.FormatPrimitive(text);

    // Adjacent literals are merged so the expression reads "Run(" + x + ", " + y + ")".
    private static string Concatenate(List<string> parts)
    {
        var merged = new List<string>();
        foreach (var part in parts)
        {
            if (merged.Count > 0 && IsLiteral(merged[merged.Count - 1]) && IsLiteral(part))
            {
                merged[merged.Count - 1] = Literal(Unquote(merged[merged.Count - 1]) + Unquote(part));
            }
            else
            {
                merged.Add(part);
            }
        }

        return string.Join(" + ", merged);
    }

    private static bool IsLiteral(string part) => part.Length >= 2 && part[0] == '"' && part[part.Length - 1] == '"' && !part.Contains("\" + ");

    // Our literals come from FormatLiteral over plain member names, brackets and type names; undoing the escapes
    // for quotes and backslashes is enough to merge them.
    private static string Unquote(string literal) => literal.Substring(1, literal.Length - 2).Replace("\\\"", "\"").Replace("\\\\", "\\");
}
