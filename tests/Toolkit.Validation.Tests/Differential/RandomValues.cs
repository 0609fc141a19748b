using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>
/// Seeded random values around every rule's edges (limits, one past them, empty, blank, null, NaN, wrong types for
/// open members) and objects filled with them, so each rule is hit with passing and failing values.
/// </summary>
internal sealed class RandomValues(int seed)
{
    private static readonly string?[] Strings =
    [
        null, "", " ", "a", "ab", "abc", "abcd", "abcdef", "ABC", "root", "admin", "x", "0", "5", "10", "11", "99999999999", "1.5", "2,5",
        "123", "12", "123-4567", "dXNlcg==", "YQ==", "YQ", "not base64!", "no-members", "no-message", "red", "green", "blue", "2000-06-01", "node",
        "a-very-long-name", "i", "I", "ii", "\u0130", "\u0131", "i\u0130",
    ];

    private static readonly int[] Numbers = [-1, 0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 60, 65, 70, 71, 100, 65535, 65536, int.MaxValue, int.MinValue];
    private static readonly double[] Doubles = [double.NaN, double.NegativeInfinity, double.PositiveInfinity, -1, 0, 0.4999, 0.5, 0.6, 1, 1.5, 9.5, 9.50001, 10, 10.4, 10.5, 11, -0.0, 3e9];
    private static readonly decimal[] Decimals = [0m, 0.01m, 0.009m, 0.5m, 1m, 9.5m, 9.6m, 10m, 10.4m, 10.5m, 10.51m, 99.99m, 99.991m, -1m, 3000000000m];
    private static readonly long[] Longs = [-6, -5, 0, 1, 5, 10, 11, 5_000_000_000, 5_000_000_001, long.MaxValue, long.MinValue];

    private readonly Random _random = new(seed);

    public T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    public bool Chance(int percent) => _random.Next(100) < percent;

    public int Next(int max) => _random.Next(max);

    /// <summary>
    /// Sets up to three random public properties of <paramref name="instance"/> (whose defaults pass) to random values,
    /// hidden base properties included.
    /// </summary>
    [RequiresUnreferencedCode("Fills public properties found by reflection.")]
    public T Fill<T>(T instance)
        where T : class
    {
        var properties = new List<PropertyInfo>();
        for (var type = typeof(T); type is not null && type != typeof(object); type = type.BaseType)
        {
            properties.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0));
        }

        for (var i = Next(4); i > 0; i--)
        {
            var property = Pick(properties);
            property.SetValue(instance, ValueOf(property.PropertyType));
        }

        return instance;
    }

    public object? ValueOf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Chance(20) ? null : ValueOf(underlying);
        }

        return type switch
        {
            _ when type == typeof(string) => Pick(Strings),
            _ when type == typeof(int) => Pick(Numbers),
            _ when type == typeof(short) => (short)Pick([-1, 0, 1, 5, 10, 11, 300]),
            _ when type == typeof(byte) => (byte)Pick([0, 1, 5, 10, 11, 255]),
            _ when type == typeof(char) => Pick(['0', '<', '=', 'A', 'F', 'G', 'z']),
            _ when type == typeof(bool) => Chance(50),
            _ when type == typeof(uint) => Pick([0u, 1u, 10u, 11u, 3_000_000_000u]),
            _ when type == typeof(long) => Pick(Longs),
            _ when type == typeof(double) => Pick(Doubles),
            _ when type == typeof(float) => (float)Pick(Doubles),
            _ when type == typeof(decimal) => Pick(Decimals),
            _ when type == typeof(Level) => Pick([Level.Low, Level.Mid, Level.High, (Level)0, (Level)7]),
            _ when type == typeof(TimeSpan) => Pick([TimeSpan.Zero, TimeSpan.FromMilliseconds(999), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromHours(1), TimeSpan.FromHours(2)]),
            _ when type == typeof(DateTime) => Pick([new DateTime(1999, 12, 31), new DateTime(2000, 1, 1), new DateTime(2015, 6, 15), new DateTime(2030, 12, 31), new DateTime(2031, 1, 1)]),
            _ when type == typeof(DateOnly) => Pick([new DateOnly(2019, 12, 31), new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 1), new DateOnly(2020, 12, 31), new DateOnly(2021, 1, 1)]),
            _ when type == typeof(object) => Chance(75) ? Pick(Strings) : Pick<object?>([null, 0, 1, 5, 11, 5L, 1.5, Level.Low, TimeSpan.Zero, new List<int> { 1, 2 }]),
            _ when type == typeof(int[]) => Chance(10) ? null : IntArray(),
            _ when type == typeof(List<int>) => Chance(10) ? null : IntArray().ToList(),
            _ when type == typeof(IEnumerable<int>) => Chance(10) ? null : Pick<IEnumerable<int>>([IntArray(), IntArray().ToList(), new HashSet<int>(IntArray()), new CountedSequence { Count = Next(5) }]),
            _ when type == typeof(HashSet<int>) => Chance(10) ? null : new HashSet<int>(IntArray()),
            _ when type == typeof(CountedBag) => Chance(10) ? null : new CountedBag { Count = Next(5) },
            _ when type == typeof(CountedSequence) => Chance(10) ? null : new CountedSequence { Count = Next(5) },
            _ when type == typeof(ImmutableArray<int>) => IntArray().ToImmutableArray(),
            _ when type == typeof(IReadOnlyCollection<int>) || type == typeof(ICollection<int>) => Chance(10) ? null : Pick<ICollection<int>>([IntArray(), IntArray().ToList(), new HashSet<int>(IntArray())]),
            _ when type == typeof(Stamp) => Chance(10) ? null : new Stamp { Code = Pick(["ok", "ab", "abc"]) },
            _ when type == typeof(Dictionary<string, int>) => Chance(10) ? null : IntArray().Distinct().ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException("No random values for " + type),
        };
    }

    private int[] IntArray() => Enumerable.Range(0, Next(6)).Select(i => i).ToArray();

    /// <summary>A random tree with nested nodes, items of every collection shape, nulls and, sometimes, cycles.</summary>
    public TreeNode Tree(int depth = 0)
    {
        var node = new TreeNode
        {
            Name = Chance(90) ? "node" : Pick(Strings),
            Origin = Point(),
            MaybeOrigin = Chance(30) ? null : Point(),
            Leaves = Chance(20) ? null : Chance(50) ? Leaves() : Leaves().ToList(),
            LeafArray = Chance(20) ? null : Leaves(),
            Points = Chance(20) ? null : Enumerable.Range(0, Next(3)).Select(_ => Point()).ToList(),
            MaybePoints = Chance(20) ? null : Enumerable.Range(0, Next(3)).Select(_ => Chance(30) ? (Point?)null : Point()).ToList(),
        };
        if (depth < 2 && Chance(60))
        {
            node.Children = Enumerable.Range(0, Next(3)).Select(_ => Chance(15) ? null : Tree(depth + 1)).ToList();
            if (Chance(30))
            {
                foreach (var child in node.Children)
                {
                    child?.Parent = node;
                }
            }
        }

        if (Chance(10))
        {
            node.Parent = node;
        }

        return node;
    }

    private Leaf[] Leaves() => Enumerable.Range(0, Next(4)).Select(_ => Chance(10) ? null! : Chance(85) ? new Leaf(5, "red") : new Leaf(Pick([-1, 0, 5, 9, 10]), Pick(Strings)!)).ToArray();

    private Point Point() => Chance(90) ? new(0, 0) : new(Pick([-11, -10, 0, 10, 11]), Pick([-11, 0, 11]));
}
