using System.Globalization;
using Toolkit;
using Toolkit.Files;
using Toolkit.Shell;

namespace AotSample.Reports;

/// <summary>Writes reports with the file driver and counts their lines with <c>wc -l</c> through the shell driver.</summary>
/// <param name="shell">Runs <c>wc</c>.</param>
/// <param name="files">Writes, reads and hashes the report.</param>
[DriverImplementation]
public sealed partial class ReportDriver(IShellDriver shell, IFileDriver files) : IReportDriver
{
    /// <inheritdoc />
    public async Task<Report> WriteAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        var path = $"reports/{request.Name}.txt";
        var text = string.Concat(request.Lines.Take(request.MaxLines).Select(line => line + "\n"));
        await files.WriteTextAsync(path, text, new WriteOptions { CreateDirectories = true }, cancellationToken);

        CommandResult count;
        await using (var content = await files.OpenReadAsync(path, cancellationToken))
        {
            count = await shell.RunAsync(new ShellCommand("wc", "-l") { StandardInput = CommandInput.FromStream(content) }, cancellationToken);
        }

        var hash = await files.HashFileAsync(path, cancellationToken: cancellationToken);
        var metadata = await files.GetMetadataAsync(path, cancellationToken);
        return new Report(path, metadata?.Length ?? 0, int.Parse(count.StandardOutput.Trim(), CultureInfo.InvariantCulture), hash.Hex);
    }
}
