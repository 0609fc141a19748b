using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Foundation;

/// <summary>
/// An interface that names <c>[Experimental]</c> APIs gets generated code that compiles with warnings as errors: a mock or
/// decorator must implement every member, and the user opted in by naming the interface. Each generated file suppresses
/// exactly the IDs of the experimental APIs it names, wherever they are marked: the interface, a member or accessor, a
/// type in a signature (parameter, return, generic argument, base interface, constraint, event delegate), a whole
/// assembly, and what a single output reads (argument members, validated properties, validation attributes,
/// constructors and keys).
/// </summary>
public sealed class ExperimentalApiTests
{
    private const string Outputs = "[Toolkit.GenerateMock, Toolkit.GenerateTracking, Toolkit.GenerateValidation, Toolkit.GenerateRegistration]";

    // The user opts in to every experimental API in their own code (and leaves the test's public types undocumented);
    // generated files must suppress on their own.
    private const string UserOptIn = "#pragma warning disable CS1591, USRIFACE, USRMEMBER, USRGETTER, USRCTOR, LIBPARAM, LIBRETURN, LIBARG, LIBBASE, LIBCONSTRAINT, LIBDELEGATE, LIBREMOTE, LIBREMOTEMEMBER, LIBREAD, LIBVALIDATED, LIBRULE, LIBMODE, LIBASSEMBLY\n";

    private static readonly Lazy<MetadataReference> Library = new(() => Libraries.Compile("Lib", """
        using System.Diagnostics.CodeAnalysis;
        namespace Lib;

        [Experimental("LIBPARAM")] public sealed class ExperimentalParameter { }
        [Experimental("LIBRETURN")] public sealed class ExperimentalResult { }
        [Experimental("LIBARG")] public sealed class ExperimentalArgument { }
        [Experimental("LIBBASE")] public interface IExperimentalBase { int Ping(); }
        [Experimental("LIBCONSTRAINT")] public interface IExperimentalConstraint { }
        [Experimental("LIBDELEGATE")] public delegate void ExperimentalHandler(object sender, int value);
        [Experimental("LIBREMOTE")] public interface IRemote { int Get(); }
        public interface IRemoteMember { [Experimental("LIBREMOTEMEMBER")] int Get(); int Other(); }
        [Experimental("LIBMODE")] public enum Mode { Fast, Safe }

        public sealed class Login
        {
            [Toolkit.Sensitive] public string Password { get; init; } = "";
            [Experimental("LIBREAD")] public string User { get; init; } = "";
        }

        public sealed class Settings
        {
            [System.ComponentModel.DataAnnotations.Required]
            [Experimental("LIBVALIDATED")]
            public string Name { get; set; } = "";
        }

        [Experimental("LIBRULE")]
        public sealed class ExperimentalRuleAttribute : System.ComponentModel.DataAnnotations.ValidationAttribute
        {
            public override bool IsValid(object? value) => value is not null;
        }
        """));

    private static readonly Lazy<MetadataReference> PreviewAssembly = new(() => Libraries.Compile("Preview", """
        [assembly: System.Diagnostics.CodeAnalysis.Experimental("LIBASSEMBLY")]
        namespace Preview;
        public sealed class Option { }
        public interface IPreview { int Get(Option option); }
        """));

    public static TheoryData<string, string, string[], string[], string[]> InterfaceLevels => new()
    {
        // Name, the interface, the IDs every output suppresses, and the extra IDs of tracking and of validation.
        { "interface", "[System.Diagnostics.CodeAnalysis.Experimental(\"USRIFACE\")]\n" + Outputs + "\npublic partial interface IStore { int Get(string key); }", ["USRIFACE"], [], [] },
        { "member", Outputs + "\npublic partial interface IStore { int Get(string key); [System.Diagnostics.CodeAnalysis.Experimental(\"USRMEMBER\")] int Old(string key); }", ["USRMEMBER"], [], [] },
        { "accessor", Outputs + "\npublic partial interface IStore { int Count { [System.Diagnostics.CodeAnalysis.Experimental(\"USRGETTER\")] get; set; } }", ["USRGETTER"], [], [] },
        { "parameter type", Outputs + "\npublic partial interface IStore { int Get(Lib.ExperimentalParameter value); }", ["LIBPARAM"], [], [] },
        { "return type", Outputs + "\npublic partial interface IStore { Lib.ExperimentalResult Get(string key); }", ["LIBRETURN"], [], [] },
        { "generic argument", Outputs + "\npublic partial interface IStore { System.Collections.Generic.IReadOnlyList<Lib.ExperimentalArgument> Get(string key); }", ["LIBARG"], [], [] },
        { "base interface", Outputs + "\npublic partial interface IStore : Lib.IExperimentalBase { int Get(string key); }", ["LIBBASE"], [], [] },
        { "method constraint", Outputs + "\npublic partial interface IStore { T Get<T>(string key) where T : class, Lib.IExperimentalConstraint; }", ["LIBCONSTRAINT"], [], [] },
        { "interface constraint", Outputs + "\npublic partial interface IStore<T> where T : class, Lib.IExperimentalConstraint { T Get(string key); }", ["LIBCONSTRAINT"], [], [] },
        { "event delegate", Outputs + "\npublic partial interface IStore { event Lib.ExperimentalHandler Changed; }", ["LIBDELEGATE"], [], [] },
        { "assembly", Outputs + "\npublic partial interface IStore { int Get(Preview.Option option); }", ["LIBASSEMBLY"], [], [] },
        { "argument member the tracking renderer reads", Outputs + "\npublic partial interface IStore { void SignIn(Lib.Login login); }", [], ["LIBREAD"], [] },
        { "property the validator reads", Outputs + "\npublic partial interface IStore { void Apply([Toolkit.ValidateObjectMembers] Lib.Settings settings); }", [], [], ["LIBVALIDATED"] },
        { "validation attribute", Outputs + "\npublic partial interface IStore { void Check([Lib.ExperimentalRule] string value); }", [], [], ["LIBRULE"] },
    };

    [Theory]
    [MemberData(nameof(InterfaceLevels))]
    public void Every_output_of_an_interface_suppresses_exactly_the_experimental_ids_it_names(string level, string declaration, string[] all, string[] tracking, string[] validation)
    {
        var run = Run("namespace N;\n" + declaration);

        Assert.True(run.Sources.Count == 4, level + ": expected four outputs, got " + string.Join(", ", run.Sources.Keys));
        Assert.Equal(all, SuppressedIds(run.Source("Mock.g.cs")));
        Assert.Equal(all, SuppressedIds(run.Source("Registration.g.cs")));
        Assert.Equal(all.Concat(tracking).Order(StringComparer.Ordinal), SuppressedIds(run.Source("Tracking.g.cs")));
        Assert.Equal(all.Concat(validation).Order(StringComparer.Ordinal), SuppressedIds(run.Source("Validating.g.cs")));
        AssertEachIdIsNeeded(run, all.Concat(tracking).Concat(validation));
    }

    public static TheoryData<string, string, string> ActivatorLevels => new()
    {
        { "constructor", "[System.Diagnostics.CodeAnalysis.Experimental(\"USRCTOR\")] public Store(int retries = 3) { }", "USRCTOR" },
        { "parameter type", "public Store(Lib.ExperimentalParameter parameter) { }", "LIBPARAM" },
        { "generic argument", "public Store(System.Collections.Generic.IEnumerable<Lib.ExperimentalArgument> arguments) { }", "LIBARG" },
        { "service key", "public Store([Microsoft.Extensions.DependencyInjection.FromKeyedServices(Lib.Mode.Fast)] System.IServiceProvider services) { }", "LIBMODE" },
        { "assembly", "public Store(Preview.Option option) { }", "LIBASSEMBLY" },
    };

    [Theory]
    [MemberData(nameof(ActivatorLevels))]
    public void An_activator_suppresses_exactly_the_experimental_ids_its_constructor_call_names(string level, string constructor, string id)
    {
        var run = Run("namespace N;\n[Toolkit.DriverImplementation]\npublic sealed partial class Store\n{\n    " + constructor + "\n}");

        Assert.True(run.Sources.Count == 1, level + ": expected the activator only, got " + string.Join(", ", run.Sources.Keys));
        Assert.Equal([id], SuppressedIds(run.Source("Activator.g.cs")));
        AssertEachIdIsNeeded(run, [id]);
    }

    [Theory]
    [InlineData("Lib.IRemote", "LIBREMOTE")]
    [InlineData("Lib.IRemoteMember", "LIBREMOTEMEMBER")]
    [InlineData("Preview.IPreview", "LIBASSEMBLY")]
    public void A_mock_of_an_interface_from_another_assembly_suppresses_its_experimental_ids(string type, string id)
    {
        var run = Run("[assembly: Toolkit.GenerateMock(typeof(" + type + "))]");

        Assert.Equal([id], SuppressedIds(run.Source("Mock.g.cs")));
        AssertEachIdIsNeeded(run, [id]);
    }

    private static GeneratorRun Run(string source)
    {
        var compilation = TestCompilation.Create([("Source0.cs", UserOptIn + source)], extraReferences: [Library.Value, PreviewAssembly.Value]);
        return GeneratorHarness.Run(compilation).ShouldCompileWithoutProblems();
    }

    /// <summary>The IDs in the generated file's experimental suppression, in order.</summary>
    private static string[] SuppressedIds(string source)
    {
        var line = source.Split('\n').FirstOrDefault(l => l.StartsWith("#pragma warning disable", StringComparison.Ordinal) && l.Contains("[Experimental]", StringComparison.Ordinal));
        return line is null
            ? []
            : line.Substring("#pragma warning disable ".Length, line.IndexOf("//", StringComparison.Ordinal) - "#pragma warning disable ".Length).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Without the generated suppressions, the compiler reports each of <paramref name="ids"/> in generated code: none is suppressed for nothing.</summary>
    private static void AssertEachIdIsNeeded(GeneratorRun run, IEnumerable<string> ids)
    {
        var compilation = run.OutputCompilation;
        var generated = new HashSet<SyntaxTree>();
        foreach (var tree in run.Result.GeneratedSources.Select(s => s.SyntaxTree))
        {
            var text = tree.GetText().ToString();
            var withoutSuppression = CSharpSyntaxTree.ParseText(
                string.Join('\n', text.Split('\n').Where(l => !l.Contains("[Experimental]", StringComparison.Ordinal))),
                (CSharpParseOptions)tree.Options,
                tree.FilePath);
            compilation = compilation.ReplaceSyntaxTree(tree, withoutSuppression);
            generated.Add(withoutSuppression);
        }

        var reported = compilation.GetDiagnostics()
            .Where(d => d.Location.SourceTree is { } tree && generated.Contains(tree))
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            Assert.True(reported.Contains(id), id + " is suppressed but generated code does not use an API marked with it");
        }
    }
}
