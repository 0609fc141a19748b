using System.Reflection;
using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>
/// Rules on parameters: for random arguments, the generated decorator reports, parameter by parameter, exactly what
/// <c>Validator.TryValidateValue</c> reports for that parameter's attributes (or throws the same exception type), in three
/// cultures.
/// </summary>
public sealed class ParameterDifferentialTests
{
    [Fact]
    public void Parameter_rules_match_Validator_TryValidateValue()
        => Compare(nameof(IParameterDriver.Run), seed: 42, usualPercent: 93, Invoke);

    [Fact]
    public void Display_names_repeated_attributes_and_results_of_parameters_match_Validator_TryValidateValue()
        => Compare(nameof(IParameterDriver.Named), seed: 7, usualPercent: 80, (driver, a) => driver.Named((int)a[0]!, (int)a[1]!, (int)a[2]!, (int)a[3]!, (string?)a[4], (string?)a[5], (string?)a[6], (string?)a[7]));

    /// <summary>Random arguments, mostly usual ones, each sample under the next of the three cultures.</summary>
    private static void Compare(string method, int seed, int usualPercent, Action<IParameterDriver, object?[]> invoke)
    {
        var parameters = typeof(IParameterDriver).GetMethod(method)!.GetParameters();
        var random = new RandomValues(seed);
        var driver = new ValidatingParameterDriver(new NullParameterDriver());
        var (valid, invalid) = (0, 0);
        for (var sample = 0; sample < 2000; sample++)
        {
            var arguments = parameters.Select(p => random.Chance(usualPercent) ? Usual(p) : random.ValueOf(p.ParameterType)).ToArray();
            var culture = Cultures.All[sample % Cultures.All.Length];
            var expected = Cultures.Under(culture, () => Outcome.Capture(() => parameters.SelectMany((p, i) => Reference.Parameter(arguments[i], p)).ToList()));
            var actual = Cultures.Under(culture, () => Outcome.Capture(() => Outcome.Of(() => invoke(driver, arguments))));
            Assert.True(expected.Equals(actual), $"{method} sample {sample} ({culture.Name})\nexpected:\n{expected}\nactual:\n{actual}");
            _ = expected.IsValid ? valid++ : invalid++;
        }

        Assert.True(valid > 200 && invalid > 200, $"{valid} valid, {invalid} invalid: the inputs do not exercise both outcomes.");
    }

    /// <summary>A value the parameter's rules accept.</summary>
    private static object? Usual(ParameterInfo parameter) => parameter.Name switch
    {
        "choice" or "shape" => "x",
        "odd" => "ok",
        "dotted" => "i",
        "payload" => "YQ==",
        _ => UsualOf(parameter.ParameterType),
    };

    private static object? UsualOf(Type type) => type switch
    {
        _ when type == typeof(int) => 2,
        _ when type == typeof(decimal) => 1m,
        _ when type == typeof(double?) => 1.0,
        _ when type == typeof(int[]) => new[] { 1, 2 },
        _ when type == typeof(List<int>) => new List<int> { 1 },
        _ => "ab",
    };

    private static void Invoke(IParameterDriver driver, object?[] a)
        => driver.Run((string?)a[0], (int)a[1]!, (double?)a[2], (decimal)a[3]!, (string?)a[4], (int[]?)a[5], (List<int>?)a[6], (string?)a[7],
            (string?)a[8], (string?)a[9], (int)a[10]!, (string?)a[11], (int)a[12]!, a[13]);
}
