using System.Text.RegularExpressions;
using Toolkit.Packaging.Tests.Infrastructure;

namespace Toolkit.Packaging.Tests.Docs;

/// <summary>
/// Every C# block in the README, in the docs pages this project owns and in the packages' READMEs must appear, line for line, in code that
/// compiles and runs: the examples in this folder (ReadmeExamples, MigrationExamples…), the samples, the consumer
/// template, or (for the contributor pages) the generator's own source and tests. A README example that drifts from the real API fails here instead of misleading a reader.
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    public static TheoryData<string> Documents => new()
    {
        "README.md",
        "docs/architecture.md",
        "docs/migration.md",
        "docs/tracking.md",
        "docs/validation.md",
        "docs/registration.md",
        "docs/drivers.md",
        "docs/packages.md",
        "generators/Toolkit.Abstractions/PACKAGE.md",
        "generators/Toolkit.Mocking/PACKAGE.md",
        "runtime/Toolkit.Runtime/PACKAGE.md",
    };

    private static readonly Lazy<IReadOnlyList<(string File, string[] Lines)>> CompiledCode = new(() =>
        new[]
        {
            Repository.PathOf("tests", "Toolkit.Packaging.Tests", "Docs"),
            Repository.PathOf("tests", "Toolkit.Packaging.Tests", "Consumer", "Template"),
            Repository.PathOf("samples"),
            Repository.PathOf("generators"),
            Repository.PathOf("tests", "Toolkit.Generators.Tests"),
        }
        .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                       && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Select(file => (file, Normalize(File.ReadAllText(file))))
        .ToList());

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_csharp_block_is_code_that_compiles(string document)
    {
        var blocks = CSharpBlocks(File.ReadAllText(Repository.PathOf(document.Split('/')))).ToList();

        var missing = blocks.Where(block => !CompiledCode.Value.Any(code => Contains(code.Lines, block))).ToList();
        Assert.True(missing.Count == 0, $"{document}: {missing.Count} C# block(s) appear in no compiled example:\n\n" + string.Join("\n---\n", missing.Select(b => string.Join('\n', b))));
    }

    [Fact]
    public void The_check_finds_a_block_that_was_changed()
    {
        var block = Normalize("var backups = new BackupDriverMock();\nbackups.Setup.BackupAsync(Arg.Any<BackupRequest>()).ReturnsAsync(null!);");

        Assert.DoesNotContain(CompiledCode.Value, code => Contains(code.Lines, block));
    }

    private static IEnumerable<string[]> CSharpBlocks(string markdown) =>
        CSharpBlock().Matches(markdown.ReplaceLineEndings("\n")).Select(m => Normalize(m.Groups[1].Value)).Where(b => b.Length > 0);

    /// <summary>Lines without indentation, blank lines or the README markers, so layout differences do not matter.</summary>
    private static string[] Normalize(string code) =>
        code.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("// README:", StringComparison.Ordinal) && line != "// README end")
            .ToArray();

    private static bool Contains(string[] code, string[] block)
    {
        for (int start = 0; start + block.Length <= code.Length; start++)
        {
            if (code.AsSpan(start, block.Length).SequenceEqual(block))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^```csharp\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
