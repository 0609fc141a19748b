using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Toolkit.Generators.Tests.Foundation;

/// <summary>
/// The house rules the build cannot enforce. The root .editorconfig states them, and the generator builds with
/// <c>EnforceCodeStyleInBuild</c>, but Roslyn never reports some IDE rules in a build (IDE0003, "remove this.", is
/// one of them), so a test reads the generator's sources instead.
/// </summary>
public sealed class GeneratorSourceStyleTests
{
    [Fact]
    public void Generator_code_never_qualifies_members_with_this()
    {
        var files = GeneratorSources().ToList();
        Assert.Contains(files, f => Path.GetFileName(f) == "DriverGenerator.cs");

        var qualified = new List<string>();
        foreach (var file in files)
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file);
            foreach (var access in tree.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(a => a.Expression is ThisExpressionSyntax))
            {
                qualified.Add(Path.GetFileName(file) + ":" + (access.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + " " + access);
            }
        }

        Assert.True(qualified.Count == 0, "Fields are told apart by their _ prefix; drop the this. qualification:\n" + string.Join("\n", qualified));
    }

    private static IEnumerable<string> GeneratorSources([CallerFilePath] string thisFile = "")
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "generators", "Toolkit.Generators"));
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(separator + "obj" + separator, StringComparison.Ordinal) && !f.Contains(separator + "bin" + separator, StringComparison.Ordinal));
    }
}
