using System.Globalization;
using System.Text.RegularExpressions;
using Toolkit.Docker.Json;
using Toolkit.Docker.Sessions;

namespace Toolkit.Docker.Containers;

/// <summary>
/// Checks a <see cref="ContainerConfig"/> (every error names the field and what is wrong with its value)
/// and turns it into the body of <c>POST /containers/create</c>, with the session's labels stamped on.
/// </summary>
internal static partial class ContainerConfigMapper
{
    private const long MinimumMemoryBytes = 6 * 1024 * 1024;

    public static ContainerCreateWire ToWire(ContainerConfig config, DockerSessionIdentity session)
    {
        Validate(config);
        var resources = config.Resources ?? ContainerResources.Unlimited;
        var security = config.Security ?? ContainerSecurity.Restricted;
        return new ContainerCreateWire
        {
            Image = config.Image,
            Cmd = config.Command is null ? null : [.. config.Command],
            Entrypoint = config.Entrypoint is null ? null : [.. config.Entrypoint],
            Env = ToEnvironmentList(config.Environment),
            WorkingDir = config.WorkingDirectory,
            User = config.User,
            Hostname = config.Hostname,
            Labels = session.Stamp(config.Labels),
            Tty = config.Tty,
            AttachStdout = true,
            AttachStderr = true,
            Healthcheck = config.HealthCheck is { } check ? ToWire(check) : null,
            HostConfig = new HostConfigWire
            {
                NanoCpus = resources.NanoCpus,
                Memory = resources.MemoryBytes,

                // Swap equal to memory means "no swap on top": the limit is the limit.
                MemorySwap = resources.MemoryBytes,
                PidsLimit = resources.PidsLimit,
                ReadonlyRootfs = security.ReadOnlyRootFilesystem,
                SecurityOpt = security.NoNewPrivileges ? ["no-new-privileges:true"] : null,
                CapDrop = security.CapabilityDrop is { Count: > 0 } drop ? [.. drop] : null,
                CapAdd = security.CapabilityAdd is { Count: > 0 } add ? [.. add] : null,
                Mounts = config.Mounts is { Count: > 0 } mounts ? [.. mounts.Select(m => ToWire(m, session))] : null,
                NetworkMode = config.NetworkMode,
                LogConfig = config.LogDriver is { } log ? new LogConfigWire { Type = log.Type, Config = log.Options is null ? null : new Dictionary<string, string>(log.Options) } : null,
                Init = config.Init,
            },
        };
    }

    public static string[]? ToEnvironmentList(IReadOnlyDictionary<string, string>? environment) =>
        environment is null ? null : [.. environment.Select(pair => pair.Key + "=" + pair.Value)];

    public static void ValidateEnvironment(IReadOnlyDictionary<string, string>? environment, string parameter)
    {
        if (environment is null)
        {
            return;
        }

        foreach (var (key, value) in environment)
        {
            if (string.IsNullOrEmpty(key) || key.Contains('=', StringComparison.Ordinal) || key.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException($"{parameter} has the variable name '{key}', which is empty or contains '=' or NUL; names must be non-empty and free of both.", parameter);
            }

            if (value is null)
            {
                throw new ArgumentException($"{parameter}['{key}'] is null; use an empty string for an empty value.", parameter);
            }
        }
    }

    public static void ValidateArguments(IReadOnlyList<string>? arguments, string parameter, bool requireOne)
    {
        if (arguments is null)
        {
            if (requireOne)
            {
                throw new ArgumentNullException(parameter, $"{parameter} is required: give the program and its arguments as a list.");
            }

            return;
        }

        if (requireOne && arguments.Count == 0)
        {
            throw new ArgumentException($"{parameter} is empty; give at least the program to run.", parameter);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is null)
            {
                throw new ArgumentException($"{parameter}[{i}] is null; arguments must be strings (use \"\" for an empty one).", parameter);
            }
        }
    }

    private static void Validate(ContainerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (string.IsNullOrWhiteSpace(config.Image))
        {
            throw new ArgumentException("config.Image is required: name the image to run, such as 'busybox:latest' or an image id.", "config.Image");
        }

        if (config.Name is { } name && !NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"config.Name '{name}' is not a valid container name: use letters, digits, '_', '.' and '-', starting with a letter or digit, at least two characters.", "config.Name");
        }

        ValidateArguments(config.Command, "config.Command", requireOne: false);
        ValidateArguments(config.Entrypoint, "config.Entrypoint", requireOne: false);
        ValidateEnvironment(config.Environment, "config.Environment");
        ValidateLabels(config.Labels, "config.Labels");
        if (config.WorkingDirectory is { } workingDirectory && !workingDirectory.StartsWith('/'))
        {
            throw new ArgumentException($"config.WorkingDirectory '{workingDirectory}' must be an absolute path inside the container.", "config.WorkingDirectory");
        }

        if (config.User is { Length: 0 })
        {
            throw new ArgumentException("config.User is empty; use null for the image's user, or a name or uid[:gid].", "config.User");
        }

        ValidateResources(config.Resources ?? ContainerResources.Unlimited);
        ValidateSecurity(config.Security ?? ContainerSecurity.Restricted);
        if (config.Mounts is { } mounts)
        {
            for (var i = 0; i < mounts.Count; i++)
            {
                ValidateMount(mounts[i], $"config.Mounts[{i}]");
            }
        }

        if (config.HealthCheck is { } check)
        {
            ValidateArguments(check.Command, "config.HealthCheck.Command", requireOne: true);
            ValidateDuration(check.Interval, "config.HealthCheck.Interval");
            ValidateDuration(check.Timeout, "config.HealthCheck.Timeout");
            if (check.StartPeriod < TimeSpan.Zero)
            {
                throw new ArgumentException($"config.HealthCheck.StartPeriod {check.StartPeriod} is negative.", "config.HealthCheck.StartPeriod");
            }

            if (check.Retries < 1)
            {
                throw new ArgumentException($"config.HealthCheck.Retries {check.Retries} must be at least 1.", "config.HealthCheck.Retries");
            }
        }

        if (config.LogDriver is { Type: var logType } && string.IsNullOrWhiteSpace(logType))
        {
            throw new ArgumentException("config.LogDriver.Type is empty; name a log driver such as 'local' or 'json-file'.", "config.LogDriver.Type");
        }
    }

    private static void ValidateLabels(IReadOnlyDictionary<string, string>? labels, string parameter)
    {
        if (labels is null)
        {
            return;
        }

        foreach (var (key, value) in labels)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException($"{parameter} has an empty key.", parameter);
            }

            if (value is null)
            {
                throw new ArgumentException($"{parameter}['{key}'] is null; use an empty string for an empty label.", parameter);
            }
        }
    }

    private static void ValidateResources(ContainerResources resources)
    {
        if (resources.NanoCpus is { } cpus && cpus <= 0)
        {
            throw new ArgumentOutOfRangeException("config.Resources.NanoCpus", cpus, "config.Resources.NanoCpus must be positive: 1000000000 is one CPU.");
        }

        if (resources.MemoryBytes is { } memory && memory < MinimumMemoryBytes)
        {
            throw new ArgumentOutOfRangeException("config.Resources.MemoryBytes", memory, string.Create(CultureInfo.InvariantCulture, $"config.Resources.MemoryBytes {memory} is below the engine's minimum of {MinimumMemoryBytes} bytes (6 MiB)."));
        }

        if (resources.PidsLimit is { } pids && (pids == 0 || pids < -1))
        {
            throw new ArgumentOutOfRangeException("config.Resources.PidsLimit", pids, "config.Resources.PidsLimit must be at least 1, or -1 for unlimited.");
        }
    }

    private static void ValidateSecurity(ContainerSecurity security)
    {
        ValidateCapabilities(security.CapabilityDrop, "config.Security.CapabilityDrop");
        ValidateCapabilities(security.CapabilityAdd, "config.Security.CapabilityAdd");
    }

    private static void ValidateCapabilities(IReadOnlyList<string>? capabilities, string parameter)
    {
        if (capabilities is null)
        {
            throw new ArgumentNullException(parameter, $"{parameter} is null; use an empty list for none.");
        }

        foreach (var capability in capabilities)
        {
            if (capability is null || !CapabilityPattern().IsMatch(capability))
            {
                throw new ArgumentException($"{parameter} has '{capability}', which is not a capability name such as ALL, NET_ADMIN or CAP_CHOWN.", parameter);
            }
        }
    }

    private static void ValidateMount(ContainerMount mount, string parameter)
    {
        if (mount is null)
        {
            throw new ArgumentNullException(parameter, $"{parameter} is null.");
        }

        if (string.IsNullOrEmpty(mount.Target) || !mount.Target.StartsWith('/'))
        {
            throw new ArgumentException($"{parameter}.Target '{mount.Target}' must be an absolute path inside the container.", parameter + ".Target");
        }

        switch (mount.Type)
        {
            case ContainerMountType.Bind when string.IsNullOrEmpty(mount.Source) || !Path.IsPathFullyQualified(mount.Source):
                throw new ArgumentException($"{parameter}.Source '{mount.Source}' must be an absolute host path for a bind mount.", parameter + ".Source");
            case ContainerMountType.Tmpfs when mount.Source is not null:
                throw new ArgumentException($"{parameter}.Source must be null for a tmpfs mount (it has no source).", parameter + ".Source");
            case ContainerMountType.Volume when mount.Source is { } volume && !VolumeNamePattern().IsMatch(volume):
                throw new ArgumentException($"{parameter}.Source '{volume}' is not a valid volume name: letters, digits, '_', '.' and '-', at least two characters.", parameter + ".Source");
            case not (ContainerMountType.Bind or ContainerMountType.Volume or ContainerMountType.Tmpfs):
                throw new ArgumentException($"{parameter}.Type {mount.Type} is not a mount type.", parameter + ".Type");
        }

        if (mount.TmpfsSizeBytes is { } size && (size <= 0 || mount.Type != ContainerMountType.Tmpfs))
        {
            throw new ArgumentException($"{parameter}.TmpfsSizeBytes {size} must be positive and is only valid for tmpfs mounts.", parameter + ".TmpfsSizeBytes");
        }

        if (mount.TmpfsMode is { } mode && (mode is < 0 or > 4095 || mount.Type != ContainerMountType.Tmpfs))
        {
            throw new ArgumentException($"{parameter}.TmpfsMode {mode} must be between 0 and 4095 (octal 7777) and is only valid for tmpfs mounts.", parameter + ".TmpfsMode");
        }
    }

    private static void ValidateDuration(TimeSpan value, string parameter)
    {
        if (value != TimeSpan.Zero && value < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{parameter} must be 0 (the engine default) or at least 1 ms.");
        }
    }

    private static HealthConfigWire ToWire(ContainerHealthCheck check) => new()
    {
        Test = ["CMD", .. check.Command],
        Interval = ToNanoseconds(check.Interval),
        Timeout = ToNanoseconds(check.Timeout),
        Retries = check.Retries,
        StartPeriod = ToNanoseconds(check.StartPeriod),
    };

    private static MountWire ToWire(ContainerMount mount, DockerSessionIdentity session) => mount.Type switch
    {
        ContainerMountType.Bind => new MountWire { Type = "bind", Source = mount.Source, Target = mount.Target, ReadOnly = mount.ReadOnly },

        // A named volume the engine creates for this mount gets the session's labels, so it is cleaned up with the session.
        ContainerMountType.Volume => new MountWire { Type = "volume", Source = mount.Source, Target = mount.Target, ReadOnly = mount.ReadOnly, VolumeOptions = new VolumeOptionsWire { Labels = session.Stamp(null) } },
        _ => new MountWire { Type = "tmpfs", Target = mount.Target, ReadOnly = mount.ReadOnly, TmpfsOptions = mount.TmpfsSizeBytes is null && mount.TmpfsMode is null ? null : new TmpfsOptionsWire { SizeBytes = mount.TmpfsSizeBytes, Mode = mount.TmpfsMode } },
    };

    private static long ToNanoseconds(TimeSpan value) => value.Ticks * 100;

    [GeneratedRegex("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex VolumeNamePattern();

    [GeneratedRegex("^[A-Za-z_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CapabilityPattern();
}
