using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>
/// Rules on parameters: for random arguments, the generated decorator reports, parameter by parameter, exactly what
/// <c>Validator.TryValidateValue</c> reports for that parameter's attributes (or throws the same exception type).
/// </summary>
public sealed class ParameterDifferentialTests
{
    [Fact]
    public void Parameter_rules_match_Validator_TryValidateValue()
    {
        var parameters = typeof(IParameterDriver).GetMethod(nameof(IParameterDriver.Run))!.GetParameters();
        var random = new RandomValues(42);
        var driver = new ValidatingParameterDriver(new NullParameterDriver());
        var (valid, invalid) = (0, 0);
        for (var sample = 0; sample < 2000; sample++)
        {
            var arguments = parameters.Select(p => random.Chance(93) ? Usual(p) : random.ValueOf(p.ParameterType)).ToArray();
            var expected = Outcome.Capture(() => parameters.SelectMany((p, i) => Reference.Parameter(arguments[i], p)).ToList());
            var actual = Outcome.Capture(() => Outcome.Of(() => Invoke(driver, arguments)));
            Assert.True(expected.Equals(actual), $"Sample {sample}\nexpected:\n{expected}\nactual:\n{actual}");
            _ = expected.IsValid ? valid++ : invalid++;
        }

        Assert.True(valid > 200 && invalid > 200, $"{valid} valid, {invalid} invalid: the inputs do not exercise both outcomes.");
    }

    [Fact]
    public void Display_names_repeated_attributes_and_results_of_parameters_match_Validator_TryValidateValue_in_three_cultures()
    {
        var parameters = typeof(IParameterDriver).GetMethod(nameof(IParameterDriver.Named))!.GetParameters();
        var random = new RandomValues(7);
        var driver = new ValidatingParameterDriver(new NullParameterDriver());
        var (valid, invalid) = (0, 0);
        for (var sample = 0; sample < 2000; sample++)
        {
            var arguments = parameters.Select(p => random.Chance(80) ? Usual(p) : random.ValueOf(p.ParameterType)).ToArray();
            var culture = Cultures.All[sample % Cultures.All.Length];
            var expected = Cultures.Under(culture, () => Outcome.Capture(() => parameters.SelectMany((p, i) => Reference.Parameter(arguments[i], p)).ToList()));
            var actual = Cultures.Under(culture, () => Outcome.Capture(() => Outcome.Of(() => driver.Named((int)arguments[0]!, (int)arguments[1]!, (int)arguments[2]!, (int)arguments[3]!,
                (string?)arguments[4], (string?)arguments[5], (string?)arguments[6], (string?)arguments[7]))));
            Assert.True(expected.Equals(actual), $"Sample {sample} ({culture.Name})\nexpected:\n{expected}\nactual:\n{actual}");
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

    private sealed class NullParameterDriver : IParameterDriver
    {
        public void Run(string? required, int count, double? ratio, decimal price, string? name, int[]? values, List<int>? items, string? code, string? word, string? choice, int divisor, string? payload, int even, object? tag)
        {
        }

        public void Named(int pretty, int blank, int localized, int localizedBlank, string? shape, string? odd, string? dotted, string? word)
        {
        }
    }
}
