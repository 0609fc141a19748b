namespace Toolkit.Generators.Model;

/// <summary>
/// What a <c>ForAttributeWithMetadataName</c> step hands to an emitter: the parsed interface (or
/// <see langword="null"/> when it must not be generated), the matching attributes, and any diagnostics the
/// generator itself has to report (user errors are reported by the analyzers instead).
/// </summary>
internal sealed record InterfaceTarget
{
    public InterfaceModel? Interface { get; init; }

    /// <summary>The attributes that selected this target (e.g. <c>[GenerateTracking(…)]</c>), with their arguments.</summary>
    public EquatableArray<AttributeModel> Attributes { get; init; } = EquatableArray<AttributeModel>.Empty;

    public EquatableArray<DiagnosticInfo> Diagnostics { get; init; } = EquatableArray<DiagnosticInfo>.Empty;
}
