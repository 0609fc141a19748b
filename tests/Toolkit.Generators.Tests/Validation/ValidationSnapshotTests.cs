using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Validation;

/// <summary>The generated validating decorator, compared with reviewed snapshots.</summary>
public sealed class ValidationSnapshotTests
{
    [Fact]
    public void Container_driver_with_nested_object_collection_regex_custom_rule_and_IValidatableObject()
    {
        var run = GeneratorHarness.Run(ValidationSources.ContainerDriver).ShouldCompileCleanly();
        Snapshot.Match(run.Source("N.IContainerDriver.Validating.g.cs"), "ValidatingContainerDriver");
    }

    [Fact]
    public void Rules_of_every_kind_on_parameters()
    {
        var run = GeneratorHarness.Run("""
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public enum Mode { Fast = 1, Safe = 2 }
            [Toolkit.GenerateValidation]
            public partial interface IRulesDriver
            {
                void Run(
                    [Required] string command,
                    [Required(AllowEmptyStrings = true)] object? tag,
                    [Range(1, 10)] int retries,
                    [Range(0.5, 9.5, MinimumIsExclusive = true)] double? ratio,
                    [Range(typeof(decimal), "0.01", "99.99")] decimal price,
                    [Range(1, 3)] Mode mode,
                    [StringLength(8, MinimumLength = 2)] string? name,
                    [MinLength(1), MaxLength(4)] string[]? args,
                    [Length(0, 3)] System.Collections.Generic.IReadOnlyCollection<int>? ids,
                    [RegularExpression("[a-z]+", MatchTimeoutInMilliseconds = 500)] string? label,
                    [AllowedValues("tcp", "udp", null)] string? protocol,
                    [DeniedValues(0, -1)] int port,
                    [Base64String] string? auth,
                    [EmailAddress] string? email,
                    [Display(Name = "Work directory")][MaxLength(260)] string? workDir);
            }
            """).ShouldCompileCleanly();
        Snapshot.Match(run.Source("N.IRulesDriver.Validating.g.cs"), "ValidatingRulesDriver");
    }

    [Fact]
    public void Inheritance_display_names_and_sensitive_members()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public sealed class EchoAttribute : ValidationAttribute { public override bool IsValid(object? value) => value is not "x"; }
            public sealed class SiblingAttribute : ValidationAttribute
            {
                protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) => ValidationResult.Success;
            }
            public sealed class CheckAttribute : ValidationAttribute
            {
                protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) => ValidationResult.Success;
            }
            public static class Names { public static string Account => "Konto"; }
            [Display(Name = "Account"), Check]
            public abstract class AccountBase : IValidatableObject
            {
                [Required, Display(Name = "")] public virtual string? Name { get; set; }
                [Toolkit.Sensitive, Echo] public string? Password { get; set; }
                [RegularExpression("(?i)[a-z]+")] public string? Code { get; set; }
                public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => [];
            }
            public sealed class Account : AccountBase
            {
                [StringLength(8)] public override string? Name { get; set; }
                [Echo, Sibling] public string? Hint { get; set; }
                [Range(1, 10)] public new int Code { set { } }
                [Display(Name = nameof(Names.Account), ResourceType = typeof(Names)), Range(0, 5)] public int Level { get; set; }
            }
            [Toolkit.GenerateValidation]
            public partial interface IAccountsDriver { void Open(Account account, [Display(Name = ""), Echo] string? note); }
            """).ShouldCompileCleanly();
        Snapshot.Match(run.Source("N.IAccountsDriver.Validating.g.cs"), "ValidatingAccountsDriver");
    }

    [Fact]
    public void Recursive_type_tracks_the_objects_on_its_path()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            namespace N;
            public sealed class Node
            {
                [Required, StringLength(16)] public string? Name { get; set; }
                [Toolkit.ValidateObjectMembers] public Node? Parent { get; set; }
                [Toolkit.ValidateEnumeratedItems] public List<Node?> Children { get; set; } = [];
            }
            [Toolkit.GenerateValidation]
            public partial interface ITreeDriver { void Add(Node node, [Toolkit.Sensitive] Node secret); }
            """).ShouldCompileCleanly();
        Snapshot.Match(run.Source("N.ITreeDriver.Validating.g.cs"), "ValidatingTreeDriver");
    }
}
