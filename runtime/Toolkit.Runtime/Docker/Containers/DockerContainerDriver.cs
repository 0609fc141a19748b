using Toolkit.Docker.Json;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Containers;

/// <summary>
/// <see cref="IContainerDriver"/> on the Engine API. This file holds the lifecycle (create, start, stop,
/// kill, remove, inspect, list, wait); output, exec, health, copies and runs live in the other
/// <c>DockerContainerDriver.*.cs</c> files.
/// </summary>
internal sealed partial class DockerContainerDriver(DockerTransport transport, DockerSessionIdentity session) : IContainerDriver
{
    public async Task<CreatedContainer> CreateAsync(ContainerConfig config, CancellationToken cancellationToken = default)
    {
        var body = ContainerConfigMapper.ToWire(config, session);
        var path = "/containers/create" + new DockerQuery().Add("name", config.Name);
        session.MarkUsed();
        var created = await transport.PostJsonAsync(
            path,
            body,
            DockerJsonContext.Default.ContainerCreateWire,
            DockerJsonContext.Default.IdResponseWire,
            transport.Call("CreateContainer", DockerResourceKind.Container, config.Name ?? "(unnamed)", DockerFailure.ContainerCreate) with { Detail = config.Image },
            cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new ContainerCreationException(config.Image, "the engine answered without a container id", "CreateContainer");
        }

        return new CreatedContainer(created.Id, created.Warnings ?? []);
    }

    public Task<bool> StartAsync(string container, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        return transport.SendNoContentAsync(
            HttpMethod.Post,
            $"/containers/{DockerPath.Segment(container)}/start",
            transport.Call("StartContainer", DockerResourceKind.Container, container, DockerFailure.ContainerStart),
            cancellationToken);
    }

    public Task<bool> StopAsync(string container, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        if (timeout is { } grace && grace < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), grace, "The stop timeout must not be negative.");
        }

        var seconds = timeout is { } t ? (long?)Math.Ceiling(t.TotalSeconds) : null;

        // The engine holds the request for the grace period (10 s when unspecified) before it kills.
        var call = transport.Call("StopContainer", DockerResourceKind.Container, container, DockerFailure.ContainerStop)
            with { Timeout = transport.Options.RequestTimeout + TimeSpan.FromSeconds(seconds ?? 10) };
        return transport.SendNoContentAsync(
            HttpMethod.Post,
            $"/containers/{DockerPath.Segment(container)}/stop" + new DockerQuery().Add("t", seconds),
            call,
            cancellationToken);
    }

    public Task KillAsync(string container, string signal = "SIGKILL", CancellationToken cancellationToken = default)
    {
        RequireName(container);
        ArgumentException.ThrowIfNullOrWhiteSpace(signal);
        return transport.SendNoContentAsync(
            HttpMethod.Post,
            $"/containers/{DockerPath.Segment(container)}/kill" + new DockerQuery().Add("signal", signal),
            transport.Call("KillContainer", DockerResourceKind.Container, container, DockerFailure.ContainerStop),
            cancellationToken);
    }

    public Task RemoveAsync(string container, ContainerRemoveOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        options ??= ContainerRemoveOptions.Default;
        return transport.SendNoContentAsync(
            HttpMethod.Delete,
            $"/containers/{DockerPath.Segment(container)}" + new DockerQuery().Add("force", options.Force).Add("v", options.RemoveVolumes),
            transport.Call("RemoveContainer", DockerResourceKind.Container, container, DockerFailure.ContainerRemove),
            cancellationToken);
    }

    public async Task<ContainerDetails> InspectAsync(string container, CancellationToken cancellationToken = default) =>
        ContainerDetailsMapper.ToDetails(await InspectWireAsync(container, "InspectContainer", cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<ContainerSummary>> ListAsync(ContainerListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ContainerListOptions();
        var filters = new DockerFilters()
            .AddLabels(options.Labels, "options.Labels")
            .Add("name", options.Name)
            .Add("status", options.Status is { } status ? status.ToString().ToLowerInvariant() : null);
        var query = new DockerQuery().Add("all", options.IncludeStopped || options.Status is not null).Add("filters", filters.ToQueryValue());
        var list = await transport.GetJsonAsync(
            "/containers/json" + query,
            DockerJsonContext.Default.ContainerSummaryWireArray,
            transport.Call("ListContainers", DockerResourceKind.Container, "*"),
            cancellationToken).ConfigureAwait(false);
        var result = new ContainerSummary[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            result[i] = ContainerDetailsMapper.ToSummary(list[i]);
        }

        return result;
    }

    public async Task<IContainerExitWait> BeginWaitAsync(string container, ContainerWaitCondition condition = ContainerWaitCondition.NextExit, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        var value = condition switch
        {
            ContainerWaitCondition.NotRunning => "not-running",
            ContainerWaitCondition.NextExit => "next-exit",
            ContainerWaitCondition.Removed => "removed",
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a wait condition."),
        };

        // The engine sends the headers as soon as the wait is registered. The call's timeout covers only
        // that part: once headers arrive, HttpClient no longer watches the send's token, and the body
        // (the exit status) is read under the wait's own timeout and token.
        var response = await transport.SendAsync(
            HttpMethod.Post,
            $"/containers/{DockerPath.Segment(container)}/wait" + new DockerQuery().Add("condition", value),
            transport.Call("WaitContainer", DockerResourceKind.Container, container),
            cancellationToken).ConfigureAwait(false);
        return new ContainerExitWait(transport, response, container);
    }

    public async Task<ContainerExit> WaitAsync(string container, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        await using var wait = await BeginWaitAsync(container, ContainerWaitCondition.NotRunning, cancellationToken).ConfigureAwait(false);
        return await wait.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
    }

    private Task<ContainerInspectWire> InspectWireAsync(string container, string operation, CancellationToken cancellationToken)
    {
        RequireName(container);
        return transport.GetJsonAsync(
            $"/containers/{DockerPath.Segment(container)}/json",
            DockerJsonContext.Default.ContainerInspectWire,
            transport.Call(operation, DockerResourceKind.Container, container),
            cancellationToken);
    }

    private static void RequireName(string container, string parameter = "container")
    {
        if (string.IsNullOrWhiteSpace(container))
        {
            throw new ArgumentException($"{parameter} is required: give a container id or name.", parameter);
        }
    }
}
