using System.ComponentModel.DataAnnotations;

namespace AotSample.Reports;

/// <summary>A report to write. The rules are checked by the generated <c>ValidatingReportDriver</c>.</summary>
public sealed record ReportRequest
{
    /// <summary>The report's name, used as its file name.</summary>
    [Required]
    [StringLength(32)]
    [RegularExpression("[a-z][a-z0-9-]*")]
    public required string Name { get; init; }

    /// <summary>The report's lines.</summary>
    [Required]
    public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>The most lines to write.</summary>
    [Range(1, 100)]
    public int MaxLines { get; init; } = 100;
}
