using Toolkit.Errors;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>Runs a call through a validating decorator and returns its failures as (path, message) pairs, empty when it passed.</summary>
internal static class Outcome
{
    public static List<(string Path, string Message)> Of(Action call)
    {
        try
        {
            call();
            return [];
        }
        catch (DriverValidationException exception)
        {
            return exception.Failures.Select(f => (f.Path, f.Message)).ToList();
        }
    }

    public static string Describe(IEnumerable<(string Path, string Message)> failures)
        => string.Join(Environment.NewLine, failures.Select(f => $"  {f.Path}: {f.Message}"));

    /// <summary>What a run produced: its failures, or the type of the exception it threw (a test's own failures pass through).</summary>
    public static Result Capture(Func<List<(string Path, string Message)>> run)
    {
        try
        {
            return new Result(run(), null);
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            return new Result(null, exception.GetType());
        }
    }

    /// <summary>Failures or an exception type; equal when both are the same.</summary>
    public sealed record Result(List<(string Path, string Message)>? Failures, Type? Exception)
    {
        public bool IsValid => Failures is { Count: 0 };

        public bool Equals(Result? other)
            => other is not null && Exception == other.Exception
                && (Failures is null ? other.Failures is null : other.Failures is not null && Failures.SequenceEqual(other.Failures));

        public override int GetHashCode() => Exception?.GetHashCode() ?? 0;

        public override string ToString() => Exception is not null ? "throws " + Exception.Name : Failures!.Count == 0 ? "  (valid)" : Describe(Failures);
    }
}
