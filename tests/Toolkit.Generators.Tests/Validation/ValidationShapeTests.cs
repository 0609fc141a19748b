using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Validation;

/// <summary>Every interface shape gets a validating decorator that compiles without a warning.</summary>
public sealed class ValidationShapeTests
{
    [Fact]
    public void Generic_interface_and_generic_methods_compile()
        => GeneratorHarness.Run("""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public sealed class Box<T> { [Required] public T? Value { get; set; } }
            [Toolkit.GenerateValidation]
            public partial interface IRepo<T> where T : class
            {
                void Put([Required] T item, Box<T> box, Box<int> numbers);
                TResult Map<TResult>([Required] TResult seed) where TResult : notnull;
            }
            """).ShouldCompileCleanly().ShouldHaveNoErrors();

    [Fact]
    public void Inherited_members_and_disposable_bases_compile()
        => GeneratorHarness.Run("""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public interface IBase { void Reset([Range(1, 9)] int level); }
            [Toolkit.GenerateValidation]
            public partial interface IChild : IBase, System.IDisposable, System.IAsyncDisposable
            {
                new void Reset([Range(1, 5)] int level);
            }
            """).ShouldCompileCleanly().ShouldHaveNoErrors();

    [Fact]
    public void Ref_kinds_params_defaults_and_keyword_names_compile()
        => GeneratorHarness.Run("""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public sealed record Item([property: Range(1, 9)] int Size);
            [Toolkit.GenerateValidation]
            public partial interface IShapes
            {
                void Refs([Range(0, 10)] ref int a, out string b, [Required] in string c, [MinLength(1)] ref readonly int[] d);
                void Many([Toolkit.ValidateEnumeratedItems] params Item[] items);
                void Defaults([Range(1, 10)] int retries = 3, [StringLength(4)] string name = "abc");
                void Keywords([Required] string @class, string __collector, string __value, [Range(1, 2)] int __index1);
                void Span(System.ReadOnlySpan<byte> data);
            }
            """).ShouldCompileCleanly().ShouldHaveNoErrors();

    [Fact]
    public void Struct_parameter_types_nullable_structs_and_struct_items_compile()
        => GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public readonly record struct Point([property: Range(-10, 10)] int X);
            public sealed class Shape
            {
                [Toolkit.ValidateObjectMembers] public Point Origin { get; set; }
                [Toolkit.ValidateObjectMembers] public Point? Center { get; set; }
                [Toolkit.ValidateEnumeratedItems] public List<Point?> Corners { get; set; } = [];
                [Toolkit.ValidateEnumeratedItems] public IEnumerable<Point> Path { get; set; } = [];
            }
            [Toolkit.GenerateValidation]
            public partial interface IDraw
            {
                void Draw(Point point, Point? maybe, Shape shape);
            }
            """).ShouldCompileCleanly().ShouldHaveNoErrors();

    [Fact]
    public void Nested_internal_global_and_obsolete_interfaces_compile()
        => GeneratorHarness.Run("""
            using System.ComponentModel.DataAnnotations;
            [Toolkit.GenerateValidation]
            internal partial interface IGlobal { void Go([Range(1, 2)] int x); }
            namespace N
            {
                [System.Obsolete("old")] public sealed class Legacy { [Range(1, 2)] public int X { get; set; } }
                public static partial class Outer
                {
                    [Toolkit.GenerateValidation]
                    internal partial interface IInner
                    {
                        [System.Obsolete] void Old([Required] string a);
                        #pragma warning disable CS0618
                        void UsesLegacy(Legacy legacy);
                        #pragma warning restore CS0618
                        void WithDefault([Range(1, 2)] int x) { }
                        int Count { get; set; }
                        string this[[Range(0, 9)] int index] { get; }
                        event System.EventHandler? Changed;
                    }
                }
            }
            """).ShouldCompileCleanly().ShouldHaveNoErrors();

    [Fact]
    public void Nullable_oblivious_parameters_get_no_null_check()
    {
        var run = GeneratorHarness.Run("""
            namespace N;
            #nullable disable
            [Toolkit.GenerateValidation]
            public partial interface IOld { void Go(string text); }
            """).ShouldCompileCleanly();
        Assert.DoesNotContain("NotNull", run.Source("N.IOld.Validating.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_interface_without_rules_gets_a_plain_forwarding_decorator()
    {
        var run = GeneratorHarness.Run("""
            namespace N;
            [Toolkit.GenerateValidation]
            public partial interface IPlain { int Add(int a, int b); string? Name(string? value); }
            """).ShouldCompileCleanly();
        var source = run.Source("N.IPlain.Validating.g.cs");
        Assert.DoesNotContain("ValidationCollector", source, StringComparison.Ordinal);
        Assert.Contains("return _inner.Add(a, b);", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_base_properties_are_read_through_their_declaring_type()
    {
        var run = GeneratorHarness.Run("""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public class Root<T> { [Range(1, 2)] public T? Level { get; set; } [Required] public string? Name { get; set; } [Range(1, 2)] public int Size { get; set; } }
            public class Middle : Root<int> { public new int Level { set { } } public new void Name() { } }
            public sealed class Leaf : Middle { internal new int Size { get; set; } }
            public struct Plain { [Range(1, 2)] public int Level { get; set; } }
            [Toolkit.GenerateValidation]
            public partial interface IShapes { void Put(Leaf leaf, Plain plain); }
            """).ShouldCompileCleanly().ShouldHaveNoErrors();
        var source = run.Source("N.IShapes.Validating.g.cs");
        Assert.Contains("var member = ((global::N.Root<int>)value).Level;", source, StringComparison.Ordinal);
        Assert.Contains("var member = ((global::N.Root<int>)value).Name;", source, StringComparison.Ordinal);
        Assert.Contains("var member = ((global::N.Root<int>)value).Size;", source, StringComparison.Ordinal);
        Assert.Contains("var member = value.Level;", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_constructed_generic_type_gets_its_own_rules_for_its_own_value_type()
    {
        var run = GeneratorHarness.Run("""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public sealed class Box<T> { [Range(1, 10)] public T? Value { get; set; } }
            [Toolkit.GenerateValidation]
            public partial interface IShapes { void Put(Box<int> numbers, Box<string> texts); }
            """).ShouldCompileCleanly().ShouldHaveNoErrors();
        var source = run.Source("N.IShapes.Validating.g.cs");
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(source, @"internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute \w+ = ").Count);
    }

    [Fact]
    public void Type_level_rules_of_base_classes_and_interfaces_are_one_rule_each()
    {
        var run = GeneratorHarness.Run("""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public sealed class CheckAttribute : ValidationAttribute { public override object TypeId => this; }
            [Check] public interface IMarked;
            [Check] public abstract class Base : IMarked { [Range(1, 2)] public int Level { get; set; } }
            [Check] public sealed class Left : Base;
            [Check] public sealed class Right : Base;
            [Toolkit.GenerateValidation]
            public partial interface IShapes { void Put(Left left, Right right); }
            """).ShouldCompileCleanly().ShouldHaveNoErrors();
        var source = run.Source("N.IShapes.Validating.g.cs");

        // Left's, Right's, Base's and IMarked's attribute, each created once; Base.Level's Range once.
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(source, @"internal static readonly global::N.CheckAttribute \w+ = ").Count);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, @"internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute \w+ = "));
    }

    [Fact]
    public void A_type_that_contains_itself_gets_one_recursive_validator()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public sealed class Node
            {
                [Required] public string? Name { get; set; }
                [Toolkit.ValidateObjectMembers] public Node? Parent { get; set; }
                [Toolkit.ValidateEnumeratedItems] public List<Node> Children { get; set; } = [];
            }
            [Toolkit.GenerateValidation]
            public partial interface ITree { void Add(Node node); }
            """).ShouldCompileCleanly();
        var source = run.Source("N.ITree.Validating.g.cs");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, @"private static void __Validate_\w+\("));
    }
}
