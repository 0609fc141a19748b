namespace Toolkit.Generators.Emitting.Decorators;

/// <summary>A decorator constructor parameter after <c>inner</c>, e.g. the tracking decorator's <c>sink</c>.</summary>
/// <param name="Type">The parameter type as C#, <c>global::</c>-qualified.</param>
/// <param name="Name">The parameter name.</param>
/// <param name="DefaultValue">The default value as C#, or <see langword="null"/> for a required parameter.</param>
/// <param name="Documentation">The <c>&lt;param&gt;</c> text, already XML-escaped.</param>
internal sealed record DecoratorParameter(string Type, string Name, string? DefaultValue, string Documentation);
