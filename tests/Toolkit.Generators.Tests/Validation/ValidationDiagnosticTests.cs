using System.Globalization;
using Microsoft.CodeAnalysis;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Validation;

/// <summary>One test per validation diagnostic: its ID, where it points (the attribute), and that the analyzer reports it once.</summary>
public sealed class ValidationDiagnosticTests
{
    private const string Header = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        namespace N;
        [Toolkit.GenerateValidation]
        public partial interface IDriver { void Run(Config config); }

        """;

    [Fact]
    public void TK0200_a_length_rule_on_a_number_points_at_the_attribute()
        => AssertSingle("TK0200", "    [StringLength(10)] public int Retries { get; set; }", "[StringLength] cannot validate 'Retries' of type 'int'");

    [Fact]
    public void TK0200_a_rule_on_an_out_parameter_points_at_the_attribute()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Analyze("""
            namespace N;
            [Toolkit.GenerateValidation]
            public partial interface IDriver { bool TryGet([System.ComponentModel.DataAnnotations.Required] out string value); }
            """), d => d.Id == "TK0200");
        AssertAt(diagnostic, line: 2, column: 48);
    }

    [Fact]
    public void TK0201_allowed_values_of_another_type_point_at_the_attribute()
        => AssertSingle("TK0201", "    [AllowedValues(1, 2)] public long Mode { get; set; }", "never equals a long");

    [Fact]
    public void TK0202_a_pattern_that_does_not_compile_points_at_the_attribute()
        => AssertSingle("TK0202", "    [RegularExpression(\"[a-z\")] public string? Name { get; set; }", "is not a valid regular expression");

    [Fact]
    public void TK0203_a_maximum_below_the_minimum_points_at_the_attribute()
        => AssertSingle("TK0203", "    [StringLength(2, MinimumLength = 5)] public string? Code { get; set; }", "invalid arguments");

    [Fact]
    public void TK0204_items_of_a_non_collection_point_at_the_attribute()
        => AssertSingle("TK0204", "    [Toolkit.ValidateEnumeratedItems] public Config? Self { get; set; }", "does not implement IEnumerable<T>");

    [Fact]
    public void TK0205_items_without_rules_point_at_the_attribute()
        => AssertSingle("TK0205", "    [Toolkit.ValidateEnumeratedItems] public List<string> Tags { get; set; } = [];", "'string', which has no validation rules");

    [Fact]
    public void TK0206_a_rule_on_a_positional_record_parameter_points_at_the_attribute()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Analyze("""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public sealed record Port([Range(1, 65535)] int Number, [property: Range(1, 2)] int Kept);
            [Toolkit.GenerateValidation]
            public partial interface IDriver { void Open(Port port); }
            """), d => d.Id == "TK0206");
        AssertAt(diagnostic, line: 2, column: 27);
        Assert.Contains("positional record parameter 'Number'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TK0206_a_rule_on_a_field_points_at_the_attribute()
        => AssertSingle("TK0206", "    [Range(1, 2)] public int Field;", "field 'Field' is ignored");

    [Fact]
    public void TK0207_a_repeated_attribute_points_at_the_dropped_one()
    {
        var diagnostics = GeneratorHarness.Analyze(Header + """
            [System.AttributeUsage(System.AttributeTargets.Property, AllowMultiple = true)]
            public sealed class NotAttribute(int value) : ValidationAttribute { public int Value => value; }
            public sealed class Config
            {
                [Not(1), Not(2)] public int Level { get; set; }
            }
            """);
        AssertAt(Assert.Single(diagnostics, d => d.Id == "TK0207"), line: 9, column: 5);
    }

    [Fact]
    public void TK0207_is_not_reported_for_a_repeated_attribute_on_a_parameter_where_every_instance_runs()
    {
        var diagnostics = GeneratorHarness.Analyze("""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            [System.AttributeUsage(System.AttributeTargets.Parameter, AllowMultiple = true)]
            public sealed class NotAttribute(int value) : ValidationAttribute { public int Value => value; }
            [Toolkit.GenerateValidation]
            public partial interface IDriver { void Run([Not(1), Not(2)] int level); }
            """);
        Assert.DoesNotContain(diagnostics, d => d.Id == "TK0207");
    }

    [Fact]
    public void TK0207_is_not_reported_for_an_override_that_replaces_a_base_property_attribute()
    {
        var diagnostics = GeneratorHarness.Analyze(Header + """
            public class Base { [Range(1, 2)] public virtual int Level { get; set; } }
            public sealed class Config : Base { [Range(3, 4)] public override int Level { get; set; } }
            """);
        Assert.DoesNotContain(diagnostics, d => d.Id == "TK0207");
    }

    [Fact]
    public void TK0209_a_repeated_type_level_attribute_points_at_the_dropped_one()
    {
        var diagnostics = GeneratorHarness.Analyze(Header + """
            [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
            public sealed class CheckAttribute(int value) : ValidationAttribute { public int Value => value; }
            [Check(1), Check(2)]
            public sealed class Config { }
            """);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "TK0209");
        AssertAt(diagnostic, line: 7, column: 11);
        Assert.Contains("Only the first [Check] on type 'Config'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TK0208_int_limits_on_a_long_point_at_the_attribute()
        => AssertSingle("TK0208", "    [Range(1, 10)] public long Count { get; set; }", "Convert.ToInt32");

    [Fact]
    public void A_problem_in_a_type_shared_by_two_interfaces_is_reported_once()
    {
        var diagnostics = GeneratorHarness.Analyze(Header + """
            [Toolkit.GenerateValidation]
            public partial interface IOther { void Run(Config config); }
            public sealed class Config { [Range(1, 10)] public long Count { get; set; } }
            """);
        Assert.Single(diagnostics, d => d.Id == "TK0208");
    }

    [Fact]
    public void A_validation_warning_can_be_suppressed_with_pragma()
    {
        var diagnostics = GeneratorHarness.Analyze(Header + """
            public sealed class Config
            {
            #pragma warning disable TK0208
                [Range(1, 10)] public long Count { get; set; }
            #pragma warning restore TK0208
            }
            """);
        Assert.DoesNotContain(diagnostics, d => d.Id == "TK0208" && !d.IsSuppressed);
    }

    [Fact]
    public void Correct_rules_produce_no_validation_diagnostic()
    {
        var diagnostics = GeneratorHarness.Analyze(Header + """
            public sealed class Config
            {
                [Required, StringLength(10, MinimumLength = 1)] public string? Name { get; set; }
                [Range(1L, 10L)] public long Count { get; set; }
                [Range(typeof(long), "1", "10")] public long Size { get; set; }
                [Toolkit.ValidateEnumeratedItems] public List<Item> Items { get; set; } = [];
            }
            public sealed record Item([property: Range(1, 2)] int Weight);
            """.Replace("[Range(1L, 10L)] public long Count { get; set; }", "[Range(1.0, 10.0)] public double Count { get; set; }", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("TK02", StringComparison.Ordinal));
    }

    /// <summary>Puts <paramref name="member"/> in <c>Config</c> (line 7, zero-based, of the source) and expects one <paramref name="id"/> on its attribute.</summary>
    private static void AssertSingle(string id, string member, string messagePart)
    {
        var diagnostics = GeneratorHarness.Analyze(Header + "public sealed class Config\n{\n" + member + "\n}\n");
        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        AssertAt(diagnostic, line: 7, column: member.IndexOf('[', StringComparison.Ordinal) + 1);
        Assert.Contains(messagePart, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((line, column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }
}
