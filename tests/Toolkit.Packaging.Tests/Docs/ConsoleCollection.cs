namespace Toolkit.Packaging.Tests.Docs;

/// <summary>The examples print to the console, which ReadmeExamples redirects: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
