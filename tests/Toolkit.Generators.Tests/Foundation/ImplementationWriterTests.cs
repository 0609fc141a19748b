using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Toolkit.Generators.Emitting;
using Toolkit.Generators.Model;
using Toolkit.Generators.Parsing;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Foundation;

/// <summary>
/// The reusable member-implementation writer produces compiling forwarding classes in both styles, for every shape
/// the parser models (defaults of every kind, ref kinds, generics with constraints, diamonds, events, indexers).
/// </summary>
public sealed class ImplementationWriterTests
{
    private const string Shapes = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics.CodeAnalysis;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Shapes;

        [Flags] public enum Access { None = 0, Read = 1, Write = 2, Execute = 4 }
        public enum Mode : long { Fast = -1, Slow = 1L << 40 }

        public interface IBaseA { int Value { get; } void Same(); }
        public interface IBaseB { int Value { get; } void Same(); }

        public interface IDefaults : IBaseA, IBaseB
        {
            string Text(string s = "tab\there \"quoted\" \\ \u00e9 \0 end", char c = '\'', char d = '\n');
            double Numbers(double nan = double.NaN, double inf = double.PositiveInfinity, double ninf = double.NegativeInfinity, float f = 1.5f, double tiny = 5e-324, decimal m = 79228162514264337593543950335m, decimal scaled = 1.50m);
            long Integers(byte b = 255, sbyte sb = -128, short s = -1, ushort us = 65535, uint u = 4294967295, long l = long.MinValue, ulong ul = ulong.MaxValue, nint n = 0);
            Access Flags(Access none = Access.None, Access rw = Access.Read | Access.Write, Access all = Access.Read | Access.Write | Access.Execute, Access odd = (Access)16, Mode mode = Mode.Fast, Mode other = (Mode)3);
            object? Nulls(string? s = null, int? i = null, int? j = 5, CancellationToken token = default, DateTime when = default, object? o = null, Access? flags = Access.Read);
            T Generic<T>(T value = default!) where T : notnull;
            void Refs(ref int a, out string b, in DateTime c, ref readonly long d, params int[] rest);
            ref int RefReturn(int index);
            ref readonly int RefReadonlyReturn(Span<byte> span, ReadOnlySpan<char> chars);
            bool TryGet(string key, [MaybeNullWhen(false)] out string value);
            TOut Convert<TIn, TOut>(TIn input) where TIn : class?, IComparable<TIn> where TOut : struct;
            T? Find<T>(Func<T, bool> match);
            U Unmanaged<U>() where U : unmanaged;
            W Create<W>() where W : new();
            event EventHandler<string>? Changed;
            string this[int index, string key = "k"] { get; set; }
            int InitOnly { get; init; }
            int @class(int @event);
            new int Value { get; }
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Forwarding_implementation_compiles_in_both_styles(bool @implicit)
    {
        var style = @implicit ? ImplementationStyle.Implicit : ImplementationStyle.Explicit;
        var compilation = TestCompilation.Create(Shapes);
        Assert.Empty(compilation.Problems().Where(d => d.Id != "CS1591"));
        var model = InterfaceParser.Parse(compilation.GetTypeByMetadataName("Shapes.IDefaults")!, CancellationToken.None);

        var source = Forwarder(model, style);
        var output = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, "Forwarder.cs"));

        var problems = output.Problems().Where(d => d.Location.SourceTree?.FilePath == "Forwarder.cs").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\n" + source);
    }

    [Fact]
    public void Implicit_style_keeps_every_default_value()
    {
        var compilation = TestCompilation.Create(Shapes);
        var model = InterfaceParser.Parse(compilation.GetTypeByMetadataName("Shapes.IDefaults")!, CancellationToken.None);
        var source = Forwarder(model, ImplementationStyle.Implicit);
        var output = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, "Forwarder.cs"));

        // Each generated parameter's default must be the same constant as the interface's.
        var expected = compilation.GetTypeByMetadataName("Shapes.IDefaults")!.GetMembers().OfType<IMethodSymbol>().SelectMany(m => m.Parameters).Where(p => p.HasExplicitDefaultValue).ToList();
        var generated = output.GetTypeByMetadataName("Shapes.Forwarder")!.GetMembers().OfType<IMethodSymbol>().SelectMany(m => m.Parameters).Where(p => p.HasExplicitDefaultValue)
            .ToDictionary(p => ((IMethodSymbol)p.ContainingSymbol).Name + "." + p.Name, p => p.ExplicitDefaultValue);
        Assert.Equal(expected.Count, generated.Count);
        foreach (var parameter in expected)
        {
            Assert.Equal(parameter.ExplicitDefaultValue, generated[parameter.ContainingSymbol.Name + "." + parameter.Name]);
        }

        Assert.Contains("global::Shapes.Access.Read | global::Shapes.Access.Write | global::Shapes.Access.Execute", source);
        Assert.Contains("double.NaN", source);
        Assert.Contains("79228162514264337593543950335M", source);
        Assert.Contains("1.50M", source);
    }

    [Fact]
    public void Diamond_and_new_members_are_marked_for_explicit_implementation()
    {
        var compilation = TestCompilation.Create(Shapes);
        var model = InterfaceParser.Parse(compilation.GetTypeByMetadataName("Shapes.IDefaults")!, CancellationToken.None);

        var values = model.Members.Where(m => m.Name == "Value").ToList();
        Assert.Equal(3, values.Count);
        Assert.False(values[0].RequiresExplicitImplementation);
        Assert.True(values[0].IsDeclaredOnTarget);
        Assert.All(values.Skip(1), v => Assert.True(v.RequiresExplicitImplementation));
        var same = model.Members.Where(m => m.Name == "Same").ToList();
        Assert.Equal([false, true], same.Select(m => m.RequiresExplicitImplementation));
    }

    private static string Forwarder(InterfaceModel model, ImplementationStyle style)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, model.Namespace);
        writer.WriteLine("/// <summary>Forwards every call.</summary>");
        writer.WriteLine("public sealed class Forwarder : " + model.FullyQualifiedName);
        writer.OpenBlock();
        writer.WriteLine("private readonly " + model.FullyQualifiedName + " _inner;");
        writer.WriteLine("/// <summary>Wraps <paramref name=\"inner\"/>.</summary>");
        writer.WriteLine("/// <param name=\"inner\">The implementation.</param>");
        writer.WriteLine("public Forwarder(" + model.FullyQualifiedName + " inner) { this._inner = inner; }");
        writer.WriteLine();
        new InterfaceImplementationWriter(model, style).WriteMembers(writer, new ForwardingBodies());
        writer.CloseBlock();
        return writer.ToString();
    }

    private sealed class ForwardingBodies : IMemberBodyWriter
    {
        public void WriteMethodBody(SourceWriter writer, MethodModel method)
        {
            var call = InterfaceImplementationWriter.Invocation(method, "this._inner");
            var prefix = method.ReturnRefKind != ReturnRefKind.None ? "return ref " : method.ReturnsVoid ? "" : "return ";
            writer.WriteLine(prefix + (method.ReturnRefKind != ReturnRefKind.None ? call.Replace("return ref ", "") : call) + ";");
        }

        public void WriteGetterBody(SourceWriter writer, PropertyModel property)
            => writer.WriteLine("return " + InterfaceImplementationWriter.PropertyAccess(property, "this._inner") + ";");

        public void WriteSetterBody(SourceWriter writer, PropertyModel property)
        {
            if (property.Setter!.IsInit)
            {
                writer.WriteLine("_ = value;");
                return;
            }

            writer.WriteLine(InterfaceImplementationWriter.PropertyAccess(property, "this._inner") + " = value;");
        }

        public void WriteAdderBody(SourceWriter writer, EventModel @event)
            => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, "this._inner") + "." + @event.EscapedName + " += value;");

        public void WriteRemoverBody(SourceWriter writer, EventModel @event)
            => writer.WriteLine(InterfaceImplementationWriter.Receiver(@event, "this._inner") + "." + @event.EscapedName + " -= value;");
    }
}
