using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>Built-in rules only, on a nested object, a collection and a regex: the shape whose valid calls must not allocate.</summary>
[GenerateValidation]
public partial interface IDeploymentDriver
{
    int Deploy(DeploymentSpec spec);
}

public sealed record DeploymentSpec
{
    [Required, StringLength(63, MinimumLength = 2)] public string Name { get; init; } = "web";
    [Required, MaxLength(200)] public string Image { get; init; } = "nginx:1.27";
    [RegularExpression("[a-z0-9]([-a-z0-9]*[a-z0-9])?")] public string? Hostname { get; init; } = "web-1";
    [Range(0.1, 64.0)] public double Cpus { get; init; } = 2;
    [AllowedValues("no", "always", "on-failure")] public string Restart { get; init; } = "always";
    [DeniedValues("root")] public string? User { get; init; } = "app";
    [Length(0, 8)] public IReadOnlyList<string> Args { get; init; } = ["--port", "80"];
    [Required, ValidateObjectMembers] public Limits? Limits { get; init; } = new();
    [Base64String] public string? Auth { get; init; } = "dXNlcjpwYXNz";
}

public sealed record Limits
{
    [Range(4, 1_048_576)] public int MemoryMb { get; init; } = 512;
    [Range(0, 1_048_576)] public int? ReservationMb { get; init; } = 256;
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
