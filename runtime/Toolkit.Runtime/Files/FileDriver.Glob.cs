using Toolkit.Files.Globbing;

namespace Toolkit.Files;

public sealed partial class FileDriver
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GlobAsync(string pattern, GlobOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Length == 0 || pattern.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("The glob pattern is empty or contains a NUL character.", nameof(pattern));
        }

        options ??= GlobOptions.Default;
        var words = BraceExpander.Expand(pattern);
        var patterns = words.Select(word => GlobPattern.Parse(word, options)).ToArray();
        return Task.Run<IReadOnlyList<string>>(
            () =>
            {
                using var walker = new GlobWalker(_scope, cancellationToken);
                foreach (var parsed in patterns)
                {
                    walker.Add(parsed);
                }

                return walker.Results();
            },
            cancellationToken);
    }
}
