using System.Globalization;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>
/// The comparison every object differential test makes: for seeded random objects, the generated decorator reports
/// exactly what the DataAnnotations reference reports (same paths, same messages, same order) or throws the same
/// exception type, each sample under the next of <see cref="Cultures.All"/> (or the cultures given).
/// </summary>
internal static class Differential
{
    public const int Samples = 1500;

    public static void Compare<T>(Func<RandomValues, T> create, Action<T> call, bool expectValid = true, IReadOnlyList<CultureInfo>? cultures = null)
        where T : class
    {
        cultures ??= Cultures.All;
        var random = new RandomValues(typeof(T).Name.Length * 7919);
        var (valid, invalid, thrown) = (0, 0, 0);
        for (var i = 0; i < Samples; i++)
        {
            var value = create(random);
            var culture = cultures[i % cultures.Count];
            var expected = Cultures.Under(culture, () => Outcome.Capture(() => Reference.Object(value, "value")));
            var actual = Cultures.Under(culture, () => Outcome.Capture(() => Outcome.Of(() => call(value))));
            Assert.True(expected.Equals(actual), $"{typeof(T).Name} sample {i} ({culture.Name})\nexpected:\n{expected}\nactual:\n{actual}");
            _ = expected.Exception is not null ? thrown++ : expected.Failures!.Count == 0 ? valid++ : invalid++;
        }

        Assert.True((valid > Samples / 10 || !expectValid) && invalid + thrown > Samples / 10, $"{typeof(T).Name}: {valid} valid, {invalid} invalid, {thrown} thrown; the inputs do not exercise both outcomes.");
    }
}
