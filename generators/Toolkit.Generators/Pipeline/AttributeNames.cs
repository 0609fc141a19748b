namespace Toolkit.Generators.Pipeline;

/// <summary>Metadata names of the attributes in Toolkit.Abstractions that select generator targets.</summary>
internal static class AttributeNames
{
    public const string GenerateMock = "Toolkit.GenerateMockAttribute";
    public const string GenerateTracking = "Toolkit.GenerateTrackingAttribute";
    public const string GenerateValidation = "Toolkit.GenerateValidationAttribute";
    public const string GenerateRegistration = "Toolkit.GenerateRegistrationAttribute";

    /// <summary>Redaction: a value tracking, validation and mock messages never show.</summary>
    public const string Sensitive = "Toolkit.SensitiveAttribute";

    /// <summary>Every attribute that requires a partial interface (TK0001–TK0006 apply to all of them).</summary>
    public static readonly string[] All = { GenerateMock, GenerateTracking, GenerateValidation, GenerateRegistration };

    /// <summary>The name as users write it: <c>Toolkit.GenerateMockAttribute</c> → <c>GenerateMock</c>.</summary>
    public static string ShortName(string metadataName)
    {
        var name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
