using System.ComponentModel.DataAnnotations;

namespace Toolkit.Benchmarks.Validation;

/// <summary>The benchmark's config record: eight annotated members (eleven rules) and a nested object, built-in rules only.</summary>
public sealed record BenchSpec
{
    [Required, StringLength(63, MinimumLength = 2)] public string Name { get; init; } = "web";
    [Required, MaxLength(200)] public string Image { get; init; } = "nginx:1.27";
    [Range(0.1, 64.0)] public double Cpus { get; init; } = 2;
    [Range(1, 65535)] public int Port { get; init; } = 8080;
    [AllowedValues("no", "always", "on-failure")] public string Restart { get; init; } = "always";
    [DeniedValues("root")] public string? User { get; init; } = "app";
    [Length(0, 8)] public IReadOnlyList<string> Args { get; init; } = ["--port", "80"];
    [Required, ValidateObjectMembers] public BenchLimits? Limits { get; init; } = new();
}

/// <summary>The nested object: three rules.</summary>
public sealed record BenchLimits
{
    [Range(4, 1_048_576)] public int MemoryMb { get; init; } = 512;
    [Range(0, 1_048_576)] public int? ReservationMb { get; init; } = 256;
    [Range(1, 3600)] public int StopTimeoutSeconds { get; init; } = 10;
}

/// <summary>The same record plus one regular-expression member, to show what matching adds.</summary>
public sealed record BenchSpecWithHostname
{
    [Required, StringLength(63, MinimumLength = 2)] public string Name { get; init; } = "web";
    [Required, MaxLength(200)] public string Image { get; init; } = "nginx:1.27";
    [Range(0.1, 64.0)] public double Cpus { get; init; } = 2;
    [Range(1, 65535)] public int Port { get; init; } = 8080;
    [AllowedValues("no", "always", "on-failure")] public string Restart { get; init; } = "always";
    [DeniedValues("root")] public string? User { get; init; } = "app";
    [Length(0, 8)] public IReadOnlyList<string> Args { get; init; } = ["--port", "80"];
    [Required, ValidateObjectMembers] public BenchLimits? Limits { get; init; } = new();
    [RegularExpression("[a-z0-9]([-a-z0-9]*[a-z0-9])?")] public string? Hostname { get; init; } = "web-1";
}

/// <summary>The driver whose generated ValidatingBenchDeployer is measured.</summary>
[GenerateValidation]
public partial interface IBenchDeployer
{
    int Deploy(BenchSpec spec);

    int DeployWithHostname(BenchSpecWithHostname spec);
}

/// <summary>The implementation behind the decorator: as cheap as a call can be.</summary>
public sealed class BenchDeployer : IBenchDeployer
{
    public int Deploy(BenchSpec spec) => 1;

    public int DeployWithHostname(BenchSpecWithHostname spec) => 1;
}
