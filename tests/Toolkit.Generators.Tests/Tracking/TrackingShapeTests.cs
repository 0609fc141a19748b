using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Tracking;

/// <summary>Every interface shape compiles into a warning-free decorator.</summary>
public sealed class TrackingShapeTests
{
    [Fact]
    public void By_reference_parameters_spans_and_ref_returns_compile_cleanly()
    {
        var run = GeneratorHarness.Run("""
            using System;
            namespace N;
            [Toolkit.GenerateTracking]
            public partial interface IBuffers
            {
                bool TryRead(string key, out int value);
                void Swap(ref int left, ref int right);
                int Sum(in long start, ReadOnlySpan<byte> data, Span<char> scratch);
                ref int Slot(int index);
                ref readonly int ReadOnlySlot(int index);
                int Count(params string[] names);
                void Log(string format = "a\tb", double ratio = double.NaN, decimal money = 1.5m);
            }
            """).ShouldCompileCleanly();

        var source = run.Source("N.IBuffers.Tracking.g.cs");
        Assert.Contains("ArgumentText.OfLength(\"ReadOnlySpan<byte>\", data.Length)", source, StringComparison.Ordinal);
        Assert.Contains("s_telemetry.Operation(\"TryRead\", \"key\")", source, StringComparison.Ordinal);
        Assert.Contains("return ref __result;", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Inherited_disposable_members_pass_through_untracked()
    {
        var run = GeneratorHarness.Run("""
            using System;
            using System.Threading.Tasks;
            namespace N;
            public interface IBase { void Ping(); }
            [Toolkit.GenerateTracking]
            public partial interface IConnection : IBase, IDisposable, IAsyncDisposable
            {
                new void Ping();
                Task SendAsync(ReadOnlyMemory<byte> payload);
            }
            """).ShouldCompileCleanly();

        var source = run.Source("N.IConnection.Tracking.g.cs");
        Assert.DoesNotContain("Operation(\"Dispose\"", source, StringComparison.Ordinal);
        Assert.DoesNotContain("DecoratorDisposal", source, StringComparison.Ordinal);
        Assert.Contains("public void Dispose()", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_obsolete_members_default_members_and_member_names_like_the_helpers_compile_cleanly()
    {
        GeneratorHarness.Run("""
            using System;
            using System.Diagnostics.CodeAnalysis;
            namespace N;
            [Toolkit.GenerateTracking(DriverName = "odd")]
            internal partial interface IOdd
            {
                int @class(string @event);
                [Obsolete("old")] void Legacy();
                string Describe() => "default";
                int _inner { get; }
                void s_telemetry();
                string Telemetry { get; }
                [DoesNotReturn] void Fail(string message);
                T Echo<T>(T value) where T : allows ref struct;
            }
            """).ShouldCompileCleanly();
    }

    [Fact]
    public void Nested_and_global_namespace_interfaces_compile_cleanly()
    {
        GeneratorHarness.Run("""
            [Toolkit.GenerateTracking]
            public partial interface IGlobalDriver { void Go(); }

            namespace N
            {
                public partial class Outer
                {
                    [Toolkit.GenerateTracking]
                    public partial interface IInner { int Get(); }
                }
            }
            """).ShouldCompileCleanly();
    }

    [Fact]
    public void The_driver_name_is_derived_from_the_interface_or_taken_from_the_attribute()
    {
        var run = GeneratorHarness.Run("""
            namespace N;
            [Toolkit.GenerateTracking] public partial interface IContainerRegistryDriver { void Go(); }
            [Toolkit.GenerateTracking(DriverName = "docker")] public partial interface IEngine { void Go(); }
            """).ShouldCompileCleanly();

        Assert.Contains("new(name: \"N.IContainerRegistryDriver\", driverName: \"container_registry\")", run.Source("N.IContainerRegistryDriver.Tracking.g.cs"), StringComparison.Ordinal);
        Assert.Contains("new(name: \"N.IEngine\", driverName: \"docker\")", run.Source("N.IEngine.Tracking.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Self_referencing_argument_types_with_sensitive_members_get_one_renderer_each()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            namespace N;
            public sealed class Node
            {
                public string Name { get; set; } = "";
                [Toolkit.Sensitive] public string Secret { get; set; } = "";
                public Node? Parent { get; set; }
                public List<Node> Children { get; } = new();
                public System.ReadOnlySpan<byte> Bytes => default;
            }
            public struct Pair { [Toolkit.Sensitive] public string Key; public int Value; }
            [Toolkit.GenerateTracking]
            public partial interface ITree
            {
                void Add(Node node, Node[] more, Pair pair, Pair? maybe);
            }
            """).ShouldCompileCleanly();

        var source = run.Source("N.ITree.Tracking.g.cs");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, "private static string __RenderNode\\("));
        Assert.Contains("Secret = ***", source, StringComparison.Ordinal);
        Assert.Contains("Bytes = <ReadOnlySpan<byte>>", source, StringComparison.Ordinal);
        Assert.Contains("Key = ***", source, StringComparison.Ordinal);
    }
}
