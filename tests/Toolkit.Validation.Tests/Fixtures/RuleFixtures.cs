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

    void LossyRange(LossyRangeRules value);

    void TypedRange(TypedRangeRules value);

    void TypedRangeText(TypedRangeTextRules value);

    void Mismatched(MismatchedRules value);

    void Culture(CultureRules value);

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
    [Required] public string? Text { get; set; } = "t";
    [Required(AllowEmptyStrings = true)] public string? TextAllowingEmpty { get; set; } = "";
    [Required] public object? Anything { get; set; } = "x";
    [Required(AllowEmptyStrings = true)] public object? AnythingAllowingEmpty { get; set; } = "";
    [Required] public int? Number { get; set; } = 1;
    [Required] public int Value { get; set; }
    [Required] public List<int>? Items { get; set; } = [];
    [StringLength(5), Required] public string? RequiredLast { get; set; } = "abc";
    [Required, Range(1, 10)] public object? RequiredThenRange { get; set; } = 5;
}

public enum Level
{
    Low = 1,
    Mid = 5,
    High = 50,
}

public sealed class RangeRules
{
    [Range(1, 10)] public int Int { get; set; } = 5;
    [Range(1, 10)] public short Short { get; set; } = 5;
    [Range(1, 10)] public byte Byte { get; set; } = 5;
    [Range(60, 70)] public char Char { get; set; } = 'A';
    [Range(0, 0)] public bool Bool { get; set; }
    [Range(1, 10)] public int? NullableInt { get; set; }
    [Range(1, 10)] public Level Level { get; set; } = Level.Mid;
    [Range(0.5, 9.5)] public double Double { get; set; } = 1;
    [Range(0.5, 9.5)] public float Float { get; set; } = 1;
    [Range(0.5, 9.5)] public int DoubleLimitsOnInt { get; set; } = 1;
    [Range(0.5, 9.5)] public decimal DoubleLimitsOnDecimal { get; set; } = 1;
    [Range(0.5, 9.5)] public double? NullableDouble { get; set; }
    [Range(0.5, 9.5)] public string? DoubleLimitsOnString { get; set; }
    [Range(double.NegativeInfinity, 0d)] public double UpToZero { get; set; }
    [Range(1, 10, MinimumIsExclusive = true)] public int MinExclusive { get; set; } = 5;
    [Range(1, 10, MaximumIsExclusive = true)] public int MaxExclusive { get; set; } = 5;
    [Range(0.5, 9.5, MinimumIsExclusive = true, MaximumIsExclusive = true)] public double BothExclusive { get; set; } = 1;
}

/// <summary>Range(int) on types DataAnnotations converts with rounding, or with OverflowException out of the int range.</summary>
public sealed class LossyRangeRules
{
    [Range(1, 10)] public long Long { get; set; } = 5;
    [Range(1, 10)] public uint UInt { get; set; } = 5;
    [Range(1, 10)] public double IntLimitsOnDouble { get; set; } = 5;
    [Range(1, 10)] public decimal IntLimitsOnDecimal { get; set; } = 5;
    [Range(1, 10)] public string? IntLimitsOnString { get; set; }
    [Range(1, 10)] public object? IntLimitsOnObject { get; set; }
}

/// <summary>Rules whose operand never matches the member's type: DataAnnotations rejects every value.</summary>
public sealed class MismatchedRules
{
    [Range(1, 10)] public TimeSpan IntLimitsOnTimeSpan { get; set; }
    [AllowedValues(1, 2)] public long LongNeverAllowed { get; set; } = 1;
    [Range(typeof(int), "1", "10")] public long IntOperandOnLong { get; set; } = 5;
    [Base64String] public int NotAString { get; set; }
}

public sealed class TypedRangeRules
{
    [Range(typeof(decimal), "0.01", "99.99")] public decimal Price { get; set; } = 1;
    [Range(typeof(decimal), "0.01", "99.99", MaximumIsExclusive = true)] public decimal? NullablePrice { get; set; }
    [Range(typeof(DateTime), "2000-01-01", "2030-12-31", ParseLimitsInInvariantCulture = true)] public DateTime Date { get; set; } = new(2015, 6, 15);
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan? Timeout { get; set; }
    [Range(typeof(long), "-5", "5000000000")] public long Long { get; set; }
    [Range(typeof(DateOnly), "2020-01-01", "2020-12-31", ParseLimitsInInvariantCulture = true)] public DateOnly Day { get; set; } = new(2020, 6, 1);
}

/// <summary>The typed form on strings: the operand type's converter parses the value (and throws on text it cannot parse).</summary>
public sealed class TypedRangeTextRules
{
    [Range(typeof(int), "1", "10")] public string? IntText { get; set; }
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
    [StringLength(5, MinimumLength = 2)] public string? Text { get; set; } = "abc";
    [StringLength(5)] public object? TextAsObject { get; set; }
    [MinLength(2)] public string? MinText { get; set; } = "ab";
    [MinLength(2)] public int[]? MinArray { get; set; } = [1, 2];
    [MinLength(2)] public List<int>? MinList { get; set; } = [1, 2];
    [MinLength(2)] public IEnumerable<int>? MinSequence { get; set; } = [1, 2];
    [MinLength(2)] public HashSet<int>? MinSet { get; set; } = [1, 2];
    [MinLength(2)] public CountedBag? MinBag { get; set; } = new() { Count = 2 };
    [MinLength(2)] public CountedSequence? MinCounted { get; set; } = new() { Count = 2 };
    [MinLength(2)] public ImmutableArray<int> MinImmutable { get; set; } = [1, 2];
    [MinLength(2)] public object? MinObject { get; set; }
    [MaxLength] public string? Unlimited { get; set; }
    [MaxLength(3)] public string? MaxText { get; set; }
    [MaxLength(3)] public IReadOnlyCollection<int>? MaxCollection { get; set; }
    [MaxLength(3)] public int[]? MaxArray { get; set; }
    [Length(1, 3)] public string? LengthText { get; set; } = "a";
    [Length(1, 3)] public ICollection<int>? LengthCollection { get; set; } = [1];
    [Length(0, 3)] public Dictionary<string, int>? LengthDictionary { get; set; }
}

public sealed class PatternRules
{
    [RegularExpression("a|ab")] public string? FirstMatchOnly { get; set; }
    [RegularExpression("[0-9]+")] public string? Digits { get; set; }
    [RegularExpression("^abc$")] public string? Anchored { get; set; }
    [RegularExpression("(?i)abc")] public string? CaseInsensitive { get; set; }
    [RegularExpression(@"\d{3}-\d{4}", MatchTimeoutInMilliseconds = -1)] public string? Phone { get; set; }
    [RegularExpression("[0-9]{2}")] public int Number { get; set; } = 12;
    [RegularExpression("[0-9]{2}")] public object? Anything { get; set; }
}

public sealed class ValueRules
{
    [AllowedValues("a", "b")] public string? Letter { get; set; } = "a";
    [AllowedValues("a", null)] public string? LetterOrNull { get; set; }
    [AllowedValues(1, 2, 3)] public int Small { get; set; } = 1;
    [AllowedValues(1, 2, 3)] public int? NullableSmall { get; set; } = 2;
    [AllowedValues(double.NaN, 1.5)] public double NotANumber { get; set; } = 1.5;
    [AllowedValues(Level.Low, Level.High)] public Level Level { get; set; } = Level.Low;
    [AllowedValues("a", 1)] public object? Mixed { get; set; } = "a";
    [DeniedValues("root", "admin")] public string? User { get; set; }
    [DeniedValues(null, "")] public string? NotBlank { get; set; } = "x";
    [DeniedValues(0)] public int NonZero { get; set; } = 1;
    [DeniedValues(0)] public int? NullableNonZero { get; set; }
    [DeniedValues(0.0)] public double NonZeroDouble { get; set; } = 1;
    [DeniedValues(Level.Mid)] public Level? NotMid { get; set; }
}

public sealed class Base64Rules
{
    [Base64String] public string? Text { get; set; }
    [Base64String] public object? Anything { get; set; }
}

/// <summary>Limits written for de-DE: only validated under that culture, where the attribute parses and formats them.</summary>
public sealed class CultureRules
{
    [Range(typeof(decimal), "0,5", "10,5")] public decimal Amount { get; set; } = 1;
    [Range(0.5, 9.5)] public double Ratio { get; set; } = 1;
    [Range(typeof(DateTime), "01.01.2000", "31.12.2030")] public DateTime Date { get; set; } = new(2015, 6, 15);
}
