
namespace Toolkit.Validation.Tests.Samples;

/// <summary>Seeded random sample configs mixing valid and invalid values for every member, so every rule is hit both ways.</summary>
internal static class SampleInputs
{
    private static readonly string?[] Names = [null, "", "   ", "a", "ab", "web-1", new string('n', 63), new string('n', 64)];
    private static readonly string?[] Images = [null, "", " ", "nginx:1.27", new string('i', 200), new string('i', 201)];
    private static readonly string?[] Hostnames = [null, "", "web", "web-1", "-web", "Web", "a", "web_1", "a-", "x1-2-y"];
    private static readonly double[] Cpus = [0.1, 1, 64, 0.09999, 64.0001, double.NaN, double.PositiveInfinity, -1, 0];
    private static readonly string[] Policies = ["no", "always", "on-failure", "unless-stopped", "never", "", "Always"];
    private static readonly string?[] Users = [null, "", "root", "0", "app", "ROOT"];
    private static readonly string?[] Auth = [null, "", "dXNlcjpwYXNz", "not base64!", "YQ==", "YQ", " YQ== "];
    private static readonly string?[] Networks = [null, "bridge", "web-1", "ab", new string('x', 33)];
    private static readonly int[] Memory = [4, 3, 512, 1_048_576, 1_048_577, -1, int.MinValue];
    private static readonly int?[] Reservations = [null, 0, -1, 256, 1024, 1_048_577];
    private static readonly TimeSpan[] Timeouts = [TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(999), TimeSpan.FromHours(1), TimeSpan.FromHours(1).Add(TimeSpan.FromTicks(1)), TimeSpan.Zero];
    private static readonly decimal[] Percents = [0.5m, 0.50001m, 100m, 100.0001m, 0m, 50m];
    private static readonly int[] Ports = [1, 0, 80, 65535, 65536, -5];
    private static readonly string[] Protocols = ["tcp", "udp", "sctp", "TCP", "icmp"];

    public static ContainerConfig Config(Random random)
    {
        var valid = Valid();
        var portCount = random.Next(4) == 0 ? random.Next(0, 11) : random.Next(0, 3);
        var ports = new List<PortMapping>(portCount);
        for (var i = 0; i < portCount; i++)
        {
            ports.Add(random.Next(20) == 0 ? null! : Port(random));
        }

        return new ContainerConfig
        {
            Name = Pick(random, Names, valid.Name),
            Image = Pick(random, Images, valid.Image),
            Hostname = Pick(random, Hostnames, valid.Hostname),
            Cpus = Pick(random, Cpus, valid.Cpus),
            RestartPolicy = Pick(random, Policies, valid.RestartPolicy),
            User = Pick(random, Users, valid.User),
            RegistryAuth = Pick(random, Auth, valid.RegistryAuth),
            Network = Pick(random, Networks, valid.Network),
            Ports = random.Next(3) == 0 ? ports.ToArray() : ports,
            Resources = random.Next(20) == 0 ? null : new ResourceLimits
            {
                MemoryMb = Pick(random, Memory, 512),
                MemoryReservationMb = Pick(random, Reservations, 256),
                StopTimeout = Pick(random, Timeouts, TimeSpan.FromSeconds(10)),
                CpuPercent = Pick(random, Percents, 50m),
            },
        };
    }

    public static PortMapping Port(Random random)
        => new() { ContainerPort = Pick(random, Ports, 80), HostPort = Pick(random, Ports, 8080), Protocol = Pick(random, Protocols, "tcp") };

    /// <summary>A config every rule accepts.</summary>
    public static ContainerConfig Valid() => new()
    {
        Name = "web-1",
        Image = "nginx:1.27",
        Hostname = "web-1",
        Cpus = 2,
        RestartPolicy = "always",
        User = "app",
        RegistryAuth = "dXNlcjpwYXNz",
        Network = "bridge",
        Ports = [new PortMapping { ContainerPort = 80, HostPort = 8080, Protocol = "tcp" }],
        Resources = new ResourceLimits { MemoryMb = 512, MemoryReservationMb = 256 },
    };

    private static T Pick<T>(Random random, T[] values, T usual) => random.Next(100) < 88 ? usual : values[random.Next(values.Length)];
}
