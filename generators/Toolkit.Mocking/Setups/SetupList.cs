using System.ComponentModel;

namespace Toolkit.Mocking.Setups;

/// <summary>
/// Lock-free, copy-on-write lists of setups, one per mocked operation. Readers (calls) take the array reference and
/// iterate it without locks; adding a setup publishes a new array. Newest setups are last.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SetupList
{
    /// <summary>Appends <paramref name="setup"/> to the array in <paramref name="list"/>.</summary>
    /// <typeparam name="TSetup">The setup type.</typeparam>
    /// <param name="list">The field holding the operation's setups.</param>
    /// <param name="setup">The new setup.</param>
    /// <returns><paramref name="setup"/>, for chaining.</returns>
    public static TSetup Add<TSetup>(ref TSetup[]? list, TSetup setup)
        where TSetup : MemberSetup
    {
        while (true)
        {
            var current = Volatile.Read(ref list);
            TSetup[] next;
            if (current is null)
            {
                next = [setup];
            }
            else
            {
                next = new TSetup[current.Length + 1];
                Array.Copy(current, next, current.Length);
                next[^1] = setup;
            }

            if (Interlocked.CompareExchange(ref list, next, current) == current)
            {
                return setup;
            }
        }
    }

    /// <summary>Appends a setup of a generic method (stored untyped, matched by type test).</summary>
    /// <typeparam name="TSetup">The setup type.</typeparam>
    /// <param name="list">The field holding the operation's setups.</param>
    /// <param name="setup">The new setup.</param>
    /// <returns><paramref name="setup"/>, for chaining.</returns>
    public static TSetup AddUntyped<TSetup>(ref MemberSetup[]? list, TSetup setup)
        where TSetup : MemberSetup
    {
        Add(ref list, (MemberSetup)setup);
        return setup;
    }
}
