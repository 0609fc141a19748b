using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Toolkit.Mocks.Tests.Subjects;

[Flags]
public enum Permissions
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
}

/// <summary>Generic interface with every kind of constraint, and generic methods.</summary>
[GenerateMock]
public partial interface IRepository<TKey, TEntity, TValue, TNumber, TNew, TMaybe, TFace>
    where TKey : notnull
    where TEntity : class
    where TValue : struct
    where TNumber : unmanaged, INumber<TNumber>
    where TNew : new()
    where TMaybe : class?
    where TFace : IComparable<TFace>
{
    TEntity? Find(TKey key);

    TValue Measure(TEntity entity, TNumber scale);

    TNew Create();

    TMaybe Maybe(TFace face);

    TResult Convert<TResult>(TEntity entity)
        where TResult : notnull;

    T? FirstOrDefault<T>(IEnumerable<T> items);

    U Pick<U>(U first, U second)
        where U : struct, IEquatable<U>;

    IReadOnlyList<TEntity> All();
}

/// <summary>Ref kinds, ref returns, params, spans and pointers.</summary>
[GenerateMock]
public unsafe partial interface IRefShapes
{
    void Swap(ref int left, ref int right);

    bool TryParse(string text, out int value);

    int Sum(in long first, ref readonly long second);

    ref int Slot(int index);

    ref readonly string Label(int index);

    int Count(params string[] items);

    int Hash(ReadOnlySpan<byte> data);

    bool Write(Span<char> destination, out int written);

    int Length(ReadOnlySpan<char> text);

    Span<byte> Rent(int size);

    void Copy(byte* source, int length);

    int* Address();
}

/// <summary>Optional parameters with every kind of default.</summary>
[GenerateMock]
public partial interface IDefaults
{
    string Text(string value = "tab\there \"quoted\" \\ é \0 end", char quote = '\'', char newline = '\n');

    double Numbers(double nan = double.NaN, double positive = double.PositiveInfinity, double negative = double.NegativeInfinity, float single = 1.5f, decimal money = 79228162514264337593543950335m, decimal scaled = 1.50m);

    long Integers(byte b = 255, sbyte sb = -128, short s = -1, ushort us = 65535, uint u = 4294967295, long l = long.MinValue, ulong ul = ulong.MaxValue);

    Permissions Flags(Permissions none = Permissions.None, Permissions readWrite = Permissions.Read | Permissions.Write, Permissions odd = (Permissions)16);

    object? Nulls(string? text = null, int? number = null, int? five = 5, CancellationToken token = default, DateTime when = default, Permissions? flags = Permissions.Read);
}

public interface IReadable
{
    int Length { get; }

    string Read();
}

public interface IWritable
{
    int Length { get; }

    void Write(string text);
}

/// <summary>Diamond inheritance, same-named members and a <c>new</c> member.</summary>
[GenerateMock]
public partial interface IStream : IReadable, IWritable, IDisposable, IAsyncDisposable
{
    new long Length { get; }

    void Flush();
}

/// <summary>Default interface members that call through to the defaults.</summary>
[GenerateMock]
public partial interface IGreeter
{
    string Name { get; }

    string Greet(string greeting) => greeting + ", " + Name + "!";

    string Shout() => Greet("HEY").ToUpperInvariant();
}

/// <summary>Framework collection interfaces.</summary>
[GenerateMock]
public partial interface INumbers : IEnumerable<int>, IAsyncEnumerable<int>
{
}

/// <summary>Keywords as names and members named like the mock's own API.</summary>
[GenerateMock]
public partial interface IAwkward
{
    int @class(int @event, string @string);

    string Setup { get; set; }

    void Verify(string value);

    int Calls();

    object Mock(object @object);

    string Raise(string value);

    int Object { get; }

    string Fallback();

    void Reset();

    string Behavior { get; }

    int Equals(int other);

    string ToString();

    int GetHashCode(string text);

    event Action? Simulation;

    int value { get; set; }

    /// <summary>Parameters named like the locals and helpers of generated code.</summary>
    string Collide(string journal, int slot, string setup, string setups, int index, string step, string fallback, string candidate, string outputs, string value, string handlers, string arguments, string sequence);

    Task<string> CollideAsync(string journal, string setup, CancellationToken cancellationToken);
}

/// <summary>Obsolete members: no warnings in the generated code.</summary>
[GenerateMock]
public partial interface ILegacy
{
    [Obsolete("Use RunAsync.")]
    string Run(string command);

    [Obsolete("Gone.", error: true)]
    void Removed();

    Task<string> RunAsync(string command);
}

/// <summary>Nullable-oblivious interface.</summary>
#nullable disable
[GenerateMock]
public partial interface IOblivious
{
    string Echo(string text);

    List<string> Items { get; set; }
}
#nullable restore

public partial class Outer
{
    /// <summary>Nested interface.</summary>
    [GenerateMock]
    public partial interface INested
    {
        int Value();
    }
}

/// <summary>Internal interface.</summary>
[GenerateMock]
internal partial interface IInternalDriver
{
    string Ping();
}

/// <summary>Events of several delegate shapes.</summary>
[GenerateMock]
public partial interface IEvents
{
    event EventHandler? Changed;

    event Action<int, string> Progress;

    event Func<int, bool>? Validate;
}

/// <summary>Overloads that differ by arity and by type.</summary>
[GenerateMock]
public partial interface IOverloads
{
    string Format(int value);

    string Format(string value);

    string Format(int value, string format);

    string Format(double value, IFormatProvider provider);
}

/// <summary>Nullable reference annotations and attributes.</summary>
[GenerateMock]
public partial interface INullables
{
    bool TryFind(string key, [MaybeNullWhen(false)] out string value);

    [return: NotNullIfNotNull(nameof(fallback))]
    string? Get(string key, string? fallback);

    void Set([AllowNull] string value);

    [DoesNotReturn]
    void Fail(string message);
}
