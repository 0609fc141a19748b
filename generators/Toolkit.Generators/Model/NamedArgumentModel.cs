namespace Toolkit.Generators.Model;

/// <summary>A <c>Name = value</c> argument of an attribute; <see cref="Value"/> is a C# expression.</summary>
internal sealed record NamedArgumentModel(string Name, string Value);
