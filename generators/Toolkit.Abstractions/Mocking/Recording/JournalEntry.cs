using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Toolkit.Mocking;

/// <summary>
/// One recorded call in a mock's journal: which member, in which order, and its typed arguments. Generated mocks write
/// <see cref="Arguments"/> between <c>BeginCall</c> and <c>EndCall</c>; everything else is the journal's business.
/// </summary>
/// <typeparam name="TArguments">The mock's generated argument struct (one field per recorded parameter slot).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public struct JournalEntry<TArguments>
    where TArguments : struct
{
    /// <summary>The recorded arguments.</summary>
    public TArguments Arguments;

    /// <summary>The call's position in order across all members (and across mocks sharing a <see cref="MockSequence"/>).</summary>
    internal long Order;

    /// <summary>The member id plus one; zero while the call is still being written.</summary>
    internal int MemberPlusOne;

    /// <summary>A verification has accounted for this call (see <c>VerifyNoOtherCalls</c>).</summary>
    internal bool Verified;
}
