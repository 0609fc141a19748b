using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>Rejects one value. Repeatable but with the default TypeId: TypeDescriptor keeps one instance per member.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = true)]
public sealed class ForbidAttribute(string word) : ValidationAttribute
{
    public string Word { get; } = word;

    public override bool IsValid(object? value) => !Equals(value, Word);

    public override string FormatErrorMessage(string name) => $"{name} must not be '{Word}'.";
}

/// <summary>
/// An object-level rule for classes, structs and interfaces: fails when the object's property <see cref="Property"/>
/// holds <see cref="Value"/>, naming <see cref="Members"/>. Repeatable and distinct per instance (TypeId overridden).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true)]
public sealed class RejectsAttribute(string property, object? value, params string[] members) : ValidationAttribute
{
    public string Property { get; } = property;

    public object? Value { get; } = value;

    public string[] Members { get; } = members;

    public override object TypeId => this;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
        => Equals(ObjectProperty.Read(value, Property), Value)
            ? new ValidationResult($"{validationContext.DisplayName} ({validationContext.ObjectType.Name}) rejects {Property} = {Value}.", Members)
            : ValidationResult.Success;
}

/// <summary>The same object-level rule with the default TypeId: of several on one type (or its bases) TypeDescriptor keeps the first.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true)]
public sealed class RejectsOnceAttribute(string property, object? value) : ValidationAttribute
{
    public string Property { get; } = property;

    public object? Value { get; } = value;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
        => Equals(ObjectProperty.Read(value, Property), Value)
            ? new ValidationResult($"{validationContext.DisplayName} rejects {Property} = {Value} once.")
            : ValidationResult.Success;
}

/// <summary>On a class (an object-level rule) and on properties of that class's type (a member rule): rejects a <see cref="Stamp"/> with one code.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true)]
public sealed class CodeNotAttribute(string code) : ValidationAttribute
{
    public string Code { get; } = code;

    public override bool IsValid(object? value) => value is not Stamp stamp || stamp.Code != Code;

    public override string FormatErrorMessage(string name) => $"{name} must not have the code '{Code}'.";
}

/// <summary>Another member rule on <see cref="Stamp"/>, to show where the rule above lands in the order.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StampCheckAttribute(string code) : ValidationAttribute
{
    public string Code { get; } = code;

    public override bool IsValid(object? value) => value is not Stamp stamp || stamp.Code != Code;

    public override string FormatErrorMessage(string name) => $"{name} fails the stamp check for '{Code}'.";
}

/// <summary>Returns member names that are paths of their own: an index, an empty name, none.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OddNamesAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) => value switch
    {
        "a" => new ValidationResult("names an index", ["[1]"]),
        "ab" => new ValidationResult("names empty and null", ["", null!]),
        "abc" => new ValidationResult(string.Empty, ["[0]", validationContext.MemberName!]),
        "x" => new ValidationResult("names nothing"),
        _ => ValidationResult.Success,
    };
}

/// <summary>Asks for a validation context but decides in <c>IsValid(object)</c> alone, with its own message.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ContextDemandingAttribute : ValidationAttribute
{
    public override bool RequiresValidationContext => true;

    public override bool IsValid(object? value) => value is not "abc";

    public override string FormatErrorMessage(string name) => $"{name} must not be abc (with a context).";
}

/// <summary>Reads a property by name the way a rule author would (the first one found, most derived first).</summary>
internal static class ObjectProperty
{
    public static object? Read(object? instance, string name)
        => instance?.GetType().GetProperties().First(p => p.Name == name).GetValue(instance);
}
