using Toolkit.Docker.Sessions;

namespace Toolkit.Errors;

/// <summary>
/// Some resources of a session could not be removed. The message lists each one with the reason; the
/// <see cref="Report"/> holds what was removed and what was left. Code: <see cref="DriverErrorCodes.SessionCleanupFailed"/>.
/// </summary>
/// <param name="report">What the clean-up removed and what it could not.</param>
/// <param name="operation">The driver operation that failed.</param>
public sealed class SessionCleanupException(SessionCleanupReport report, string operation)
    : DriverException(
        DriverErrorCodes.SessionCleanupFailed,
        BuildMessage(report),
        DriverNames.Docker,
        operation,
        isRetryable: report.Failures.All(f => DriverErrors.IsRetryable(f.Error)),
        report.Failures.Count == 1 ? report.Failures[0].Error : new AggregateException(report.Failures.Select(f => f.Error)))
{
    /// <summary>What the clean-up removed and what it could not.</summary>
    public SessionCleanupReport Report { get; } = report;

    private static string BuildMessage(SessionCleanupReport report)
    {
        var lines = report.Failures.Select(f => $"  {f.Kind.ToString().ToLowerInvariant()} {f.Id}: {f.Error.Message}");
        return $"Session '{report.SessionId}' left {report.Failures.Count} resource(s) on the engine:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{Environment.NewLine}Remove them by label {DockerLabels.Session}={report.SessionId}, or retry the clean-up.";
    }
}
