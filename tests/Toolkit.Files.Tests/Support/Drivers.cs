namespace Toolkit.Files.Tests.Support;

/// <summary>Drivers under test: confined with the kernel's openat2 resolver, or with the user-space walk used where openat2 is missing.</summary>
public static class Drivers
{
    public const string Kernel = "openat2";
    public const string Walk = "user-space walk";

    public static TheoryData<string> Resolvers => new() { Kernel, Walk };

    public static FileDriver Confined(string root, string resolver = Kernel) =>
        new(new FileDriverOptions { Root = root }, forceUserSpaceWalk: resolver == Walk);
}
