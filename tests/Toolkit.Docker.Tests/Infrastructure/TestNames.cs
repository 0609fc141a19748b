namespace Toolkit.Docker.Tests;

/// <summary>Names for resources the tests create, all with one prefix so a leak is easy to spot.</summary>
internal static class TestNames
{
    public const string Prefix = "tk-docker-test-";

    public static string Unique(string what) => Prefix + what + "-" + Guid.NewGuid().ToString("N")[..8];
}
