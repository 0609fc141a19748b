
namespace Toolkit.Generators.Tests.Validation;

/// <summary>Source shared by the validation generator tests.</summary>
internal static class ValidationSources
{
    public const string ContainerDriver = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.Threading;
        using System.Threading.Tasks;
        using Toolkit;
        namespace N;

        [GenerateValidation]
        public partial interface IContainerDriver
        {
            Task<string> CreateAsync(ContainerConfig config, CancellationToken cancellationToken);
            Task StopAsync([Required, StringLength(64)] string id, [Range(0, 3600)] int timeoutSeconds, CancellationToken cancellationToken);
            void Login(string user, [Sensitive, MinLength(8)] string password);
            string? Find(string? name);
        }

        public sealed record ContainerConfig : IValidatableObject
        {
            [Required, StringLength(63, MinimumLength = 2)] public string? Name { get; init; }
            [Required, MaxLength(200)] public string? Image { get; init; }
            [RegularExpression("[a-z0-9]([-a-z0-9]*[a-z0-9])?")] public string? Hostname { get; init; }
            [Range(0.1, 64.0)] public double Cpus { get; init; } = 1;
            [AllowedValues("no", "always")] public string Restart { get; init; } = "no";
            [NetworkName] public string? Network { get; init; }
            [Length(0, 8), ValidateEnumeratedItems] public IReadOnlyList<PortMapping> Ports { get; init; } = [];
            [Required, ValidateObjectMembers] public ResourceLimits? Resources { get; init; } = new();

            public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => [];
        }

        public sealed record ResourceLimits
        {
            [Range(4, 1_048_576)] public int MemoryMb { get; init; } = 512;
            [Range(typeof(System.TimeSpan), "00:00:01", "01:00:00")] public System.TimeSpan StopTimeout { get; init; } = System.TimeSpan.FromSeconds(10);
        }

        public sealed record PortMapping([property: Range(1, 65535)] int ContainerPort);

        [System.AttributeUsage(System.AttributeTargets.Property)]
        public sealed class NetworkNameAttribute : ValidationAttribute
        {
            protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) => ValidationResult.Success;
        }
        """;
}
