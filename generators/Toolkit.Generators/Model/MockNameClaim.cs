namespace Toolkit.Generators.Model;

/// <summary>
/// A request for a mock, as far as the mock's name goes: the name the mock would take, the interface asking, and what
/// decides between two requests for one name (<see cref="Analyzers.MockRules.NameClashes"/>).
/// </summary>
internal sealed record MockNameClaim
{
    /// <summary>The mock's metadata name, e.g. <c>N.StoreMock</c> or <c>N.RepoMock`1</c>.</summary>
    public string MockMetadataName { get; init; } = "";

    /// <summary>The interface's metadata name, e.g. <c>N.IStore</c>.</summary>
    public string InterfaceMetadataName { get; init; } = "";

    /// <summary>Requested with <c>[GenerateMock]</c> on the interface, rather than <c>[assembly: GenerateMock(typeof(...))]</c>.</summary>
    public bool IsInterfaceLevel { get; init; }

    /// <summary>The interface's name starts with the <c>I</c> its mock's name drops (<c>IStore</c>, not <c>Store</c>).</summary>
    public bool DropsPrefix { get; init; }
}
