using Toolkit;

namespace AotSample.Reports;

/// <summary>Writes small text reports. All four Toolkit outputs are generated for it.</summary>
[GenerateMock]
[GenerateTracking]
[GenerateValidation]
[GenerateRegistration]
public partial interface IReportDriver
{
    /// <summary>Writes a report, then measures it with the file and shell drivers.</summary>
    /// <param name="request">What to write.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was written.</returns>
    Task<Report> WriteAsync(ReportRequest request, CancellationToken cancellationToken = default);
}
