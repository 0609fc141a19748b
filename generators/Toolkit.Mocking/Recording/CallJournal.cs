using System.Numerics;
using System.Runtime.CompilerServices;

namespace Toolkit.Mocking.Recording;

/// <summary>
/// An append-only, lock-free record of calls, embedded in the mock. Appending takes one interlocked increment, and the
/// slot index is also the call's order. The first segment is the hot one; later segments double in size and never move,
/// so a writer can fill its slot while other threads append. <see cref="Clear"/> is O(1): it starts a new generation
/// (entries of older generations read as unwritten) and grows the first segment to the size last needed, so a mock reused
/// across test steps stops allocating once warm.
/// </summary>
/// <typeparam name="TArguments">The mock's generated argument struct.</typeparam>
internal struct CallJournal<TArguments>
    where TArguments : struct
{
    private const int InitialSize = 4;
    private const int MaxOverflowSegments = 24;

    private JournalEntry<TArguments>[]? _first;
    private JournalEntry<TArguments>[]?[]? _overflow;
    private int _count;
    private int _generation;

    /// <summary>The current generation, stamped on each committed entry.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>The number of reserved slots (a slot may still be being written; <see cref="Get"/> waits for it).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Reserves the next slot: the entry is <c>segment[offset]</c>; its position in the journal is the call's order.
    /// Returning the array (rather than a reference) lets callers write through an array element, which the JIT knows is
    /// on the heap and so guards with its cheaper write barrier.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JournalEntry<TArguments>[] Reserve(out int offset)
    {
        var index = Interlocked.Increment(ref _count) - 1;
        var first = _first;
        if (first is not null && (uint)index < (uint)first.Length)
        {
            offset = index;
            return first;
        }

        return ReserveSlow(index, out offset);
    }

    /// <summary>The slot at <paramref name="index"/>, waiting briefly if its writer has not committed it yet.</summary>
    public ref JournalEntry<TArguments> Get(int index)
    {
        ref var entry = ref Locate(index);
        var generation = Generation;
        var spinner = default(SpinWait);
        while (!JournalEntry<TArguments>.IsCommitted(Volatile.Read(ref entry.Stamp), generation))
        {
            spinner.SpinOnce();
        }

        return ref entry;
    }

    /// <summary>
    /// Forgets every call. Memory is kept for reuse; with <paramref name="releaseReferences"/> the entries are also cleared so
    /// that recorded arguments can be collected. Not meant to race with calls in flight.
    /// </summary>
    public void Clear(bool releaseReferences)
    {
        var count = Math.Min(Count, Capacity(_first));
        var first = _first;
        if (first is not null && count > first.Length)
        {
            // Everything fits in one segment next time: the hot path never leaves it.
            _first = new JournalEntry<TArguments>[(int)BitOperations.RoundUpToPowerOf2((uint)count)];
            _overflow = null;
        }
        else if (first is not null && releaseReferences)
        {
            Array.Clear(first, 0, count);
        }

        Volatile.Write(ref _generation, _generation + 1);
        Volatile.Write(ref _count, 0);
    }

    private static int Capacity(JournalEntry<TArguments>[]? first)
    {
        var size = (long)(first?.Length ?? InitialSize);
        return (int)Math.Min(int.MaxValue, size << (MaxOverflowSegments + 1));
    }

    private JournalEntry<TArguments>[] ReserveSlow(int index, out int offset)
    {
        var first = _first ?? Allocate(ref _first, InitialSize);
        if ((uint)index < (uint)first.Length)
        {
            offset = index;
            return first;
        }

        (var segment, offset) = Position(first.Length, index);
        var overflow = _overflow ?? Allocate(ref _overflow, MaxOverflowSegments);
        return overflow[segment] ?? Allocate(ref overflow[segment], first.Length << (segment + 1));
    }

    private ref JournalEntry<TArguments> Locate(int index)
    {
        var spinner = default(SpinWait);
        var first = Volatile.Read(ref _first);
        while (first is null)
        {
            spinner.SpinOnce();
            first = Volatile.Read(ref _first);
        }

        if (index < first.Length)
        {
            return ref first[index];
        }

        var (segment, offset) = Position(first.Length, index);
        JournalEntry<TArguments>[]? items;
        while ((items = Volatile.Read(ref _overflow)?[segment]) is null)
        {
            spinner.SpinOnce();
        }

        return ref items[offset];
    }

    // Overflow segment k holds first.Length << (k + 1) entries, starting at first.Length * (2^(k+1) - 1).
    private static (int Segment, int Offset) Position(int firstLength, int index)
    {
        var relative = (index / firstLength) + 1;
        var segment = BitOperations.Log2((uint)relative) - 1;
        var start = firstLength * ((1 << (segment + 1)) - 1);
        return (segment, index - start);
    }

    private static T[] Allocate<T>(ref T[]? field, int length)
    {
        var created = new T[length];
        return Interlocked.CompareExchange(ref field, created, null) ?? created;
    }
}
