using System.Security.Cryptography;
using Toolkit.Files.Hashing;
using Toolkit.Files.Resolution;
using Toolkit.Interop;

namespace Toolkit.Files;

public sealed partial class FileDriver
{
    /// <inheritdoc />
    public async Task<FileHash> HashFileAsync(string path, HashAlgorithmName algorithm = default, CancellationToken cancellationToken = default)
    {
        const string Operation = FileOperationNames.HashFile;
        PathText.Validate(path, nameof(path));
        algorithm = FileHasher.Resolve(algorithm);
        cancellationToken.ThrowIfCancellationRequested();
        using var handle = OpenFileForReading(path, Operation, out _);
        Unix.AdviseSequential(handle);
        try
        {
            string hex = await FileHasher.HashAsync(handle, algorithm, cancellationToken).ConfigureAwait(false);
            return new FileHash(algorithm, hex);
        }
        catch (Exception exception)
        {
            throw FileErrors.FromException(exception, path, Operation);
        }
    }
}
