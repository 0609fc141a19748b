using System.Diagnostics;

namespace Toolkit.Files.Tests.Support;

/// <summary>Starts this test assembly as a helper program (see <see cref="Program"/>), optionally as another user.</summary>
public static class HelperProcess
{
    public static string AssemblyPath => typeof(Program).Assembly.Location;

    /// <summary>The dotnet host that runs the tests; `dotnet test` exports it as DOTNET_HOST_PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : File.Exists("/usr/share/dotnet/dotnet") ? "/usr/share/dotnet/dotnet"
        : "dotnet";

    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(AssemblyPath);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return start;
    }

    /// <summary>Runs a helper mode as the unprivileged user nobody (uid 65534) through setpriv, when this process is root.</summary>
    public static async Task<string> RunAsNobodyAsync(params string[] arguments)
    {
        var arguments2 = new List<string> { "--reuid=65534", "--regid=65534", "--clear-groups", "--", DotnetHost, "exec", AssemblyPath };
        arguments2.AddRange(arguments);
        var (exitCode, stdout, stderr) = await ExternalProcess.RunAsync(
            "setpriv",
            arguments2,
            workingDirectory: "/",
            environment: new Dictionary<string, string> { ["HOME"] = "/tmp", ["DOTNET_CLI_HOME"] = "/tmp", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"The helper run as nobody exited with {exitCode}: {stderr}");
        }

        return System.Text.Encoding.UTF8.GetString(stdout);
    }
}
