using System.Diagnostics;

namespace Toolkit.Packaging.Tests.Aot;

/// <summary>
/// Decides, once per run, whether a real Native AOT publish can be attempted on this machine: the NuGet feed must
/// have the NativeAOT runtime pack for linux-x64 (net10.0 needs Microsoft.NETCore.App.Runtime.NativeAOT.linux-x64,
/// which is not on every mirror), and a C toolchain (clang) must be installed for the native link.
/// </summary>
internal static class NativeAotAvailability
{
    private static readonly Lazy<string?> Reason = new(Probe);

    /// <summary>Why native compilation cannot be attempted here, or <see langword="null"/> when it can.</summary>
    public static string? SkipReason => Reason.Value;

    /// <summary>The reason in a few words, for the test's display name.</summary>
    public static string ShortReason { get; private set; } = "";

    private static string? Probe()
    {
        var directory = Path.Combine(Path.GetTempPath(), "toolkit-aot-probe-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "Probe.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                    <PublishAot>true</PublishAot>
                  </PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
            var (exitCode, output) = Run("dotnet", "restore", directory, "-nodeReuse:false");
            if (exitCode != 0)
            {
                var cause = output.Split('\n').FirstOrDefault(l => l.Contains("error NU", StringComparison.Ordinal))?.Trim() ?? output.Trim();
                ShortReason = cause.Contains("NU1101", StringComparison.Ordinal) && cause.Contains("NativeAOT", StringComparison.Ordinal)
                    ? "the NuGet feed has no Microsoft.NETCore.App.Runtime.NativeAOT.linux-x64 (NU1101); the trimmed publish was checked instead"
                    : "the NativeAOT packs could not be restored; the trimmed publish was checked instead";
                return "NOT RUN: Native AOT compilation could not be attempted on this machine: restoring a PublishAot project for linux-x64 "
                       + $"failed ({cause}). The trimmed, self-contained publish of the same sample ran and was checked instead.";
            }

            if (!OnPath("clang"))
            {
                ShortReason = "no clang for the native link; the trimmed publish was checked instead";
                return "NOT RUN: Native AOT compilation could not be attempted on this machine: the NativeAOT packs restore, but no clang "
                       + "is installed for the native link (apt-get install clang zlib1g-dev). The trimmed, self-contained publish ran instead.";
            }

            return null;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "the restore did not finish within 3 minutes");
        }

        return (process.ExitCode, output + error.Result);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Any(d => File.Exists(Path.Combine(d, program)));
}

/// <summary>
/// A fact that compiles with Native AOT. Where that cannot be attempted it is reported as skipped with the reason,
/// never passed; the trimmed-publish tests always run.
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (NativeAotAvailability.SkipReason is { } reason)
        {
            Skip = reason;

            // Runners print a skipped test's name even where they hide the reason, so the name says it too.
            DisplayName = "Native AOT publish of samples/AotSample: NOT RUN, " + NativeAotAvailability.ShortReason;
        }
    }
}
