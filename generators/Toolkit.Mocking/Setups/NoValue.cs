using System.ComponentModel;

namespace Toolkit.Mocking.Setups;

/// <summary>Stands in for a result type that is void or cannot be a type argument (a <c>ref struct</c> or a pointer).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct NoValue
{
}
