using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Tests.Diagnostics;

/// <summary>Asserts a diagnostic's ID and that it points at the expected text of the user's source.</summary>
internal static class DiagnosticAssert
{
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id, string source, string expectedText, int occurrence = 1)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, "Expected one " + id + ", got: " + string.Join("; ", diagnostics.Select(d => d.ToString())));
        var diagnostic = matching[0];

        var start = -1;
        for (var i = 0; i < occurrence; i++)
        {
            start = source.IndexOf(expectedText, start + 1, StringComparison.Ordinal);
        }

        Assert.True(start >= 0, "'" + expectedText + "' is not in the source");
        Assert.Equal(start, diagnostic.Location.SourceSpan.Start);
        Assert.Equal(expectedText.Length, diagnostic.Location.SourceSpan.Length);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Descriptor.HelpLinkUri));
        Assert.EndsWith("#" + id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri);
        return diagnostic;
    }
}
