using System.Reflection;
using System.Text.RegularExpressions;
using Toolkit.Errors;

namespace Toolkit.Shell.Tests.Errors;

public sealed partial class DriverErrorCodesTests
{
    private static IReadOnlyList<(string Name, string Value)> Codes { get; } =
        typeof(DriverErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (field.Name, (string)field.GetRawConstantValue()!))
            .ToList();

    [Fact]
    public void Every_code_is_distinct()
    {
        var duplicates = Codes.GroupBy(code => code.Value).Where(group => group.Count() > 1).Select(group => group.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_code_is_upper_snake_case_spelling_its_constant_name()
    {
        foreach (var (name, value) in Codes)
        {
            Assert.Matches(UpperSnake(), value);
            Assert.Equal(name, string.Concat(value.Split('_').Select(word => word[0] + word[1..].ToLowerInvariant())));
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();
}
