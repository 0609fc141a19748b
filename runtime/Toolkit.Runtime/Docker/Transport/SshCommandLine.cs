using System.Globalization;
using Toolkit.Shell;

namespace Toolkit.Docker.Transport;

/// <summary>
/// The ssh command that carries one engine connection, as the docker CLI builds it:
/// <c>ssh -o ConnectTimeout=N -T -l USER -p PORT -- HOST docker [--host unix://SOCKET] system dial-stdio</c>, plus
/// <c>BatchMode=yes</c> (never a prompt, which would hang) and the caller's <see cref="DockerSshSettings"/>.
/// </summary>
internal static class SshCommandLine
{
    public static ShellCommand Create(DockerEndpoint endpoint, DockerSshSettings? settings, TimeSpan connectTimeout)
    {
        settings ??= new DockerSshSettings();
        var arguments = new List<string> { "-o", "BatchMode=yes" };
        if (settings.ConfigFile is { } config)
        {
            arguments.AddRange(["-F", config]);
        }

        // The caller's options come before the defaults below: for each option ssh keeps the first value it reads.
        foreach (var option in settings.Options)
        {
            arguments.AddRange(["-o", option]);
        }

        if (settings.IdentityFile is { } identity)
        {
            arguments.AddRange(["-i", identity, "-o", "IdentitiesOnly=yes"]);
        }

        if (settings.KnownHostsFile is { } knownHosts)
        {
            arguments.AddRange(["-o", "UserKnownHostsFile=" + knownHosts]);
        }

        var seconds = connectTimeout == Timeout.InfiniteTimeSpan ? 0 : Math.Max(1, (int)Math.Ceiling(connectTimeout.TotalSeconds));
        if (seconds > 0)
        {
            arguments.AddRange(["-o", "ConnectTimeout=" + seconds.ToString(CultureInfo.InvariantCulture)]);
        }

        arguments.Add("-T");
        if (endpoint.SshUser is { } user)
        {
            arguments.AddRange(["-l", user]);
        }

        if (endpoint.Port > 0)
        {
            arguments.AddRange(["-p", endpoint.Port.ToString(CultureInfo.InvariantCulture)]);
        }

        // "--" ends ssh's options, so a host name can never be read as one. What follows is the remote command line.
        arguments.AddRange(["--", endpoint.Address, "docker"]);
        if (endpoint.SshSocketPath is { } socket)
        {
            arguments.AddRange(["--host", "unix://" + socket]);
        }

        arguments.AddRange(["system", "dial-stdio"]);
        return new ShellCommand(settings.Program, arguments)
        {
            // A connection ends by closing ssh's input; when it is dropped instead, ssh gets SIGTERM and, shortly after, SIGKILL.
            GracePeriod = TimeSpan.FromSeconds(2),

            // Once ssh has exited nothing more can arrive: do not wait for the input side to notice.
            OutputDrainTimeout = TimeSpan.FromMilliseconds(200),
            ValidateExitCode = false,
        };
    }
}
