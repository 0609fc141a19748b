namespace Toolkit.Packaging.Tests.Infrastructure;

/// <summary>A directory outside the repository that consumes the packed packages, and the CLI to build in it.</summary>
public sealed class ConsumerWorkspace(string directory, DotnetCli cli)
{
    public string Directory { get; } = directory;

    public DotnetCli Cli { get; } = cli;

    public string PathOf(params string[] parts) => Path.Combine([Directory, .. parts]);

    /// <summary>Copies a folder of the repository (or of this test project) into the workspace.</summary>
    public void CopyFrom(string sourceDirectory, string relativeDestination)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(sourceDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceDirectory, file);
            var topFolder = relative.Split(Path.DirectorySeparatorChar)[0];
            if (topFolder is "bin" or "obj")
            {
                continue;
            }

            var destination = PathOf(relativeDestination, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
