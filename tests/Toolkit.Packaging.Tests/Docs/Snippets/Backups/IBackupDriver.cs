// README: "Your first annotated interface". DocumentationSnippetTests checks that README.md shows exactly this code.
using System.ComponentModel.DataAnnotations;
using Toolkit;

namespace MyApp.Backups;

[GenerateTracking, GenerateValidation, GenerateRegistration]
public partial interface IBackupDriver
{
    Task<BackupResult> BackupAsync(BackupRequest request, CancellationToken cancellationToken = default);

    Task RestoreAsync([Required] string archive, [Required] string targetDirectory, [Sensitive] string passphrase, CancellationToken cancellationToken = default);
}

public sealed record BackupRequest
{
    [Required, RegularExpression("[a-z][a-z0-9-]*")]
    public required string Name { get; init; }

    [Required]
    public required string SourceDirectory { get; init; }

    [Required, StringLength(128, MinimumLength = 12), Sensitive]
    public required string Passphrase { get; init; }

    [Range(1, 365)]
    public int RetentionDays { get; init; } = 30;
}

public sealed record BackupResult(string Archive, long Bytes);
