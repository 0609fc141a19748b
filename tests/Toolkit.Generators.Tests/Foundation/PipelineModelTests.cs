using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Toolkit.Generators.Model;
using Toolkit.Generators.Pipeline;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Foundation;

/// <summary>
/// The pipeline carries plain data: every value a step hands on compares by value and holds nothing that keeps a
/// compilation alive. Otherwise every keystroke re-runs every later step, and the IDE keeps old compilations in memory.
/// Checked by reflection over the models, so a field added tomorrow is checked too.
/// </summary>
public sealed class PipelineModelTests
{
    // Everything that roots a compilation, a syntax tree or a semantic model.
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol),
        typeof(SyntaxNode),
        typeof(SyntaxToken),
        typeof(SyntaxTrivia),
        typeof(SyntaxNodeOrToken),
        typeof(SyntaxTree),
        typeof(SyntaxReference),
        typeof(Compilation),
        typeof(SemanticModel),
        typeof(Location),
        typeof(AttributeData),
        typeof(TypedConstant),
        typeof(IOperation),
        typeof(Diagnostic),
        typeof(SymbolInfo),
        typeof(Microsoft.CodeAnalysis.TypeInfo),
    ];

    // Compared by value and holding no compilation, but built from types this walk cannot see through (LocalizableString).
    private static readonly Type[] KnownValues = [typeof(DiagnosticDescriptor)];

    // One interface with every output, an implementation class and an assembly-level mock: every step gets a value.
    private static readonly (string Path, string Source)[] EveryOutput =
    [
        ("Store.cs", """
            using System.ComponentModel.DataAnnotations;
            namespace N;

            [Toolkit.GenerateMock, Toolkit.GenerateTracking, Toolkit.GenerateValidation, Toolkit.GenerateRegistration]
            public partial interface IStore : System.IDisposable
            {
                string Get([Required, StringLength(10)] string key, [Toolkit.ValidateObjectMembers] Secret secret, System.Threading.CancellationToken cancellationToken = default);
                T Read<T>(int index) where T : class;
                int Count { get; set; }
                event System.EventHandler<string> Changed;
            }

            public sealed record Secret([property: Toolkit.Sensitive] string Value, [property: Range(1, 3)] int Level);

            [Toolkit.DriverImplementation]
            public sealed partial class Store : IStore
            {
                public Store(System.IServiceProvider services, int retries = 3) { }
                public string Get(string key, Secret secret, System.Threading.CancellationToken cancellationToken = default) => key;
                public T Read<T>(int index) where T : class => null!;
                public int Count { get; set; }
                public event System.EventHandler<string>? Changed;
                public void Dispose() { }
            }
            """),
        ("Assembly.cs", """
            [assembly: Toolkit.GenerateMock(typeof(System.IObserver<>))]
            """),
    ];

    [Fact]
    public void The_sample_gives_every_tracked_step_a_value()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create(EveryOutput)).ShouldCompileCleanly();

        foreach (var step in StepNameConstants())
        {
            Assert.True(StepValues(run, step).Any(), "The sample gives step " + step + " no value; extend it so the tests below see that step's type.");
        }
    }

    [Fact]
    public void No_pipeline_value_holds_anything_that_roots_a_compilation()
    {
        var problems = new List<string>();
        var visited = new HashSet<Type>();
        foreach (var (root, path) in PipelineTypes())
        {
            Walk(root, path, visited, problems);
        }

        Assert.True(problems.Count == 0, "Pipeline values must be plain data:\n" + string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void Every_pipeline_value_type_compares_by_value()
    {
        var problems = new List<string>();
        var visited = new HashSet<Type>();
        foreach (var (root, path) in PipelineTypes())
        {
            Walk(root, path, visited, problems);
        }

        var withoutValueEquality = visited
            .Where(t => !IsLeaf(t) && !KnownValues.Contains(t) && !HasValueEquality(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(withoutValueEquality.Count == 0, "These pipeline types compare by reference: " + string.Join(", ", withoutValueEquality));
    }

    [Fact]
    public void Two_parses_of_the_same_sources_give_equal_values_at_every_step()
    {
        var first = GeneratorHarness.Run(TestCompilation.Create(EveryOutput));
        var second = GeneratorHarness.Run(TestCompilation.Create(EveryOutput));

        foreach (var step in StepNameConstants())
        {
            var before = StepValues(first, step).ToList();
            var after = StepValues(second, step).ToList();
            Assert.Equal(before.Count, after.Count);
            for (var i = 0; i < before.Count; i++)
            {
                Assert.True(Equals(before[i], after[i]), step + " value " + i + " differs between two parses of the same sources: " + before[i]);
                Assert.Equal(before[i]?.GetHashCode(), after[i]?.GetHashCode());
            }
        }
    }

    /// <summary>The model records plus the run-time types every tracked step produced for <see cref="EveryOutput"/>.</summary>
    private static IEnumerable<(Type Type, string Path)> PipelineTypes()
    {
        var generator = typeof(DriverGenerator).Assembly;
        foreach (var type in generator.GetTypes().Where(t => t.Namespace == typeof(InterfaceModel).Namespace && IsDataType(t)))
        {
            yield return (type, type.Name);
        }

        var run = GeneratorHarness.Run(TestCompilation.Create(EveryOutput));
        foreach (var step in StepNameConstants())
        {
            foreach (var value in StepValues(run, step).Where(v => v is not null).Select(v => v!.GetType()).Distinct())
            {
                yield return (value, step + ": " + value.Name);
            }
        }
    }

    // Records, structs and classes that hold data; not static helpers, enums, compiler-generated types or open generics.
    private static bool IsDataType(Type type)
        => !type.IsEnum
            && !(type.IsAbstract && type.IsSealed)
            && !type.IsGenericTypeDefinition
            && !type.IsInterface
            && type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null;

    private static IEnumerable<string> StepNameConstants()
        => typeof(StepNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

    private static IEnumerable<object?> StepValues(GeneratorRun run, string step)
        => run.Result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Value)
            : [];

    private static void Walk(Type type, string path, HashSet<Type> visited, List<string> problems)
    {
        if (Forbidden.FirstOrDefault(f => f.IsAssignableFrom(type)) is { } forbidden)
        {
            problems.Add(path + " is a " + forbidden.Name);
            return;
        }

        if (!visited.Add(type) || IsLeaf(type) || KnownValues.Contains(type))
        {
            return;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Walk(underlying, path, visited, problems);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Walk(type.GetGenericArguments()[0], path + "[]", visited, problems);
            return;
        }

        if (type.IsArray || typeof(IEnumerable).IsAssignableFrom(type))
        {
            problems.Add(path + " is a " + Display(type) + ", which compares by reference; use EquatableArray<T>");
            return;
        }

        if (typeof(Delegate).IsAssignableFrom(type) || type == typeof(object) || type.IsInterface)
        {
            problems.Add(path + " is a " + Display(type) + ", whose values cannot be shown to compare by value");
            return;
        }

        if (type.IsAbstract)
        {
            // A field of an abstract model type holds one of its concrete types: check each.
            foreach (var derived in type.Assembly.GetTypes().Where(t => !t.IsAbstract && type.IsAssignableFrom(t)))
            {
                Walk(derived, path + " (" + derived.Name + ")", visited, problems);
            }
        }

        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.FieldType, path + "." + MemberName(field), visited, problems);
            }
        }
    }

    private static bool IsLeaf(Type type) => type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal);

    /// <summary>Records and hand-written value types: <see cref="IEquatable{T}"/> of themselves, and <c>Equals(object)</c> overridden.</summary>
    private static bool HasValueEquality(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return true;
        }

        var equatable = typeof(IEquatable<>).MakeGenericType(type);
        var equals = type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance, [typeof(object)]);
        return equatable.IsAssignableFrom(type) && equals is not null && equals.DeclaringType != typeof(object) && equals.DeclaringType != typeof(ValueType);
    }

    // "<Name>k__BackingField" → "Name".
    private static string MemberName(FieldInfo field)
        => field.Name.StartsWith('<') ? field.Name.Substring(1, field.Name.IndexOf('>') - 1) : field.Name;

    private static string Display(Type type)
        => type.IsGenericType
            ? type.Name.Substring(0, type.Name.IndexOf('`')) + "<" + string.Join(", ", type.GetGenericArguments().Select(Display)) + ">"
            : type.Name;
}
