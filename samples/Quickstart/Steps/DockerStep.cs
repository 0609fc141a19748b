using Microsoft.Extensions.DependencyInjection;
using Quickstart.Output;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker;
using Toolkit.Errors;
using Toolkit.Shell;
using Toolkit;

namespace Quickstart.Steps;

/// <summary>
/// Section 4: when a Docker engine answers, one container run through the Docker driver, with its logs. Works with no
/// registry: the image is imported from the host's busybox, or an image already on the engine is used. Everything the
/// step creates carries its session label and is removed at the end.
/// </summary>
internal static class DockerStep
{
    private const string HowToGetOne =
        "To see this step, start a Docker engine (https://docs.docker.com/engine/install/, or `apt-get install docker.io` and run `dockerd`) or point DOCKER_HOST at one.";

    public static async Task RunAsync(IServiceProvider services, Report report, CancellationToken cancellationToken)
    {
        report.Section("A container through the Docker driver");
        DockerDriver docker;
        DockerPing ping;
        try
        {
            docker = services.GetRequiredService<DockerDriver>();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            ping = await docker.PingAsync(timeout.Token);
        }
        catch (Exception error) when (error is DriverException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            report.Line($"No Docker engine reachable ({FirstSentence(error.Message)}). {HowToGetOne}");
            return;
        }

        report.Line($"engine: {ping.Server ?? "Docker"}, API {ping.EngineApiVersion} (the driver speaks {ping.NegotiatedApiVersion}), at {docker.Endpoint}");
        try
        {
            var image = await FindImageAsync(services, report, cancellationToken);
            if (image is null)
            {
                report.Line($"The engine has no image to run and none can be pulled here: install busybox-static ({BusyboxImage.BusyboxPath}) and run again.");
                return;
            }

            var containers = services.GetRequiredService<IContainerDriver>();
            var run = await containers.RunAsync(
                new ContainerConfig { Image = image, Command = ["sh", "-c", "echo \"hello from container $(hostname)\"; uname -sm; id"] },
                new ContainerRunOptions { Timeout = TimeSpan.FromSeconds(60) },
                cancellationToken);
            report.Line($"ran {run.Id[..12]} (every capability dropped, no-new-privileges): exit code {run.ExitCode}; its logs:");
            foreach (var line in run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                report.Line("  | " + line);
            }
        }
        finally
        {
            var cleanup = await docker.RemoveSessionResourcesAsync(CancellationToken.None);
            var removed = cleanup.Removed.GroupBy(r => r.Kind).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}(s)");
            report.Line($"session {docker.SessionId}: removed {(cleanup.Removed.Count == 0 ? "nothing (nothing was left)" : string.Join(", ", removed))}");
        }
    }

    private static async Task<string?> FindImageAsync(IServiceProvider services, Report report, CancellationToken cancellationToken)
    {
        var images = services.GetRequiredService<IImageDriver>();
        if (BusyboxImage.IsAvailable)
        {
            await using var rootfs = await BusyboxImage.CreateRootFilesystemAsync(services.GetRequiredService<IShellDriver>(), cancellationToken);
            var tag = Guid.NewGuid().ToString("N")[..8];
            var imported = await images.ImportAsync(rootfs, new ImageImportOptions { Repository = "toolkit-quickstart", Tag = tag, Changes = ["ENV PATH=/bin"] }, cancellationToken: cancellationToken);
            report.Line($"image: imported {BusyboxImage.BusyboxPath} as toolkit-quickstart:{tag} ({imported.Id[..19]}), no registry involved");
            return "toolkit-quickstart:" + tag;
        }

        var present = await images.ListAsync(cancellationToken: cancellationToken);
        var candidate = present.SelectMany(i => i.RepoTags).FirstOrDefault(t => t.StartsWith("busybox", StringComparison.Ordinal) || t.StartsWith("alpine", StringComparison.Ordinal));
        if (candidate is not null)
        {
            report.Line($"image: using {candidate}, already on the engine");
        }

        return candidate;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
