using System.Text;
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
        var parts = new Parts();
        var name = operation.Member.Name;
        var parameters = operation.Parameters;
        switch (operation.Kind)
        {
            case OperationKind.PropertyGet:
                parts.Text(name);
                break;
            case OperationKind.PropertySet:
                parts.Text(name).Text(" = ");
                Argument(parts, parameters[parameters.Count - 1], valueOf);
                break;
            case OperationKind.IndexerGet:
                parts.Text("this[");
                Arguments(parts, parameters, parameters.Count, valueOf);
                parts.Text("]");
                break;
            case OperationKind.IndexerSet:
                parts.Text("this[");
                Arguments(parts, parameters, parameters.Count - 1, valueOf);
                parts.Text("] = ");
                Argument(parts, parameters[parameters.Count - 1], valueOf);
                break;
            case OperationKind.EventAdd:
                parts.Text(name).Text(" += ");
                Argument(parts, parameters[0], valueOf);
                break;
            case OperationKind.EventRemove:
                parts.Text(name).Text(" -= ");
                Argument(parts, parameters[0], valueOf);
                break;
            default:
                parts.Text(name);
                if (operation.IsGeneric)
                {
                    parts.Text("<" + string.Join(", ", operation.TypeParameters.Select(t => t.Name)) + ">");
                }

                parts.Text("(");
                Arguments(parts, parameters, parameters.Count, valueOf);
                parts.Text(")");
                break;
        }

        return parts.ToString();
    }

    private static void Arguments(Parts parts, IReadOnlyList<OperationParameter> parameters, int count, Func<OperationParameter, string> valueOf)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                parts.Text(", ");
            }

            Argument(parts, parameters[i], valueOf);
        }
    }

    private static void Argument(Parts parts, OperationParameter parameter, Func<OperationParameter, string> valueOf)
    {
        if (parameter.Parameter.RefKind == ParameterRefKind.Out)
        {
            parts.Text("out _");
        }
        else if (!parameter.IsRecorded)
        {
            parts.Text("<" + parameter.Parameter.Type.DisplayName + ">");
        }
        else if (parameter.Parameter.IsSensitive)
        {
            // Failure messages end up in CI logs; a [Sensitive] value stays out of them, as it does in tracking.
            parts.Text("***");
        }
        else
        {
            parts.Expression(valueOf(parameter));
        }
    }

    /// <summary>Collects literal text and expressions; adjacent text merges into one literal: <c>"Run(" + x + ", " + y + ")"</c>.</summary>
    private sealed class Parts
    {
        private readonly StringBuilder _expression = new();
        private readonly StringBuilder _pending = new();

        public Parts Text(string text)
        {
            _pending.Append(text);
            return this;
        }

        public void Expression(string expression)
        {
            Flush();
            Separate();
            _expression.Append(expression);
        }

        public override string ToString()
        {
            Flush();
            return _expression.Length == 0 ? "\"\"" : _expression.ToString();
        }

        private void Flush()
        {
            if (_pending.Length == 0)
            {
                return;
            }

            Separate();
            _expression.Append(ConstantFormatter.FormatPrimitive(_pending.ToString()));
            _pending.Clear();
        }

        private void Separate()
        {
            if (_expression.Length > 0)
            {
                _expression.Append(" + ");
            }
        }
    }
}
