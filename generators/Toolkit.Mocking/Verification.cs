using System.Globalization;
using System.Text;

namespace Toolkit.Mocking;

/// <summary>
/// The calls a mock received that match an expectation, such as <c>mock.Verify.Run("ls")</c>. Assert how many there
/// were with <see cref="Once"/>, <see cref="Times(int)"/>, <see cref="AtLeast"/>…; each assertion throws a
/// <see cref="MockVerificationException"/> listing every recorded call when it fails, and marks the matching calls as
/// verified for <c>mock.VerifyNoOtherCalls()</c>.
/// </summary>
public abstract class Verification
{
    private protected Verification()
    {
    }

    /// <summary>How many recorded calls match.</summary>
    public abstract int Count { get; }

    /// <summary>The expectation as C#, e.g. <c>Run("ls", Any)</c>.</summary>
    public abstract string Expectation { get; }

    /// <summary>Asserts that no call matched.</summary>
    public void Never() => Times(Mocking.Times.Never);

    /// <summary>Asserts that exactly one call matched.</summary>
    public void Once() => Times(Mocking.Times.Once);

    /// <summary>Asserts that one call or more matched.</summary>
    public void AtLeastOnce() => Times(Mocking.Times.AtLeastOnce);

    /// <summary>Asserts that exactly <paramref name="count"/> calls matched.</summary>
    /// <param name="count">The expected number.</param>
    public void Times(int count) => Times(Mocking.Times.Exactly(count));

    /// <summary>Asserts that at least <paramref name="count"/> calls matched.</summary>
    /// <param name="count">The minimum.</param>
    public void AtLeast(int count) => Times(Mocking.Times.AtLeast(count));

    /// <summary>Asserts that at most <paramref name="count"/> calls matched.</summary>
    /// <param name="count">The maximum.</param>
    public void AtMost(int count) => Times(Mocking.Times.AtMost(count));

    /// <summary>Asserts that the number of matching calls satisfies <paramref name="times"/>.</summary>
    /// <param name="times">The expectation.</param>
    public void Times(Times times)
    {
        var count = Check(markVerified: true);
        if (!times.IsSatisfiedBy(count))
        {
            throw new MockVerificationException(
                "Expected " + MockName + " to receive " + Expectation + " " + times + ", but it was received "
                + (count == 0 ? "never" : count == 1 ? "once" : count.ToString(CultureInfo.InvariantCulture) + " times") + ".\n"
                + DescribeCalls());
        }
    }

    /// <summary>
    /// Asserts that calls matching <paramref name="expectations"/> happened in this order (other calls may come between).
    /// Expectations on different mocks need the mocks to share a <see cref="MockSequence"/>.
    /// </summary>
    /// <param name="expectations">The expected calls, first to last, e.g. <c>mock.Verify.Open(), mock.Verify.Close()</c>.</param>
    public static void InOrder(params Verification[] expectations)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        if (expectations.Length == 0)
        {
            return;
        }

        var source = expectations[0].OrderSource;
        if (expectations.Any(e => !ReferenceEquals(e.OrderSource, source)))
        {
            throw new InvalidOperationException(
                "InOrder compares calls of different mocks, whose calls are numbered independently. Create the mocks with a shared "
                + "MockSequence: new XMock(new MockOptions { Sequence = sequence }).");
        }

        var previous = long.MinValue;
        for (var i = 0; i < expectations.Length; i++)
        {
            var next = expectations[i].MatchingOrders().Where(order => order > previous).DefaultIfEmpty(long.MinValue).Min();
            if (next == long.MinValue)
            {
                var expected = string.Join(", then ", expectations.Select(e => e.MockName + "." + e.Expectation));
                var message = new StringBuilder("Expected calls in order: " + expected + ".\n");
                message.Append(i == 0
                    ? "No call matched " + expectations[0].Expectation + ".\n"
                    : "No call matching " + expectations[i].Expectation + " came after " + expectations[i - 1].Expectation + ".\n");
                foreach (var mock in expectations.Select(e => e.MockName).Distinct())
                {
                    message.Append(expectations.First(e => e.MockName == mock).DescribeCalls());
                }

                throw new MockVerificationException(message.ToString());
            }

            expectations[i].MarkVerified();
            previous = next;
        }
    }

    /// <summary>The expectation and the number of matches.</summary>
    /// <returns>For example <c>Run("ls", Any): 2 call(s)</c>.</returns>
    public override string ToString() => Expectation + ": " + Count.ToString(CultureInfo.InvariantCulture) + " call(s)";

    private protected abstract string MockName { get; }

    private protected abstract object OrderSource { get; }

    private protected abstract int Check(bool markVerified);

    private protected abstract IEnumerable<long> MatchingOrders();

    private protected abstract string DescribeCalls();

    private void MarkVerified() => Check(markVerified: true);
}

/// <summary>The calls matching an expectation, with their typed arguments in <see cref="Calls"/>.</summary>
/// <typeparam name="TCall">The generated record of one call, e.g. <c>ShellDriverMock.RunCall</c>.</typeparam>
public abstract class Verification<TCall> : Verification
{
    private protected Verification()
    {
    }

    /// <summary>The matching calls in the order they happened, with typed arguments.</summary>
    public abstract IReadOnlyList<TCall> Calls { get; }
}
