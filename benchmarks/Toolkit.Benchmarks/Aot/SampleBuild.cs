using System.Collections;
using System.Diagnostics;
using System.Reflection;

namespace Toolkit.Benchmarks.Aot;

/// <summary>
/// One way of publishing samples/AotSample for linux-x64 from this repository. Each build has its own folder under /tmp:
/// its own artifacts, so switching builds never invalidates another's incremental state, and its own publish folder,
/// emptied before each publish so that no file of an earlier one is counted. Command-line properties reach every project
/// of the build, the netstandard2.0 generator included, so each build is chosen with settings that project accepts, and
/// the sample's project file turns them into PublishAot or PublishTrimmed.
/// </summary>
internal sealed record SampleBuild(string Name, bool SelfContained, string[] Mode)
{
    /// <summary>IL for the JIT, run by the shared .NET runtime installed on the machine (as <c>dotnet run</c> runs it).</summary>
    public static SampleBuild FrameworkDependent { get; } = new("jit-framework-dependent", SelfContained: false, ["-p:PublishAot=false", "--no-self-contained"]);

    /// <summary>IL for the JIT with the runtime in the folder, trimmed by ILLink as far as Native AOT trims (the sample trims every self-contained JIT publish).</summary>
    public static SampleBuild SelfContainedTrimmed { get; } = new("jit-self-contained-trimmed", SelfContained: true, ["-p:PublishAot=false", "--self-contained"]);

    /// <summary>Native AOT: ILC compiles the whole program, runtime included, into one executable (the sample's default publish).</summary>
    public static SampleBuild Native { get; } = new("native-aot", SelfContained: true, []);

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "toolkit-aot-benchmarks");

    private string PublishDirectory => Path.Combine(Root, Name, "publish");

    /// <summary>The published program.</summary>
    public string Executable => Path.Combine(PublishDirectory, "AotSample");

    /// <summary>Publishes the sample; a failing publish throws with the end of its output.</summary>
    public async Task PublishAsync()
    {
        if (Directory.Exists(PublishDirectory))
        {
            Directory.Delete(PublishDirectory, recursive: true);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot(),
        };
        string[] arguments =
        [
            "publish", Path.Combine("samples", "AotSample", "AotSample.csproj"), "-c", "Release", "-r", "linux-x64", .. Mode,
            "--artifacts-path", Path.Combine(Root, Name, "artifacts"), "-o", PublishDirectory, "-nodeReuse:false",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The benchmark process may have inherited the variables of the `dotnet run` that started BenchmarkDotNet.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (((string)variable.Key).StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove((string)variable.Key);
            }
        }

        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0 || !File.Exists(Executable))
        {
            var text = await output + await error;
            throw new InvalidOperationException($"`dotnet {string.Join(' ', arguments)}` exited with {publish.ExitCode}:\n{text[Math.Max(0, text.Length - 4000)..]}");
        }
    }

    /// <summary>
    /// What the publish folder holds to run the program: every file but debug symbols (<c>.pdb</c>, <c>.dbg</c>) and
    /// XML documentation, which are published beside it but never loaded.
    /// </summary>
    public long PublishedBytes() =>
        new DirectoryInfo(PublishDirectory).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(file => file.Extension is not (".pdb" or ".dbg" or ".xml"))
            .Sum(file => file.Length);

    /// <summary>What the program needs on disk: its publish folder and, unless it is self-contained, the shared runtime.</summary>
    public long BytesToRun() => PublishedBytes() + (SelfContained ? 0 : SharedRuntimeBytes());

    /// <summary>
    /// What a framework-dependent program needs on the machine besides its own folder: the shared runtime it runs on
    /// (the one running this benchmark) and the host resolver.
    /// </summary>
    private static long SharedRuntimeBytes()
    {
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var dotnetRoot = runtime.Parent!.Parent!.Parent!;
        return new[] { runtime, new DirectoryInfo(Path.Combine(dotnetRoot.FullName, "host", "fxr")) }
            .SelectMany(directory => directory.EnumerateFiles("*", SearchOption.AllDirectories))
            .Sum(file => file.Length);
    }

    private static string RepositoryRoot() =>
        typeof(SampleBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Toolkit.RepositoryRoot").Value!;
}
