namespace Toolkit.Docker.Tests;

/// <summary>
/// A docker credential helper (<c>docker-credential-NAME</c>) written as a shell script in a directory of its own,
/// speaking the helpers' protocol: <c>get</c> reads a server address on standard input and prints
/// <c>{"ServerURL","Username","Secret"}</c>, or "credentials not found in native keychain" with exit code 1. Every
/// call is logged (argument and address), so a test can see it was asked.
/// </summary>
internal sealed class CredentialHelperScript
{
    private CredentialHelperScript(string directory, string name)
    {
        Directory = directory;
        Name = name;
    }

    /// <summary>The directory to put first on PATH.</summary>
    public string Directory { get; }

    /// <summary>The helper's name, as credsStore and credHelpers give it.</summary>
    public string Name { get; }

    private string LogFile => Path.Combine(Directory, "calls.log");

    /// <summary>A helper that answers <paramref name="serverAddress"/> with these credentials, and holds nothing for any other address.</summary>
    public static CredentialHelperScript Holding(string directory, string serverAddress, string username, string secret) =>
        Write(directory, $$"""
            if [ "$address" = '{{serverAddress}}' ]; then
              printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}\n' "$address" '{{username}}' '{{secret}}'
              exit 0
            fi
            echo 'credentials not found in native keychain'
            exit 1
            """);

    /// <summary>A helper that holds nothing at all.</summary>
    public static CredentialHelperScript Empty(string directory) =>
        Write(directory, """
            echo 'credentials not found in native keychain'
            exit 1
            """);

    /// <summary>The calls made so far, one line each: <c>get 10.233.1.2:5000</c>.</summary>
    public IReadOnlyList<string> Calls => File.Exists(LogFile) ? File.ReadAllLines(LogFile) : [];

    private static CredentialHelperScript Write(string directory, string answer)
    {
        System.IO.Directory.CreateDirectory(directory);
        var name = "tktest" + Guid.NewGuid().ToString("N")[..6];
        var script = Path.Combine(directory, "docker-credential-" + name);
        File.WriteAllText(script, $"""
            #!/bin/sh
            address=$(cat)
            echo "$1 $address" >> '{Path.Combine(directory, "calls.log")}'
            {answer}

            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, (UnixFileMode)0b111_101_101);
        }
        return new CredentialHelperScript(directory, name);
    }
}
