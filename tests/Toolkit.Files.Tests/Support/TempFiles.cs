namespace Toolkit.Files.Tests.Support;

/// <summary>Finds the driver's temporary files (".name.0123456789abcdef.tmp") left in a directory.</summary>
public static class TempFiles
{
    public static string[] In(string directory) =>
        Directory.GetFiles(directory, ".*.tmp").Select(Path.GetFileName).Select(name => name!).ToArray();
}
