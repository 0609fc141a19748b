namespace Toolkit.Files.Tests.Support;

/// <summary>Drivers under test: confined with the kernel's openat2 resolver, or with the user-space walk used where openat2 is missing.</summary>
public static class Drivers
{
    public const string Kernel = "openat2";
    public const string Walk = "user-space walk";

    public static TheoryData<string> Resolvers => new() { Kernel, Walk };

    public const string AnonymousTemp = "O_TMPFILE";
    public const string NamedTemp = "named temporary file";

    /// <summary>The two ways an atomic write stages its content: an anonymous O_TMPFILE, or the named file used where O_TMPFILE is missing.</summary>
    public static TheoryData<string> TempFileKinds => new() { AnonymousTemp, NamedTemp };

    public static FileDriver Confined(string root, string resolver = Kernel) =>
        new(new FileDriverOptions { Root = root }, forceUserSpaceWalk: resolver == Walk);

    public static FileDriver WithTempFiles(string root, string tempFileKind) =>
        new(new FileDriverOptions { Root = root }, forceUserSpaceWalk: false) { NamedTempFiles = tempFileKind == NamedTemp };
}
