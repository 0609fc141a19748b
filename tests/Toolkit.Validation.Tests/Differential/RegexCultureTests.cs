using System.Globalization;
using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>
/// A regular expression is built on the first check of its own rule, like the attribute builds its own, so a pattern
/// whose meaning depends on the culture (<c>(?i)</c>) follows the culture of that check: not the culture of the first call
/// of any method of the interface, and, for an attribute on a base property, the same one whichever type is validated.
/// </summary>
public sealed class RegexCultureTests
{
    private static readonly string[] Values = ["i", "I", "ii", "\u0130", "\u0131", "iI"];

    private readonly IPatternCultureDriver _driver = new ValidatingPatternCultureDriver(new NullPatternCultureDriver());

    [Fact]
    public void A_property_pattern_follows_the_culture_of_its_own_first_check()
    {
        Cultures.Under(Cultures.Turkish, () => _driver.Warm(1));

        CompareInEveryCulture(text => new CasePattern { Text = text }, value => _driver.Match(value));
    }

    [Fact]
    public void A_parameter_pattern_follows_the_culture_of_its_own_first_check()
    {
        Cultures.Under(Cultures.Turkish, () => _driver.Warm(1));
        var parameter = typeof(IPatternCultureDriver).GetMethod(nameof(IPatternCultureDriver.MatchParameter))!.GetParameters()[0];

        foreach (var culture in Cultures.All)
        {
            foreach (var text in Values)
            {
                var expected = Cultures.Under(culture, () => Reference.Parameter(text, parameter));
                var actual = Cultures.Under(culture, () => Outcome.Of(() => _driver.MatchParameter(text)));
                Assert.True(expected.SequenceEqual(actual), $"'{text}' ({culture.Name})\nexpected:\n{Outcome.Describe(expected)}\nactual:\n{Outcome.Describe(actual)}");
            }
        }
    }

    [Fact]
    public void A_base_property_pattern_is_one_rule_for_every_type_that_inherits_it()
    {
        Cultures.Under(Cultures.Turkish, () =>
        {
            Reference.Object(new CasePatternChild { Text = "i" }, "value");
            _driver.MatchChild(new CasePatternChild { Text = "i" });
        });

        CompareInEveryCulture(text => new CasePatternBase { Text = text }, value => _driver.MatchBase(value), first: CultureInfo.InvariantCulture);
    }

    private static void CompareInEveryCulture<T>(Func<string, T> create, Action<T> call, CultureInfo? first = null)
        where T : class
    {
        foreach (var culture in first is null ? Cultures.All : [first, .. Cultures.All])
        {
            foreach (var text in Values)
            {
                var value = create(text);
                var expected = Cultures.Under(culture, () => Reference.Object(value, "value"));
                var actual = Cultures.Under(culture, () => Outcome.Of(() => call(value)));
                Assert.True(expected.SequenceEqual(actual), $"'{text}' ({culture.Name})\nexpected:\n{Outcome.Describe(expected)}\nactual:\n{Outcome.Describe(actual)}");
            }
        }
    }

    private sealed class NullPatternCultureDriver : IPatternCultureDriver
    {
        public void Warm(int count) { }
        public void Match(CasePattern value) { }
        public void MatchParameter(string? value) { }
        public void MatchChild(CasePatternChild value) { }
        public void MatchBase(CasePatternBase value) { }
    }
}
