using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

#pragma warning disable TK0201 // deliberate: a rule whose operand never matches, to prove the generated code agrees with DataAnnotations there too
#pragma warning disable TK0208 // deliberate: Range(int) on wide and fractional types, which DataAnnotations converts with loss

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>Objects carrying every supported attribute in its various forms and member types, for the differential tests.</summary>
[GenerateValidation]
public partial interface IRuleDriver
{
    void Required(RequiredRules value);

    void Range(RangeRules value);

    void TypedRange(TypedRangeRules value);

    void Lengths(LengthRules value);

    void Patterns(PatternRules value);

    void Values(ValueRules value);

    void Base64(Base64Rules value);

    void Custom(CustomRules value);

    void Messages(MessageRules value);

    void Nested(TreeNode value);

    void Derived(DerivedRules value);
}

public sealed class RequiredRules
{
    [Required] public string? Text { get; set; }
    [Required(AllowEmptyStrings = true)] public string? TextAllowingEmpty { get; set; }
    [Required] public object? Anything { get; set; }
    [Required(AllowEmptyStrings = true)] public object? AnythingAllowingEmpty { get; set; }
    [Required] public int? Number { get; set; }
    [Required] public int Value { get; set; }
    [Required] public List<int>? Items { get; set; }
    [StringLength(5), Required] public string? RequiredLast { get; set; }
    [Required, Range(1, 10)] public object? RequiredThenRange { get; set; }
}

public enum Level
{
    Low = 1,
    Mid = 5,
    High = 50,
}

public sealed class RangeRules
{
    [Range(1, 10)] public int Int { get; set; }
    [Range(1, 10)] public short Short { get; set; }
    [Range(1, 10)] public byte Byte { get; set; }
    [Range(60, 70)] public char Char { get; set; }
    [Range(0, 0)] public bool Bool { get; set; }
    [Range(1, 10)] public int? NullableInt { get; set; }
    [Range(1, 10)] public Level Level { get; set; }
    [Range(1, 10)] public long Long { get; set; }
    [Range(1, 10)] public uint UInt { get; set; }
    [Range(1, 10)] public double IntLimitsOnDouble { get; set; }
    [Range(1, 10)] public decimal IntLimitsOnDecimal { get; set; }
    [Range(1, 10)] public string? IntLimitsOnString { get; set; }
    [Range(1, 10)] public object? IntLimitsOnObject { get; set; }
    [Range(1, 10)] public TimeSpan IntLimitsOnTimeSpan { get; set; }
    [Range(0.5, 9.5)] public double Double { get; set; }
    [Range(0.5, 9.5)] public float Float { get; set; }
    [Range(0.5, 9.5)] public int DoubleLimitsOnInt { get; set; }
    [Range(0.5, 9.5)] public decimal DoubleLimitsOnDecimal { get; set; }
    [Range(0.5, 9.5)] public double? NullableDouble { get; set; }
    [Range(0.5, 9.5)] public string? DoubleLimitsOnString { get; set; }
    [Range(double.NegativeInfinity, 0d)] public double UpToZero { get; set; }
    [Range(1, 10, MinimumIsExclusive = true)] public int MinExclusive { get; set; }
    [Range(1, 10, MaximumIsExclusive = true)] public int MaxExclusive { get; set; }
    [Range(0.5, 9.5, MinimumIsExclusive = true, MaximumIsExclusive = true)] public double BothExclusive { get; set; }
}

public sealed class TypedRangeRules
{
    [Range(typeof(decimal), "0.01", "99.99")] public decimal Price { get; set; }
    [Range(typeof(decimal), "0.01", "99.99", MaximumIsExclusive = true)] public decimal? NullablePrice { get; set; }
    [Range(typeof(DateTime), "2000-01-01", "2030-12-31", ParseLimitsInInvariantCulture = true)] public DateTime Date { get; set; }
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan? Timeout { get; set; }
    [Range(typeof(long), "-5", "5000000000")] public long Long { get; set; }
    [Range(typeof(DateOnly), "2020-01-01", "2020-12-31", ParseLimitsInInvariantCulture = true)] public DateOnly Day { get; set; }
    [Range(typeof(int), "1", "10")] public string? IntText { get; set; }
    [Range(typeof(int), "1", "10")] public long IntOnLong { get; set; }
    [Range(typeof(double), "0.5", "2.5", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)] public string? DoubleText { get; set; }
}

public sealed class CountedBag
{
    public int Count { get; set; }
}

public class CountedSequence : IEnumerable<int>
{
    public int Count { get; set; }

    public IEnumerator<int> GetEnumerator() => Enumerable.Range(0, Count).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

public sealed class LengthRules
{
    [StringLength(5, MinimumLength = 2)] public string? Text { get; set; }
    [StringLength(5)] public object? TextAsObject { get; set; }
    [MinLength(2)] public string? MinText { get; set; }
    [MinLength(2)] public int[]? MinArray { get; set; }
    [MinLength(2)] public List<int>? MinList { get; set; }
    [MinLength(2)] public IEnumerable<int>? MinSequence { get; set; }
    [MinLength(2)] public HashSet<int>? MinSet { get; set; }
    [MinLength(2)] public CountedBag? MinBag { get; set; }
    [MinLength(2)] public CountedSequence? MinCounted { get; set; }
    [MinLength(2)] public ImmutableArray<int> MinImmutable { get; set; } = [];
    [MinLength(2)] public object? MinObject { get; set; }
    [MaxLength] public string? Unlimited { get; set; }
    [MaxLength(3)] public string? MaxText { get; set; }
    [MaxLength(3)] public IReadOnlyCollection<int>? MaxCollection { get; set; }
    [MaxLength(3)] public int[]? MaxArray { get; set; }
    [Length(1, 3)] public string? LengthText { get; set; }
    [Length(1, 3)] public ICollection<int>? LengthCollection { get; set; }
    [Length(0, 3)] public Dictionary<string, int>? LengthDictionary { get; set; }
}

public sealed class PatternRules
{
    [RegularExpression("a|ab")] public string? FirstMatchOnly { get; set; }
    [RegularExpression("[0-9]+")] public string? Digits { get; set; }
    [RegularExpression("^abc$")] public string? Anchored { get; set; }
    [RegularExpression("(?i)abc")] public string? CaseInsensitive { get; set; }
    [RegularExpression(@"\d{3}-\d{4}", MatchTimeoutInMilliseconds = -1)] public string? Phone { get; set; }
    [RegularExpression("[0-9]{2}")] public int Number { get; set; }
    [RegularExpression("[0-9]{2}")] public object? Anything { get; set; }
}

public sealed class ValueRules
{
    [AllowedValues("a", "b")] public string? Letter { get; set; }
    [AllowedValues("a", null)] public string? LetterOrNull { get; set; }
    [AllowedValues(1, 2, 3)] public int Small { get; set; }
    [AllowedValues(1, 2, 3)] public int? NullableSmall { get; set; }
    [AllowedValues(1, 2)] public long LongNeverAllowed { get; set; }
    [AllowedValues(double.NaN, 1.5)] public double NotANumber { get; set; }
    [AllowedValues(Level.Low, Level.High)] public Level Level { get; set; }
    [AllowedValues("a", 1)] public object? Mixed { get; set; }
    [DeniedValues("root", "admin")] public string? User { get; set; }
    [DeniedValues(null, "")] public string? NotBlank { get; set; }
    [DeniedValues(0)] public int NonZero { get; set; }
    [DeniedValues(0)] public int? NullableNonZero { get; set; }
    [DeniedValues(0.0)] public double NonZeroDouble { get; set; }
    [DeniedValues(Level.Mid)] public Level? NotMid { get; set; }
}

public sealed class Base64Rules
{
    [Base64String] public string? Text { get; set; }
    [Base64String] public object? Anything { get; set; }
}
