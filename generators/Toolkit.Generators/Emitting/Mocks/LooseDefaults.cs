using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>
/// What a loose mock returns for a call nobody set up: <c>default</c>, except completed tasks, empty sequences and empty
/// arrays (documented in docs/mocking.md, "Loose defaults").
/// </summary>
internal static class LooseDefaults
{
    /// <summary>The C# expression for the loose default of <paramref name="type"/>.</summary>
    public static string Expression(TypeModel type)
    {
        var element = type.Element;
        switch (type.WellKnown)
        {
            case WellKnownType.Task:
                return "global::System.Threading.Tasks.Task.CompletedTask";
            case WellKnownType.ValueTask:
                return "default";
            case WellKnownType.TaskOfT when element is not null:
                var inner = Expression(element);
                return IsPlainDefault(inner)
                    ? RuntimeTypes.Mocking + "Defaults.LooseDefault<" + element.Name + ">.Task"
                    : "global::System.Threading.Tasks.Task.FromResult<" + element.Name + ">(" + inner + ")";
            case WellKnownType.ValueTaskOfT when element is not null:
                // A typed default: ValueTask<T> also has a constructor taking Task<T>.
                var value = Expression(element);
                return "new global::System.Threading.Tasks.ValueTask<" + element.Name + ">(" + (IsPlainDefault(value) ? "default(" + element.Name + ")" + (value == "default!" ? "!" : "") : value) + ")";
            case WellKnownType.AsyncEnumerableOfT when element is not null:
                return RuntimeTypes.Mocking + "Defaults.LooseDefault<" + element.Name + ">.AsyncEnumerable";
            case WellKnownType.AsyncEnumeratorOfT when element is not null:
                return RuntimeTypes.Mocking + "Defaults.LooseDefault<" + element.Name + ">.AsyncEnumerator";
            case WellKnownType.EnumerableOfT when element is not null:
                return "global::System.Linq.Enumerable.Empty<" + element.Name + ">()";
            case WellKnownType.EnumeratorOfT when element is not null:
                return RuntimeTypes.Mocking + "Defaults.LooseDefault<" + element.Name + ">.Enumerator";
            case WellKnownType.Enumerable:
                return "global::System.Array.Empty<object>()";
            case WellKnownType.Enumerator:
                return RuntimeTypes.Mocking + "Defaults.LooseDefault.Enumerator";
            case WellKnownType.Array when element is not null && element.CanBeTypeArgument && IsSingleDimensional(type):
                return "global::System.Array.Empty<" + element.Name + ">()";
        }

        return type.IsValueType || type.IsRefLike || type.IsPointer ? "default" : "default!";
    }

    public static bool IsPlainDefault(string expression) => expression is "default" or "default!";

    private static bool IsSingleDimensional(TypeModel type)
    {
        var name = type.NonNullableName;
        return name.EndsWith("[]", StringComparison.Ordinal) && type.Element is { } element && name.Length == element.Name.Length + 2;
    }
}
