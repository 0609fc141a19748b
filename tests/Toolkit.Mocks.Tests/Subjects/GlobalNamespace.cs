using Toolkit;

/// <summary>An interface in the global namespace.</summary>
[GenerateMock]
public partial interface IGlobalClock
{
    DateTimeOffset Now { get; }
}
