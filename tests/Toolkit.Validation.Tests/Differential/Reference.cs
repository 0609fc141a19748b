using System.Reflection;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>Trim-annotated entry points to <see cref="ReferenceValidator"/>, so test code stays free of IL2026 noise.</summary>
internal static class Reference
{
#pragma warning disable IL2026 // The reference is DataAnnotations' reflection-based Validator by design; tests are never trimmed.
    public static List<(string Path, string Message)> Object(object instance, string path)
        => ReferenceValidator.ValidateObject(instance, path);

    public static List<(string Path, string Message)> Parameter(object? value, ParameterInfo parameter)
        => ReferenceValidator.ValidateParameter(value, parameter);
#pragma warning restore IL2026
}
