using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Toolkit.Mocking.Recording;

/// <summary>
/// One recorded call in a mock's journal: which operation, in which order, and its typed arguments. Generated mocks write
/// <see cref="Arguments"/> between <c>BeginCall</c> and <c>EndCall</c>; everything else is the journal's business.
/// </summary>
/// <typeparam name="TArguments">The mock's generated argument struct (one field per recorded parameter slot).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public struct JournalEntry<TArguments>
    where TArguments : struct
{
    // Stamp layout: bit 31 verified, bits 20–30 the journal generation, bits 0–19 the operation id plus one.
    private const int OperationMask = (1 << 20) - 1;
    private const int GenerationShift = 20;
    private const int GenerationMask = 0x7FF;
    private const int VerifiedBit = 1 << 31;

    /// <summary>The recorded arguments.</summary>
    public TArguments Arguments;

    /// <summary>The call's number in a shared <see cref="MockSequence"/>; unused without one (the journal position is the order).</summary>
    internal long Order;

    /// <summary>
    /// Written last, when the call is complete: the operation and the journal generation it belongs to. An entry left from
    /// before <c>ClearCalls</c> has an older generation, so readers never mistake it for a new call.
    /// </summary>
    internal int Stamp;

    /// <summary>The largest operation id a stamp can hold.</summary>
    internal const int MaxOperation = OperationMask - 1;

    internal readonly int Operation => (Stamp & OperationMask) - 1;

    internal readonly bool Verified => (Stamp & VerifiedBit) != 0;

    internal static int CreateStamp(int operation, int generation) => ((generation & GenerationMask) << GenerationShift) | (operation + 1);

    internal static bool IsCommitted(int stamp, int generation)
        => (stamp & OperationMask) != 0 && ((stamp >> GenerationShift) & GenerationMask) == (generation & GenerationMask);

    internal void MarkVerified() => Stamp |= VerifiedBit;
}
