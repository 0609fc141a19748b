using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Toolkit.Generators.Model;

namespace Toolkit.Generators.Parsing;

/// <summary>Turns <see cref="AttributeData"/> into <see cref="AttributeModel"/>s.</summary>
internal static class AttributeParser
{
    public static EquatableArray<AttributeModel> ParseAll(ImmutableArray<AttributeData> attributes, TypeModelFactory types)
    {
        if (attributes.IsDefaultOrEmpty)
        {
            return EquatableArray<AttributeModel>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<AttributeModel>(attributes.Length);
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is { TypeKind: not TypeKind.Error })
            {
                builder.Add(Parse(attribute, types));
            }
        }

        return builder.ToEquatableArray();
    }

    public static AttributeModel Parse(AttributeData attribute, TypeModelFactory types)
    {
        var type = attribute.AttributeClass!;
        var ns = TypeModelFactory.NamespaceName(type.ContainingNamespace);
        return new AttributeModel
        {
            TypeName = types.Display(type),
            MetadataName = (ns.Length == 0 ? "" : ns.Replace("@", "") + ".") + ContainingPrefix(type) + type.MetadataName,
            ConstructorArguments = attribute.ConstructorArguments.Select(a => ConstantFormatter.Format(a, types)).ToEquatableArray(),
            NamedArguments = attribute.NamedArguments
                .Select(a => new NamedArgumentModel(a.Key, ConstantFormatter.Format(a.Value, types)))
                .ToEquatableArray(),
        };
    }

    private static string ContainingPrefix(INamedTypeSymbol type)
    {
        var prefix = "";
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            prefix = containing.MetadataName + "+" + prefix;
        }

        return prefix;
    }
}
