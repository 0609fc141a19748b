using System.Buffers;
using Toolkit.Docker.Json;
using Toolkit.Docker.Streams;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Containers;

/// <summary>
/// Exec: create the exec, start it attached (the engine hijacks the HTTP/1.1 connection and streams the
/// output until the command ends, then closes it), and only after the stream has ended read the exit code.
/// </summary>
internal sealed partial class DockerContainerDriver
{
    private const string ExecOperation = "ExecInContainer";

    public async Task<ExecResult> ExecAsync(string container, ExecRequest request, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        ArgumentNullException.ThrowIfNull(request);
        ContainerConfigMapper.ValidateArguments(request.Command, "request.Command", requireOne: true);
        ContainerConfigMapper.ValidateEnvironment(request.Environment, "request.Environment");
        if (request.Timeout is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException("request.Timeout", limit, "request.Timeout must be positive, or null for none.");
        }

        if (request.MaxOutputBytes < 0)
        {
            throw new ArgumentOutOfRangeException("request.MaxOutputBytes", request.MaxOutputBytes, "request.MaxOutputBytes must not be negative.");
        }

        using var timeout = request.Timeout is { } t ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(request.Timeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        try
        {
            var execId = await CreateExecAsync(container, request, token).ConfigureAwait(false);
            var (stdout, stderr) = await RunExecAsync(container, execId, request, token).ConfigureAwait(false);
            var exitCode = await ReadExecExitCodeAsync(container, execId, token).ConfigureAwait(false);
            return new ExecResult(exitCode, stdout.ToMemory(), stderr.ToMemory(), stdout.Truncated || stderr.Truncated);
        }
        catch (OperationCanceledException ex) when (timeout is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            throw new DriverTimeoutException(DriverNames.Docker, request.Timeout!.Value, ExecOperation, isRetryable: true, ex);
        }
    }

    private async Task<string> CreateExecAsync(string container, ExecRequest request, CancellationToken cancellationToken)
    {
        var body = new ExecCreateWire
        {
            AttachStdout = true,
            AttachStderr = true,
            Tty = request.Tty,
            Cmd = [.. request.Command],
            Env = ContainerConfigMapper.ToEnvironmentList(request.Environment),
            WorkingDir = request.WorkingDirectory,
            User = request.User,
        };
        var created = await transport.PostJsonAsync(
            $"/containers/{DockerPath.Segment(container)}/exec",
            body,
            DockerJsonContext.Default.ExecCreateWire,
            DockerJsonContext.Default.IdResponseWire,
            transport.Call(ExecOperation, DockerResourceKind.Container, container),
            cancellationToken).ConfigureAwait(false);
        return created.Id is { Length: > 0 } id
            ? id
            : throw new DockerEngineException(200, $"the engine created an exec in container '{container}' without returning its id", ExecOperation, isRetryable: false);
    }

    private async Task<(OutputBuffer Stdout, OutputBuffer Stderr)> RunExecAsync(string container, string execId, ExecRequest request, CancellationToken cancellationToken)
    {
        using var content = DockerTransport.Json(new ExecStartWire { Detach = false, Tty = request.Tty }, DockerJsonContext.Default.ExecStartWire);

        // No per-call timeout: the command runs as long as it runs; the request's own timeout is in the token.
        var call = new DockerCall(ExecOperation, DockerResourceKind.Container, container, Timeout: null);
        using var response = await transport.SendAsync(HttpMethod.Post, $"/exec/{DockerPath.Segment(execId)}/start", call, cancellationToken, content).ConfigureAwait(false);
        var stdout = new OutputBuffer(request.MaxOutputBytes);
        var stderr = new OutputBuffer(request.MaxOutputBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(32 * 1024);
        try
        {
            var body = await response.OpenBodyAsync().ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var reader = new MultiplexedStreamReader(body, raw: request.Tty, ExecOperation);
                while (true)
                {
                    var (kind, count) = await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (count == 0)
                    {
                        break;
                    }

                    (kind == DockerStreamKind.StandardError ? stderr : stdout).Append(buffer.AsSpan(0, count));
                }
            }
        }
        catch (Exception ex) when (response.Translate(ex) is { } translated)
        {
            throw translated;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (stdout, stderr);
    }

    private async Task<int> ReadExecExitCodeAsync(string container, string execId, CancellationToken cancellationToken)
    {
        // The engine closes the stream when the process's output ends; recording the exit can trail that
        // by a moment, so a still-"running" exec is asked again, briefly, instead of reporting a wrong code.
        var delay = TimeSpan.FromMilliseconds(5);
        var deadline = DateTime.UtcNow + transport.Options.RequestTimeout;
        while (true)
        {
            var state = await transport.GetJsonAsync(
                $"/exec/{DockerPath.Segment(execId)}/json",
                DockerJsonContext.Default.ExecInspectWire,
                transport.Call(ExecOperation, DockerResourceKind.Exec, execId),
                cancellationToken).ConfigureAwait(false);
            if (!state.Running && state.ExitCode is { } exitCode)
            {
                return exitCode;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new DockerEngineException(200, $"the output of the exec in container '{container}' ended, but the engine still reports the command running after {transport.Options.RequestTimeout.TotalSeconds:0} s", ExecOperation, isRetryable: true);
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMilliseconds(200).Ticks));
        }
    }
}
