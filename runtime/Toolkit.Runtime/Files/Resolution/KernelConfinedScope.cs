using Microsoft.Win32.SafeHandles;
using Toolkit.Interop;

namespace Toolkit.Files.Resolution;

/// <summary>
/// Confinement enforced by the kernel: openat2(2) with RESOLVE_BENEATH resolves the whole path,
/// symbolic links and ".." included, and fails with EXDEV the moment resolution would leave the root,
/// atomically, so a link swapped in concurrently cannot win a race. Linux 5.6 and later.
/// </summary>
internal sealed class KernelConfinedScope(string root) : ConfinedScope(root)
{
    private const ulong Resolve = AtFlags.ResolveBeneath | AtFlags.ResolveNoMagicLinks;

    protected override int OpenBeneath(SafeFileHandle root, string relative, int flags, uint mode, out SafeFileHandle handle)
    {
        // EAGAIN means a concurrent rename or mount made the kernel unsure that ".." stayed inside; it asks for a retry.
        for (int attempt = 0; ; attempt++)
        {
            int error = Unix.OpenAt2(root, relative, flags, mode, Resolve, out handle);
            switch (error)
            {
                case Errno.EXDEV:
                    return Errno.OutsideRoot;
                case Errno.EAGAIN when attempt < 64:
                    continue;
                default:
                    return error;
            }
        }
    }
}
