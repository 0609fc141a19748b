using System.Collections.Immutable;

namespace Toolkit.Generators.Tests.Corpus;

/// <summary>One interface to mock: its group (package) for the report, how to name it, and experimental IDs its name needs.</summary>
internal sealed record CorpusInterface(string Group, string TypeOfName, string MetadataName, string DisplayName, ImmutableArray<string> ExperimentalIds);
