using System.Reflection;

namespace Toolkit.Generators.Emitting;

/// <summary>What every generated type is marked with; every file starts with <see cref="FileHeader"/>.</summary>
internal static class GeneratedCode
{
    public const string ToolName = "Toolkit.Generators";

    /// <summary>The generator's version, as written into <c>[GeneratedCode]</c>.</summary>
    public static readonly string ToolVersion =
        typeof(GeneratedCode).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
        ?? typeof(GeneratedCode).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>The attribute to put on generated types, without brackets.</summary>
    public static readonly string Attribute =
        "global::System.CodeDom.Compiler.GeneratedCode(\"" + ToolName + "\", \"" + ToolVersion + "\")";
}
