namespace Toolkit.Registration;

/// <summary>
/// Which generated decorators a registration wraps around the implementation. The order is fixed whatever is
/// chosen: validation outermost, then tracking, then the implementation. A decorator the interface does not
/// declare (no <see cref="GenerateValidationAttribute"/>, say) is never added, whatever the flags.
/// </summary>
[Flags]
public enum DriverDecorators
{
    /// <summary>The implementation alone.</summary>
    None = 0,

    /// <summary>The validating decorator (from <see cref="GenerateValidationAttribute"/>).</summary>
    Validation = 1,

    /// <summary>The tracking decorator (from <see cref="GenerateTrackingAttribute"/>).</summary>
    Tracking = 2,

    /// <summary>Every decorator the interface declares. The default.</summary>
    All = Validation | Tracking,
}
