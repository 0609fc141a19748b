using FluentValidation;

namespace Toolkit.Benchmarks.Validation;

/// <summary>FluentValidation 11 rules equivalent to the DataAnnotations attributes of <see cref="BenchSpec"/>.</summary>
public sealed class BenchSpecValidator : AbstractValidator<BenchSpec>
{
    private static readonly string[] Restarts = ["no", "always", "on-failure"];

    public BenchSpecValidator()
    {
        RuleFor(s => s.Name).NotEmpty().Length(2, 63);
        RuleFor(s => s.Image).NotEmpty().MaximumLength(200);
        RuleFor(s => s.Cpus).InclusiveBetween(0.1, 64.0);
        RuleFor(s => s.Port).InclusiveBetween(1, 65535);
        RuleFor(s => s.Restart).Must(r => Array.IndexOf(Restarts, r) >= 0);
        RuleFor(s => s.User).NotEqual("root");
        RuleFor(s => s.Args).Must(a => a is null || a.Count <= 8);
        RuleFor(s => s.Limits).NotNull().SetValidator(new BenchLimitsValidator()!);
    }
}

/// <summary>The same rules plus the hostname pattern.</summary>
public sealed class BenchSpecWithHostnameValidator : AbstractValidator<BenchSpecWithHostname>
{
    private static readonly string[] Restarts = ["no", "always", "on-failure"];

    public BenchSpecWithHostnameValidator()
    {
        RuleFor(s => s.Name).NotEmpty().Length(2, 63);
        RuleFor(s => s.Image).NotEmpty().MaximumLength(200);
        RuleFor(s => s.Cpus).InclusiveBetween(0.1, 64.0);
        RuleFor(s => s.Port).InclusiveBetween(1, 65535);
        RuleFor(s => s.Restart).Must(r => Array.IndexOf(Restarts, r) >= 0);
        RuleFor(s => s.User).NotEqual("root");
        RuleFor(s => s.Args).Must(a => a is null || a.Count <= 8);
        RuleFor(s => s.Limits).NotNull().SetValidator(new BenchLimitsValidator()!);
        RuleFor(s => s.Hostname).Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$").When(s => !string.IsNullOrEmpty(s.Hostname));
    }
}

/// <summary>The nested object's rules.</summary>
public sealed class BenchLimitsValidator : AbstractValidator<BenchLimits>
{
    public BenchLimitsValidator()
    {
        RuleFor(l => l.MemoryMb).InclusiveBetween(4, 1_048_576);
        RuleFor(l => l.ReservationMb).InclusiveBetween(0, 1_048_576).When(l => l.ReservationMb.HasValue);
        RuleFor(l => l.StopTimeoutSeconds).InclusiveBetween(1, 3600);
    }
}
