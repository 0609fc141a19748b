using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Model;

/// <summary>
/// A diagnostic as plain data, so a generator step can carry it through the pipeline and report it in the
/// output step. Create it from a descriptor in <see cref="Diagnostics.Descriptors"/>.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] messageArguments)
        => new(descriptor, LocationInfo.From(location), messageArguments.ToEquatableArray());

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArguments.Items.Cast<object>().ToArray());

    // DiagnosticDescriptor compares by reference-and-content already; the default record equality is enough.
}
