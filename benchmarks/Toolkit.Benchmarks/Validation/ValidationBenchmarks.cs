using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Toolkit.Benchmarks.Validation;

/// <summary>
/// Validating a valid config record (eight annotated members and a nested object): the generated validating decorator
/// (the call included) vs <c>Validator.TryValidateObject</c> on the record and its nested object vs FluentValidation 11.
/// Each comparison is run without and with a regular-expression member.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "DataAnnotations' reflection-based Validator is the comparison; benchmarks are never trimmed.")]
public class ValidationBenchmarks
{
    private const string Plain = "8 members + nested";
    private const string WithRegex = "8 members + nested + regex";

    private readonly IBenchDeployer _direct = new BenchDeployer();
    private readonly IBenchDeployer _generated = new ValidatingBenchDeployer(new BenchDeployer());
    private readonly BenchSpecValidator _fluent = new();
    private readonly BenchSpecWithHostnameValidator _fluentWithRegex = new();
    private readonly BenchSpec _spec = new();
    private readonly BenchSpecWithHostname _specWithHostname = new();

    [GlobalSetup]
    public void Setup()
    {
        // Every contender must accept the input, or the comparison measures different work.
        if (!DataAnnotations() || !DataAnnotationsWithRegex() || !_fluent.Validate(_spec).IsValid || !_fluentWithRegex.Validate(_specWithHostname).IsValid)
        {
            throw new InvalidOperationException("The benchmark input must be valid for every validator.");
        }

        _generated.Deploy(_spec);
        _generated.DeployWithHostname(_specWithHostname);
    }

    [Benchmark(Description = "Direct call, no validation"), BenchmarkCategory(Plain)]
    public int Direct() => _direct.Deploy(_spec);

    [Benchmark(Baseline = true, Description = "Generated decorator"), BenchmarkCategory(Plain)]
    public int Generated() => _generated.Deploy(_spec);

    [Benchmark(Description = "DataAnnotations Validator"), BenchmarkCategory(Plain)]
    public bool DataAnnotations()
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(_spec, new ValidationContext(_spec), results, validateAllProperties: true)
            && Validator.TryValidateObject(_spec.Limits!, new ValidationContext(_spec.Limits!), results, validateAllProperties: true);
    }

    [Benchmark(Description = "FluentValidation 11"), BenchmarkCategory(Plain)]
    public bool Fluent() => _fluent.Validate(_spec).IsValid;

    [Benchmark(Description = "Direct call, no validation"), BenchmarkCategory(WithRegex)]
    public int DirectWithRegex() => _direct.DeployWithHostname(_specWithHostname);

    [Benchmark(Baseline = true, Description = "Generated decorator"), BenchmarkCategory(WithRegex)]
    public int GeneratedWithRegex() => _generated.DeployWithHostname(_specWithHostname);

    [Benchmark(Description = "DataAnnotations Validator"), BenchmarkCategory(WithRegex)]
    public bool DataAnnotationsWithRegex()
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(_specWithHostname, new ValidationContext(_specWithHostname), results, validateAllProperties: true)
            && Validator.TryValidateObject(_specWithHostname.Limits!, new ValidationContext(_specWithHostname.Limits!), results, validateAllProperties: true);
    }

    [Benchmark(Description = "FluentValidation 11"), BenchmarkCategory(WithRegex)]
    public bool FluentWithRegex() => _fluentWithRegex.Validate(_specWithHostname).IsValid;
}
