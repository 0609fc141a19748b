using System.Collections;
using System.ComponentModel;

namespace Toolkit.Mocking.Defaults;

/// <summary>Non-generic loose defaults.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LooseDefault
{
    /// <summary>An empty non-generic enumerator.</summary>
    public static readonly IEnumerator Enumerator = Array.Empty<object>().GetEnumerator();
}
