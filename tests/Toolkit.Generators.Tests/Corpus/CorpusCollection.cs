namespace Toolkit.Generators.Tests.Corpus;

/// <summary>
/// The corpus runs, one after the other: each holds a large compilation in memory, and two at once would only compete
/// for the same cores. Other test classes still run beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection
{
    public const string Name = "Corpus";
}
