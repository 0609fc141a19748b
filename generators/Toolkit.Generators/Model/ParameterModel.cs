namespace Toolkit.Generators.Model;

/// <summary>A parameter of a method, an indexer or an event's delegate.</summary>
internal sealed record ParameterModel
{
    /// <summary>The name as declared (unescaped), e.g. <c>class</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The name to write in code: keywords are escaped (<c>@class</c>).</summary>
    public string EscapedName { get; init; } = "";

    public int Ordinal { get; init; }

    public TypeModel Type { get; init; } = new();

    public ParameterRefKind RefKind { get; init; }

    /// <summary>Declared <c>scoped</c> (only on ref-struct or by-reference parameters).</summary>
    public bool IsScoped { get; init; }

    /// <summary>Declared <c>params</c> (an array or, in C# 13, a collection).</summary>
    public bool IsParams { get; init; }

    /// <summary>The default value as a C# expression (<c>null</c>, <c>default</c>, <c>1.5m</c>, <c>double.NaN</c>,
    /// <c>global::N.Flags.A | global::N.Flags.B</c>, <c>"a\n"</c>…), or <see langword="null"/> when there is none.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>Every attribute on the parameter (nullable-analysis, validation and others).</summary>
    public EquatableArray<AttributeModel> Attributes { get; init; } = EquatableArray<AttributeModel>.Empty;

    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>Marked <c>[Sensitive]</c>: generated messages, records and telemetry show <c>***</c> instead of the value.</summary>
    public bool IsSensitive => Attributes.Any(a => a.MetadataName == Pipeline.AttributeNames.Sensitive);

    /// <summary>The modifier to put before the type in a declaration: <c>ref </c>, <c>out </c>, <c>in </c>, <c>ref readonly </c> or empty.</summary>
    public string DeclarationModifier => RefKind switch
    {
        ParameterRefKind.Ref => "ref ",
        ParameterRefKind.Out => "out ",
        ParameterRefKind.In => "in ",
        ParameterRefKind.RefReadOnly => "ref readonly ",
        _ => "",
    };

    /// <summary>The modifier to put before the argument when passing this parameter on: <c>ref </c>, <c>out </c>, <c>in </c> or empty.</summary>
    public string ArgumentModifier => RefKind switch
    {
        ParameterRefKind.Ref => "ref ",
        ParameterRefKind.Out => "out ",
        ParameterRefKind.In or ParameterRefKind.RefReadOnly => "in ",
        _ => "",
    };

    /// <summary>Whether a value flows in (everything except <c>out</c>).</summary>
    public bool IsInput => RefKind != ParameterRefKind.Out;

    /// <summary>Whether the callee assigns the caller's variable (<c>ref</c> or <c>out</c>).</summary>
    public bool IsOutput => RefKind is ParameterRefKind.Ref or ParameterRefKind.Out;
}
