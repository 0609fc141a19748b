using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Reads a <c>[DriverImplementation]</c> class: checks that the generator can extend it, picks its constructor with
/// the documented rule, and decides how each parameter is resolved. The analyzer reports the problems it finds;
/// the generator emits only when there are none.
/// </summary>
/// <remarks>
/// Constructor rule (compile time, deterministic): among public constructors, the one marked
/// <c>[ActivatorUtilitiesConstructor]</c>; otherwise the one with the most parameters. A constructor whose
/// parameters cannot come from a container (<c>ref</c>/<c>out</c>/<c>in</c>, pointers, ref structs) is not a
/// candidate. Two candidates with the most parameters are ambiguous.
/// </remarks>
internal static class ActivatorParser
{
    public const string DriverImplementationAttribute = "Toolkit.DriverImplementationAttribute";
    private const string DependencyInjection = "Microsoft.Extensions.DependencyInjection";

    public static (ActivatorModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var location = NameLocation(type);
        var display = InterfaceParser.DisplayName(type);
        var diagnostics = new List<Diagnostic>();

        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic)
        {
            var why = type.IsStatic ? "static" : type.IsAbstract ? "abstract" : "not a class";
            diagnostics.Add(Diagnostic.Create(Descriptors.ImplementationNotConstructible, location, display, why));
            return (null, diagnostics);
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current, cancellationToken))
            {
                diagnostics.Add(Diagnostic.Create(Descriptors.ImplementationNotPartial, location, display, SymbolEqualityComparer.Default.Equals(current, type) ? display : InterfaceParser.DisplayName(current)));
                return (null, diagnostics);
            }
        }

        var publicConstructors = type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToList();
        var candidates = publicConstructors.Where(c => UnusableParameter(c) is null).ToList();
        if (candidates.Count == 0)
        {
            var reason = publicConstructors.Count == 0
                ? "it has no public constructor"
                : "parameter '" + UnusableParameter(publicConstructors[0])!.Name + "' of " + InterfaceParser.MemberDisplay(publicConstructors[0]) + " is passed by reference or is a pointer or ref struct, which a container cannot supply";
            diagnostics.Add(Diagnostic.Create(Descriptors.NoUsableConstructor, location, display, reason));
            return (null, diagnostics);
        }

        var marked = candidates.Where(c => c.GetAttributes().Any(a => SymbolFacts.IsAttribute(a, DependencyInjection, "ActivatorUtilitiesConstructorAttribute"))).ToList();
        IMethodSymbol constructor;
        if (marked.Count == 1)
        {
            constructor = marked[0];
        }
        else
        {
            var pool = marked.Count > 1 ? marked : candidates;
            var most = pool.Max(c => c.Parameters.Length);
            var longest = pool.Where(c => c.Parameters.Length == most).ToList();
            if (longest.Count > 1)
            {
                diagnostics.Add(Diagnostic.Create(Descriptors.AmbiguousConstructors, location, display, most.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return (null, diagnostics);
            }

            constructor = longest[0];
        }

        var types = new TypeModelFactory();
        var experimental = new ExperimentalApis();
        experimental.AddType(type);
        experimental.AddMember(constructor);
        foreach (var parameter in constructor.Parameters)
        {
            foreach (var attribute in parameter.GetAttributes().Where(a => SymbolFacts.IsAttribute(a, DependencyInjection, "FromKeyedServicesAttribute")))
            {
                // The key is written into the call.
                foreach (var key in attribute.ConstructorArguments)
                {
                    experimental.AddConstant(key);
                }
            }
        }

        var model = new ActivatorModel
        {
            Namespace = TypeModelFactory.NamespaceName(type.ContainingNamespace),
            ContainingDeclarations = Containing(type).Select(t => Declaration(t, types)).ToEquatableArray(),
            Declaration = Declaration(type, types),
            FullyQualifiedName = types.Display(type),
            MetadataName = Tracking(type),
            DisplayName = type.Name,
            Arguments = constructor.Parameters.Select(p => Argument(p, types)).ToEquatableArray(),
            ExperimentalDiagnosticIds = experimental.Ids,
        };
        return (model, diagnostics);
    }

    private static ActivatorArgument Argument(IParameterSymbol parameter, TypeModelFactory types)
    {
        var type = parameter.Type.IsReferenceType ? parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : parameter.Type;
        var argument = new ActivatorArgument
        {
            TypeName = types.Display(type),
            ParameterName = parameter.Name,
            DefaultValue = ConstantFormatter.FormatDefaultValue(parameter, types),
            IsReferenceType = parameter.Type.IsReferenceType,
            IsTypeParameter = parameter.Type.TypeKind == TypeKind.TypeParameter,
        };
        var optional = argument.DefaultValue is not null;
        var nullable = parameter.NullableAnnotation == NullableAnnotation.Annotated
            || parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        if (parameter.GetAttributes().Any(a => SymbolFacts.IsAttribute(a, DependencyInjection, "ServiceKeyAttribute")))
        {
            return argument with { Source = nullable ? ArgumentSource.OptionalServiceKey : ArgumentSource.ServiceKey };
        }

        var keyed = parameter.GetAttributes().FirstOrDefault(a => SymbolFacts.IsAttribute(a, DependencyInjection, "FromKeyedServicesAttribute"));
        if (keyed is not null)
        {
            if (keyed.ConstructorArguments.Length == 0)
            {
                return argument with { Source = optional ? ArgumentSource.OptionalInheritedKey : ArgumentSource.RequiredInheritedKey };
            }

            var key = ConstantFormatter.Format(keyed.ConstructorArguments[0], types);
            return argument with { Source = optional ? ArgumentSource.OptionalKeyed : ArgumentSource.RequiredKeyed, Key = key };
        }

        if (parameter.Type.SpecialType == SpecialType.None && types.Display(type) == "global::System.IServiceProvider")
        {
            return argument with { Source = ArgumentSource.ServiceProvider };
        }

        return argument with { Source = optional ? ArgumentSource.Optional : ArgumentSource.Required };
    }

    private static IParameterSymbol? UnusableParameter(IMethodSymbol constructor)
        => constructor.Parameters.FirstOrDefault(p =>
            p.RefKind != RefKind.None
            || p.Type.IsRefLikeType
            || p.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer);

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
        => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword)));

    private static IEnumerable<INamedTypeSymbol> Containing(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, current);
        }

        return chain;
    }

    private static string Declaration(INamedTypeSymbol type, TypeModelFactory types)
    {
        var keyword = type.TypeKind switch
        {
            TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
            TypeKind.Interface => "interface",
            _ => type.IsRecord ? "record" : "class",
        };
        var typeParameters = type.TypeParameters.IsEmpty ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => types.NameOf(p))) + ">";
        return "partial " + keyword + " " + Identifiers.Escape(type.Name) + typeParameters;
    }

    private static string Tracking(INamedTypeSymbol type) => TrackingParser.MetadataNameOf(type);

    public static Location NameLocation(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolFacts.IsAttribute(attribute, DriverImplementationAttribute)
                && attribute.ApplicationSyntaxReference?.GetSyntax().FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } declaration)
            {
                return declaration.Identifier.GetLocation();
            }
        }

        return type.Locations.FirstOrDefault() ?? Location.None;
    }
}
