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
