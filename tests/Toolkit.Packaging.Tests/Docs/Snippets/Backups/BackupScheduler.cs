// README: the code under test in the mock example.
namespace MyApp.Backups;

public sealed class BackupScheduler(IBackupDriver backups)
{
    public async Task<string> RunNightlyAsync(string sourceDirectory, string passphrase, CancellationToken cancellationToken = default)
    {
        var result = await backups.BackupAsync(new BackupRequest { Name = "nightly", SourceDirectory = sourceDirectory, Passphrase = passphrase, RetentionDays = 7 }, cancellationToken);
        return $"{result.Archive} ({result.Bytes} bytes)";
    }
}
