namespace Toolkit.Generators.Model;

/// <summary>What <c>[Obsolete]</c> says about a member, so generated code can repeat it.</summary>
internal sealed record ObsoleteModel
{
    /// <summary>The message as a C# string literal, or <see langword="null"/> when there is none.</summary>
    public string? MessageLiteral { get; init; }

    /// <summary>Use is a compile error (<c>[Obsolete(message, true)]</c>).</summary>
    public bool IsError { get; init; }

    /// <summary>The attribute to put on generated code that uses the member, without brackets.</summary>
    public string ToAttributeSource()
        => MessageLiteral is null
            ? (IsError ? "global::System.Obsolete(null, true)" : "global::System.Obsolete")
            : (IsError ? "global::System.Obsolete(" + MessageLiteral + ", true)" : "global::System.Obsolete(" + MessageLiteral + ")");
}
