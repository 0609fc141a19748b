// README: the implementation behind the tracking, validation and DI examples: tar and openssl through the shell driver.
using Toolkit;
using Toolkit.Files;
using Toolkit.Shell;

namespace MyApp.Backups;

[DriverImplementation]
public sealed partial class TarBackupDriver(IShellDriver shell, IFileDriver files) : IBackupDriver
{
    public async Task<BackupResult> BackupAsync(BackupRequest request, CancellationToken cancellationToken = default)
    {
        var archive = Path.Combine(Path.GetTempPath(), $"{request.Name}-{Guid.NewGuid():N}.tar.enc");

        // Paths go in as "$1"/"$2" and the passphrase through the environment: nothing is spliced into the script.
        var command = ShellCommand.UnsafeShell(
                "tar -cf - -C \"$1\" . | openssl enc -aes-256-cbc -pbkdf2 -pass env:BACKUP_PASSPHRASE -out \"$2\"",
                request.SourceDirectory,
                archive)
            .WithEnvironmentVariable("BACKUP_PASSPHRASE", request.Passphrase);
        await shell.RunAsync(command, cancellationToken);

        var metadata = await files.GetMetadataAsync(archive, cancellationToken);
        return new BackupResult(archive, metadata?.Length ?? 0);
    }

    public async Task RestoreAsync(string archive, string targetDirectory, string passphrase, CancellationToken cancellationToken = default)
    {
        await files.CreateDirectoryAsync(targetDirectory, cancellationToken);
        var command = ShellCommand.UnsafeShell(
                "openssl enc -d -aes-256-cbc -pbkdf2 -pass env:BACKUP_PASSPHRASE -in \"$1\" | tar -xf - -C \"$2\"",
                archive,
                targetDirectory)
            .WithEnvironmentVariable("BACKUP_PASSPHRASE", passphrase);
        await shell.RunAsync(command, cancellationToken);
    }
}
