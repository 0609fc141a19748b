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
}
