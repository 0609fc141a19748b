using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Toolkit.Generators.Model;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Collects the diagnostic IDs of the <c>[Experimental]</c> APIs that generated code names, so the generated file can
/// suppress exactly those (<see cref="Emitting.FileHeader"/>).
/// </summary>
/// <remarks>
/// The compiler reports every use of an API marked <c>[Experimental("ID")]</c>, or of any API in an assembly or module
/// so marked, as error ID. Generated code names what the interface names: the interface and its containing types, its
/// base interfaces, every member with its accessors, and every type in their signatures (type arguments, array
/// elements, constraint types, a delegate's signature). Each parser adds what its output names beyond that.
/// </remarks>
internal sealed class ExperimentalApis
{
    public const string AttributeNamespace = "System.Diagnostics.CodeAnalysis";
    public const string AttributeName = "ExperimentalAttribute";

    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<ISymbol> _seen = new(SymbolEqualityComparer.Default);

    /// <summary>The IDs found so far, in ordinal order.</summary>
    public EquatableArray<string> Ids => _ids.Count == 0 ? EquatableArray<string>.Empty : _ids.ToEquatableArray();

    /// <summary>A type as generated code writes it: the type, its containing types, type arguments, elements and assembly.</summary>
    public void AddType(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                AddType(array.ElementType);
                break;
            case IPointerTypeSymbol pointer:
                AddType(pointer.PointedAtType);
                break;
            case IFunctionPointerTypeSymbol functionPointer:
                AddSignature(functionPointer.Signature);
                break;
            case INamedTypeSymbol named when _seen.Add(named):
                AddDeclaration(named.OriginalDefinition);
                AddType(named.ContainingType);
                foreach (var argument in named.TypeArguments)
                {
                    AddType(argument);
                }

                // A delegate's signature is written out when the generated code raises or invokes it.
                if (named.DelegateInvokeMethod is { } invoke)
                {
                    AddSignature(invoke);
                }

                break;
        }
    }

    /// <summary>The constraint types of type parameters that generated code declares again.</summary>
    public void AddConstraints(IEnumerable<ITypeParameterSymbol> typeParameters)
    {
        foreach (var typeParameter in typeParameters)
        {
            foreach (var constraint in typeParameter.ConstraintTypes)
            {
                AddType(constraint);
            }
        }
    }

    /// <summary>A member that generated code implements, calls or reads, with its accessors and the types in its signature.</summary>
    public void AddMember(ISymbol member)
    {
        if (!_seen.Add(member))
        {
            return;
        }

        AddDeclaration(member);
        switch (member)
        {
            case IMethodSymbol method:
                AddSignature(method);
                break;
            case IPropertySymbol property:
                AddType(property.Type);
                AddParameters(property.Parameters);
                AddAccessor(property.GetMethod);
                AddAccessor(property.SetMethod);
                break;
            case IEventSymbol @event:
                AddType(@event.Type);
                AddAccessor(@event.AddMethod);
                AddAccessor(@event.RemoveMethod);
                break;
            case IFieldSymbol field:
                AddType(field.Type);
                break;
        }
    }

    /// <summary>An attribute that generated code creates: its class, the constructor, the members its named arguments set, and the types its arguments name.</summary>
    public void AddAttribute(AttributeData attribute)
    {
        AddType(attribute.AttributeClass);
        if (attribute.AttributeConstructor is { } constructor)
        {
            AddMember(constructor);
        }

        foreach (var argument in attribute.ConstructorArguments)
        {
            AddConstant(argument);
        }

        foreach (var named in attribute.NamedArguments)
        {
            foreach (var member in attribute.AttributeClass?.GetMembers(named.Key) ?? ImmutableArray<ISymbol>.Empty)
            {
                AddMember(member);
            }

            AddConstant(named.Value);
        }
    }

    /// <summary>A constant that generated code writes: an enum value's type, the type in a <c>typeof</c>, array items.</summary>
    public void AddConstant(TypedConstant constant)
    {
        switch (constant.Kind)
        {
            case TypedConstantKind.Array when !constant.IsNull:
                foreach (var item in constant.Values)
                {
                    AddConstant(item);
                }

                break;
            case TypedConstantKind.Type:
                AddType(constant.Value as ITypeSymbol);
                break;
            case TypedConstantKind.Enum:
                AddType(constant.Type);
                break;
        }
    }

    private void AddSignature(IMethodSymbol method)
    {
        AddType(method.ReturnType);
        AddParameters(method.Parameters);
        AddConstraints(method.TypeParameters);
    }

    private void AddParameters(IEnumerable<IParameterSymbol> parameters)
    {
        foreach (var parameter in parameters)
        {
            AddType(parameter.Type);
        }
    }

    private void AddAccessor(IMethodSymbol? accessor)
    {
        if (accessor is not null)
        {
            AddDeclaration(accessor);
        }
    }

    /// <summary>The attribute on the symbol itself and on its assembly and module, which mark everything in them.</summary>
    private void AddDeclaration(ISymbol symbol)
    {
        Read(symbol);
        if (symbol.ContainingModule is { } module && _seen.Add(module))
        {
            Read(module);
        }

        if (symbol.ContainingAssembly is { } assembly && _seen.Add(assembly))
        {
            Read(assembly);
        }
    }

    private void Read(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolFacts.IsAttribute(attribute, AttributeNamespace, AttributeName)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string id
                && IsSuppressible(id))
            {
                _ids.Add(id);
            }
        }
    }

    /// <summary>
    /// Whether <c>#pragma warning disable</c> can name <paramref name="id"/>: letters, digits and underscores. Any other ID
    /// cannot be suppressed in source, so it is left out, and the compiler reports the use as it would in hand-written code.
    /// </summary>
    public static bool IsSuppressible(string id)
        => id.Length > 0 && id.All(c => char.IsLetterOrDigit(c) || c == '_');
}
