namespace Toolkit.Generators.Model;

/// <summary>A <c>[GenerateValidation]</c> target: the interface as every output sees it, and its validation rules (null when the interface is skipped).</summary>
internal sealed record ValidationTarget(InterfaceTarget Target, ValidationModel? Validation);
