using Toolkit.Interop;

namespace Toolkit.Files.Resolution;

/// <summary>Whether openat2(2) works here: kernels before 5.6 lack it and some seccomp profiles block it.</summary>
internal static class OpenAt2Support
{
    private static readonly Lazy<bool> Probe = new(() =>
    {
        int error = Unix.OpenAt2(Unix.CurrentDirectory, ".", OpenFlags.Path | OpenFlags.Directory, 0, AtFlags.ResolveBeneath, out var handle);
        handle?.Dispose();
        return error == 0;
    });

    public static bool IsAvailable => Probe.Value;
}
