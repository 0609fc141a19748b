using Microsoft.Extensions.DependencyInjection;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker;
using Toolkit.Errors;
using Toolkit.Tracking;
using Toolkit;

namespace AotSample.Containers;

/// <summary>
/// When a Docker engine answers: imports an image made of the host's busybox, runs one container from it through the
/// Docker driver's generated decorators, and removes everything its session created. Otherwise one line says why not.
/// Every line it prints is the same on every run, so the output can be compared exactly.
/// </summary>
internal static class DockerStep
{
    private const string Greeting = "hello from busybox";

    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        var sink = new InMemoryCallSink();
        await using var services = new ServiceCollection()
            .AddSingleton<ICallSink>(sink)
            .AddDockerDriver(new DockerDriverOptions { SessionName = "toolkit-aot-sample" })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        DockerDriver docker;
        try
        {
            docker = services.GetRequiredService<DockerDriver>();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await docker.PingAsync(timeout.Token);
        }
        catch (Exception error) when (error is DriverException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine($"docker: skipped, no engine answers ({FirstSentence(error.Message)})");
            return;
        }

        if (!BusyboxRootFilesystem.IsAvailable)
        {
            Console.WriteLine($"docker: skipped, {BusyboxRootFilesystem.BusyboxPath} is missing to make an image from (install busybox-static)");
            return;
        }

        try
        {
            await using (var rootfs = await BusyboxRootFilesystem.CreateAsync(cancellationToken))
            {
                // Untagged: the image is found by its id, so concurrent runs never compete for a name.
                var image = await services.GetRequiredService<IImageDriver>().ImportAsync(rootfs, new ImageImportOptions(), cancellationToken: cancellationToken);
                var run = await services.GetRequiredService<IContainerDriver>().RunAsync(
                    new ContainerConfig { Image = image.Id, Command = [BusyboxRootFilesystem.BusyboxPath, "echo", Greeting] },
                    new ContainerRunOptions { Timeout = TimeSpan.FromMinutes(1) },
                    cancellationToken);
                Console.WriteLine($"docker: ran {BusyboxRootFilesystem.BusyboxPath} echo in a container: exit code {run.ExitCode}, output \"{run.StandardOutput.TrimEnd('\n')}\"");
            }

            foreach (var call in sink.Calls)
            {
                Console.WriteLine($"tracked: {call.Driver}.{call.Operation} {call.Outcome}");
            }
        }
        finally
        {
            var cleanup = await docker.RemoveSessionResourcesAsync(CancellationToken.None);
            var removed = cleanup.Removed.GroupBy(r => r.Kind).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
            Console.WriteLine($"docker: session cleaned up, removed {(cleanup.Removed.Count == 0 ? "nothing" : string.Join(", ", removed))}");
            foreach (var failure in cleanup.Failures)
            {
                Console.Error.WriteLine($"docker: could not remove {failure.Kind.ToString().ToLowerInvariant()} {failure.Id}: {failure.Error.Message}");
                Environment.ExitCode = 1;
            }
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
