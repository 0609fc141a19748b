using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Reads an interface symbol into an <see cref="InterfaceModel"/>: the only place besides the analyzers that
/// looks at symbols. It never throws for well-formed symbols; callers validate user errors first (see
/// <see cref="Analyzers.InterfaceRules"/>) and wrap the call to turn surprises into a TK0049 diagnostic.
/// </summary>
internal sealed class InterfaceParser
{
    private static readonly SymbolDisplayFormat DisplayNameFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat MemberSignatureFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeContainingType
            | SymbolDisplayMemberOptions.IncludeRef,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType
            | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        propertyStyle: SymbolDisplayPropertyStyle.NameOnly,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly INamedTypeSymbol _target;
    private readonly TypeModelFactory _types = new();
    private readonly ExperimentalApis _experimental = new();
    private readonly CancellationToken _cancellationToken;

    private InterfaceParser(INamedTypeSymbol target, CancellationToken cancellationToken)
    {
        _target = target;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads <paramref name="symbol"/>; a constructed generic (<c>IRepo&lt;int&gt;</c>) is read as its definition.</summary>
    public static InterfaceModel Parse(INamedTypeSymbol symbol, CancellationToken cancellationToken)
        => new InterfaceParser(symbol.OriginalDefinition, cancellationToken).Parse();

    /// <summary>A readable name for messages: <c>IRepo&lt;T&gt;</c>, <c>Outer.IInner</c>.</summary>
    public static string DisplayName(ISymbol symbol) => symbol.ToDisplayString(DisplayNameFormat);

    /// <summary>A readable member signature for messages: <c>IShellDriver.Run(string command)</c>.</summary>
    public static string MemberDisplay(ISymbol member) => member.ToDisplayString(MemberSignatureFormat);

    private InterfaceModel Parse()
    {
        var containingTypes = new List<INamedTypeSymbol>();
        for (var containing = _target.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            containingTypes.Insert(0, containing);
        }

        var containingTypeParameters = containingTypes.SelectMany(t => t.TypeParameters).Select(p => CreateTypeParameter(p, null)).ToEquatableArray();
        var typeParameters = _target.TypeParameters.Select(p => CreateTypeParameter(p, null)).ToEquatableArray();
        var members = ParseMembers(containingTypeParameters.Concat(typeParameters).Select(p => p.Name));

        // Generated code names the interface (with its containing types), its base interfaces and the constraints it
        // repeats; members add their own as they are read.
        _experimental.AddType(_target);
        foreach (var baseInterface in _target.AllInterfaces)
        {
            _experimental.AddType(baseInterface);
        }

        _experimental.AddConstraints(containingTypes.SelectMany(t => t.TypeParameters).Concat(_target.TypeParameters));

        return new InterfaceModel
        {
            Name = _target.Name,
            Namespace = TypeModelFactory.NamespaceName(_target.ContainingNamespace),
            ContainingTypeNames = containingTypes.Select(t => t.Name).ToEquatableArray(),
            ContainingTypeParameters = containingTypeParameters,
            FullyQualifiedName = _types.Display(_target),
            MetadataName = MetadataNameOf(_target),
            DisplayName = DisplayName(_target),
            IsPublic = SymbolFacts.EffectiveAccessibility(_target) == Accessibility.Public,
            IsInSource = _target.Locations.Any(l => l.IsInSource),
            TypeParameters = typeParameters,
            Members = members,
            BaseInterfaces = _target.AllInterfaces.Select(i => _types.Display(i)).ToEquatableArray(),
            Obsolete = CreateObsolete(_target),
            RequiresUnsafe = members.Any(m => m.RequiresUnsafe),
            HasStaticMembers = members.Any(m => m.IsStatic),
            Attributes = AttributeParser.ParseAll(_target.GetAttributes(), _types),
            ExperimentalDiagnosticIds = _experimental.Ids,
        };
    }

    /// <summary>The metadata name with namespace, e.g. <c>N.IRepo`1</c>, nested types joined with <c>+</c> (<see cref="InterfaceModel.MetadataName"/>).</summary>
    public static string MetadataNameOf(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            name = containing.MetadataName + "+" + name;
        }

        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }

    private EquatableArray<MemberModel> ParseMembers(IEnumerable<string> classTypeParameterNames)
    {
        var takenTypeParameterNames = new HashSet<string>(classTypeParameterNames, StringComparer.Ordinal);
        var members = new List<MemberModel>();
        var interfaces = new List<INamedTypeSymbol> { _target };
        interfaces.AddRange(_target.AllInterfaces);

        foreach (var declaring in interfaces)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var isTarget = SymbolEqualityComparer.Default.Equals(declaring, _target);
            foreach (var member in declaring.GetMembers())
            {
                var index = members.Count;
                var model = member switch
                {
                    IMethodSymbol method when IsImplementableMethod(method) => CreateMethod(method, declaring, isTarget, takenTypeParameterNames, index),
                    IPropertySymbol property when IsImplementable(property) => CreateProperty(property, declaring, isTarget, index),
                    IEventSymbol @event when IsImplementable(@event) => CreateEvent(@event, declaring, isTarget, index),
                    _ => (MemberModel?)null,
                };

                if (model is not null)
                {
                    members.Add(model);
                    _experimental.AddMember(member);
                }
            }
        }

        return MarkExplicitImplementations(members).ToEquatableArray();
    }

    private static bool IsImplementableMethod(IMethodSymbol method)
        => method.MethodKind is MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion
            && IsImplementable(method);

    // Instance members all count (abstract ones must be implemented, default ones may be); of static members only
    // the abstract ones matter, because a class cannot inherit an implementation for them.
    private static bool IsImplementable(ISymbol member)
        => !member.IsStatic ? member.IsAbstract || member.IsVirtual : member.IsAbstract;

    private MethodModel CreateMethod(IMethodSymbol method, INamedTypeSymbol declaring, bool isTarget, HashSet<string> takenTypeParameterNames, int index)
    {
        // Method type parameters are written with names that cannot clash with the generated class's own type
        // parameters (an inherited IQueryProvider.Execute<TResult> inside a mock of IRepo<TResult>, say).
        var methodTaken = new HashSet<string>(takenTypeParameterNames, StringComparer.Ordinal);
        foreach (var typeParameter in method.TypeParameters)
        {
            var name = Identifiers.Escape(typeParameter.Name);
            if (methodTaken.Contains(name))
            {
                _types.Rename(typeParameter, Identifiers.Unique(name, methodTaken));
            }
            else
            {
                methodTaken.Add(name);
            }
        }

        var annotatedTypeParameters = new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default);
        CollectAnnotatedTypeParameters(method.ReturnType, annotatedTypeParameters);
        foreach (var parameter in method.Parameters)
        {
            CollectAnnotatedTypeParameters(parameter.Type, annotatedTypeParameters);
        }

        var parameters = CreateParameters(method.Parameters);
        var returnType = _types.Create(method.ReturnType);
        return new MethodModel
        {
            Index = index,
            Name = method.Name,
            EscapedName = Identifiers.Escape(method.Name),
            DeclaringInterface = _types.Create(declaring),
            DeclaringInterfaceName = declaring.Name,
            IsDeclaredOnTarget = isTarget,
            IsStatic = method.IsStatic,
            HasDefaultImplementation = HasDefaultImplementation(method),
            RequiresUnsafe = (returnType.Traits & TypeTraits.Pointer) != 0 || parameters.Any(p => (p.Type.Traits & TypeTraits.Pointer) != 0),
            Obsolete = CreateObsolete(method) ?? CreateObsolete(declaring),
            UsesObsoleteTypes = (returnType.Traits & TypeTraits.Obsolete) != 0 || parameters.Any(p => (p.Type.Traits & TypeTraits.Obsolete) != 0),
            Attributes = AttributeParser.ParseAll(method.GetAttributes(), _types),
            DisplaySignature = MemberDisplay(method),
            ReturnType = returnType,
            ReturnRefKind = ToReturnRefKind(method.RefKind),
            Parameters = parameters,
            TypeParameters = method.TypeParameters.Select(p => CreateTypeParameter(p, annotatedTypeParameters)).ToEquatableArray(),
            ReturnAttributes = AttributeParser.ParseAll(method.GetReturnTypeAttributes(), _types),
            IsVarArgs = method.IsVararg,
        };
    }

    private PropertyModel CreateProperty(IPropertySymbol property, INamedTypeSymbol declaring, bool isTarget, int index)
    {
        var type = _types.Create(property.Type);
        var parameters = CreateParameters(property.Parameters);
        return new PropertyModel
        {
            Index = index,
            Name = property.Name,
            EscapedName = property.IsIndexer ? "this" : Identifiers.Escape(property.Name),
            DeclaringInterface = _types.Create(declaring),
            DeclaringInterfaceName = declaring.Name,
            IsDeclaredOnTarget = isTarget,
            IsStatic = property.IsStatic,
            HasDefaultImplementation = HasDefaultImplementation(property),
            RequiresUnsafe = (type.Traits & TypeTraits.Pointer) != 0 || parameters.Any(p => (p.Type.Traits & TypeTraits.Pointer) != 0),
            Obsolete = CreateObsolete(property) ?? CreateObsolete(declaring),
            UsesObsoleteTypes = (type.Traits & TypeTraits.Obsolete) != 0 || parameters.Any(p => (p.Type.Traits & TypeTraits.Obsolete) != 0),
            Attributes = AttributeParser.ParseAll(property.GetAttributes(), _types),
            DisplaySignature = MemberDisplay(property),
            Type = type,
            RefKind = ToReturnRefKind(property.RefKind),
            IsIndexer = property.IsIndexer,
            IsIndexedProperty = !property.IsIndexer && !property.Parameters.IsEmpty,
            Parameters = parameters,
            Getter = property.GetMethod is { } getter ? CreateAccessor(getter) : null,
            Setter = property.SetMethod is { } setter ? CreateAccessor(setter) : null,
        };
    }

    private EventModel CreateEvent(IEventSymbol @event, INamedTypeSymbol declaring, bool isTarget, int index)
    {
        var type = _types.Create(@event.Type);
        var invoke = (@event.Type as INamedTypeSymbol)?.DelegateInvokeMethod;
        return new EventModel
        {
            Index = index,
            Name = @event.Name,
            EscapedName = Identifiers.Escape(@event.Name),
            DeclaringInterface = _types.Create(declaring),
            DeclaringInterfaceName = declaring.Name,
            IsDeclaredOnTarget = isTarget,
            IsStatic = @event.IsStatic,
            HasDefaultImplementation = HasDefaultImplementation(@event),
            RequiresUnsafe = (type.Traits & TypeTraits.Pointer) != 0,
            Obsolete = CreateObsolete(@event) ?? CreateObsolete(declaring),
            UsesObsoleteTypes = (type.Traits & TypeTraits.Obsolete) != 0,
            Attributes = AttributeParser.ParseAll(@event.GetAttributes(), _types),
            DisplaySignature = MemberDisplay(@event),
            Type = type,
            InvokeParameters = invoke is null ? EquatableArray<ParameterModel>.Empty : CreateParameters(invoke.Parameters),
            InvokeReturnType = invoke is null ? _types.Create(@event.Type) : _types.Create(invoke.ReturnType),
            Adder = @event.AddMethod is { } add ? CreateAccessor(add) : new AccessorModel(),
            Remover = @event.RemoveMethod is { } remove ? CreateAccessor(remove) : new AccessorModel(),
        };
    }

    private AccessorModel CreateAccessor(IMethodSymbol accessor) => new()
    {
        MethodName = accessor.Name,
        IsInit = accessor.IsInitOnly,
        HasDefaultImplementation = HasDefaultImplementation(accessor),
        Attributes = AttributeParser.ParseAll(accessor.GetAttributes(), _types),
        ValueAttributes = accessor.MethodKind is MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove && accessor.Parameters.Length > 0
            ? AttributeParser.ParseAll(accessor.Parameters[accessor.Parameters.Length - 1].GetAttributes(), _types)
            : EquatableArray<AttributeModel>.Empty,
        ReturnAttributes = accessor.MethodKind == MethodKind.PropertyGet
            ? AttributeParser.ParseAll(accessor.GetReturnTypeAttributes(), _types)
            : EquatableArray<AttributeModel>.Empty,
    };

    // The most specific implementation decides: a body in this or a more derived interface makes the member a
    // default interface member; none (or a re-abstraction) means every implementation must provide it.
    private bool HasDefaultImplementation(ISymbol member)
    {
        if (member.IsStatic)
        {
            return !member.IsAbstract;
        }

        var implementation = _target.FindImplementationForInterfaceMember(member);
        return implementation is { IsAbstract: false };
    }

    private EquatableArray<ParameterModel> CreateParameters(ImmutableArray<IParameterSymbol> parameters)
    {
        if (parameters.IsDefaultOrEmpty)
        {
            return EquatableArray<ParameterModel>.Empty;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<ParameterModel>(parameters.Length);
        foreach (var parameter in parameters)
        {
            // Metadata may carry unnamed or repeated parameter names; C# needs distinct identifiers.
            var name = parameter.Name.Length == 0 ? "arg" + (parameter.Ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : parameter.Name;
            name = Identifiers.Unique(name, taken);
            builder.Add(new ParameterModel
            {
                Name = name,
                EscapedName = Identifiers.Escape(name),
                Ordinal = parameter.Ordinal,
                Type = _types.Create(parameter.Type),
                RefKind = ToParameterRefKind(parameter.RefKind),
                IsScoped = parameter.ScopedKind != ScopedKind.None && parameter.RefKind != RefKind.Out,
                IsParams = parameter.IsParams,
                DefaultValue = ConstantFormatter.FormatDefaultValue(parameter, _types),
                Attributes = AttributeParser.ParseAll(parameter.GetAttributes(), _types),
            });
        }

        return builder.ToEquatableArray();
    }

    private TypeParameterModel CreateTypeParameter(ITypeParameterSymbol typeParameter, HashSet<ITypeParameterSymbol>? annotatedInSignature)
    {
        var name = _types.NameOf(typeParameter);
        var allowsRefLike = TypeModelFactory.AllowsRefLikeType(typeParameter);
        var constraintTypes = typeParameter.ConstraintTypes.Select(_types.Create).ToEquatableArray();
        var parts = new List<string>();
        if (typeParameter.HasReferenceTypeConstraint)
        {
            parts.Add(typeParameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
        }
        else if (typeParameter.HasUnmanagedTypeConstraint)
        {
            parts.Add("unmanaged");
        }
        else if (typeParameter.HasValueTypeConstraint)
        {
            parts.Add("struct");
        }
        else if (typeParameter.HasNotNullConstraint)
        {
            parts.Add("notnull");
        }

        parts.AddRange(constraintTypes.Select(t => t.Name));
        if (typeParameter.HasConstructorConstraint && !typeParameter.HasValueTypeConstraint)
        {
            parts.Add("new()");
        }

        if (allowsRefLike)
        {
            parts.Add("allows ref struct");
        }

        var explicitClause = "";
        if (annotatedInSignature is not null && annotatedInSignature.Contains(typeParameter))
        {
            explicitClause = typeParameter.IsReferenceType
                ? "where " + name + " : class"
                : typeParameter.IsValueType ? "" : "where " + name + " : default";
        }

        return new TypeParameterModel
        {
            Name = name,
            OriginalName = typeParameter.Name,
            Ordinal = typeParameter.Ordinal,
            Variance = typeParameter.Variance switch
            {
                VarianceKind.In => "in",
                VarianceKind.Out => "out",
                _ => "",
            },
            HasReferenceTypeConstraint = typeParameter.HasReferenceTypeConstraint,
            ReferenceTypeConstraintIsNullable = typeParameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated,
            HasValueTypeConstraint = typeParameter.HasValueTypeConstraint,
            HasUnmanagedTypeConstraint = typeParameter.HasUnmanagedTypeConstraint,
            HasNotNullConstraint = typeParameter.HasNotNullConstraint,
            HasConstructorConstraint = typeParameter.HasConstructorConstraint,
            AllowsRefLikeType = allowsRefLike,
            ConstraintTypes = constraintTypes,
            IsReferenceType = typeParameter.IsReferenceType,
            IsValueType = typeParameter.IsValueType,
            ConstraintClause = parts.Count == 0 ? "" : "where " + name + " : " + string.Join(", ", parts),
            ExplicitImplementationConstraintClause = explicitClause,
        };
    }

    private static void CollectAnnotatedTypeParameters(ITypeSymbol type, HashSet<ITypeParameterSymbol> found)
    {
        switch (type)
        {
            case ITypeParameterSymbol typeParameter when type.NullableAnnotation == NullableAnnotation.Annotated:
                found.Add(typeParameter);
                break;
            case IArrayTypeSymbol array:
                CollectAnnotatedTypeParameters(array.ElementType, found);
                break;
            case IPointerTypeSymbol pointer:
                CollectAnnotatedTypeParameters(pointer.PointedAtType, found);
                break;
            case INamedTypeSymbol named:
                foreach (var argument in named.TypeArguments)
                {
                    CollectAnnotatedTypeParameters(argument, found);
                }

                if (named.ContainingType is { } containing)
                {
                    CollectAnnotatedTypeParameters(containing, found);
                }

                break;
        }
    }

    private ObsoleteModel? CreateObsolete(ISymbol symbol)
    {
        var attribute = SymbolFacts.GetObsoleteAttribute(symbol);
        if (attribute is null)
        {
            return null;
        }

        var arguments = attribute.ConstructorArguments;
        var message = arguments.Length > 0 && arguments[0].Value is string text ? ConstantFormatter.FormatPrimitive(text) : null;
        var isError = arguments.Length > 1 && arguments[1].Value is true;
        return new ObsoleteModel { MessageLiteral = message, IsError = isError };
    }

    /// <summary>
    /// Marks members that cannot all be public members of one class: same name with different member kinds,
    /// two properties or events with one name, or methods and indexers with the same parameter types.
    /// </summary>
    private static IEnumerable<MemberModel> MarkExplicitImplementations(List<MemberModel> members)
    {
        var seen = new Dictionary<string, List<MemberModel>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (member.IsStatic)
            {
                yield return member;
                continue;
            }

            if (!seen.TryGetValue(member.Name, out var sameName))
            {
                seen[member.Name] = sameName = new List<MemberModel>();
            }

            var clashes = sameName.Any(existing => Clash(existing, member));
            sameName.Add(member);
            yield return clashes ? member with { RequiresExplicitImplementation = true } : member;
        }
    }

    private static bool Clash(MemberModel existing, MemberModel candidate) => (existing, candidate) switch
    {
        (MethodModel a, MethodModel b) => OverloadKey(a.Parameters, a.TypeParameters.Count) == OverloadKey(b.Parameters, b.TypeParameters.Count),
        (PropertyModel { IsIndexer: true } a, PropertyModel { IsIndexer: true } b) => OverloadKey(a.Parameters, 0) == OverloadKey(b.Parameters, 0),
        _ => true,
    };

    // C# cannot overload on ref versus out versus in, and method type parameters are positional.
    private static string OverloadKey(EquatableArray<ParameterModel> parameters, int arity)
    {
        var builder = new StringBuilder();
        builder.Append('`').Append(arity).Append('(');
        foreach (var parameter in parameters)
        {
            builder.Append(parameter.RefKind == ParameterRefKind.None ? "" : "&").Append(parameter.Type.NonNullableName).Append(',');
        }

        return builder.Append(')').ToString();
    }

    private static ParameterRefKind ToParameterRefKind(RefKind refKind) => refKind switch
    {
        RefKind.Ref => ParameterRefKind.Ref,
        RefKind.Out => ParameterRefKind.Out,
        RefKind.In => ParameterRefKind.In,
        RefKind.RefReadOnlyParameter => ParameterRefKind.RefReadOnly,
        _ => ParameterRefKind.None,
    };

    private static ReturnRefKind ToReturnRefKind(RefKind refKind) => refKind switch
    {
        RefKind.Ref => ReturnRefKind.Ref,
        RefKind.RefReadOnly => ReturnRefKind.RefReadOnly,
        _ => ReturnRefKind.None,
    };
}
