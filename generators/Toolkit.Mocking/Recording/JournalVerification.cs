namespace Toolkit.Mocking.Recording;

/// <summary>A verification that scans a mock's journal for calls a matcher accepts.</summary>
internal sealed class JournalVerification<TArguments, TMatcher, TCall> : Verification<TCall>
    where TArguments : struct
    where TMatcher : ICallMatcher<TArguments>
{
    private readonly MockBase<TArguments> _mock;
    private readonly TMatcher _matcher;
    private readonly CallReader<TArguments, TCall> _reader;

    public JournalVerification(MockBase<TArguments> mock, TMatcher matcher, CallReader<TArguments, TCall> reader)
    {
        _mock = mock;
        _matcher = matcher;
        _reader = reader;
    }

    public override int Count => Check(markVerified: false);

    public override string Expectation => _matcher.ToString() ?? "call";

    public override IReadOnlyList<TCall> Calls
    {
        get
        {
            ref var journal = ref _mock.RequireJournalForVerification();
            var calls = new List<TCall>();
            var count = journal.Count;
            for (var i = 0; i < count; i++)
            {
                ref var entry = ref journal.Get(i);
                if (IsMatch(ref entry))
                {
                    calls.Add(_reader(in entry.Arguments, _mock.OrderOf(ref entry, i)));
                }
            }

            return calls;
        }
    }

    private protected override string MockName => _mock.Name;

    private protected override object OrderSource => _mock.OrderSource;

    private protected override int Check(bool markVerified)
    {
        ref var journal = ref _mock.RequireJournalForVerification();
        var count = journal.Count;
        var matches = 0;
        for (var i = 0; i < count; i++)
        {
            ref var entry = ref journal.Get(i);
            if (IsMatch(ref entry))
            {
                matches++;
                if (markVerified)
                {
                    entry.MarkVerified();
                }
            }
        }

        return matches;
    }

    private protected override IEnumerable<long> MatchingOrders()
    {
        ref var journal = ref _mock.RequireJournalForVerification();
        var count = journal.Count;
        var orders = new List<long>();
        for (var i = 0; i < count; i++)
        {
            ref var entry = ref journal.Get(i);
            if (IsMatch(ref entry))
            {
                orders.Add(_mock.OrderOf(ref entry, i));
            }
        }

        return orders;
    }

    private protected override string DescribeCalls() => _mock.DescribeCalls();

    private bool IsMatch(ref JournalEntry<TArguments> entry)
        => entry.Operation == _matcher.Operation && _matcher.Matches(in entry.Arguments);
}
