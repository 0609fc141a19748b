using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Parsing;

/// <summary>
/// Reads the validation rules of a <c>[GenerateValidation]</c> interface from symbols: DataAnnotations attributes on
/// parameters, on the properties of parameter types and, through <c>[ValidateObjectMembers]</c> and
/// <c>[ValidateEnumeratedItems]</c>, of nested objects and items. The only validation code that sees symbols.
/// </summary>
internal sealed partial class ValidationParser
{
    private const string SensitiveAttribute = Pipeline.AttributeNames.Sensitive;
    private static readonly string[] ObjectMembersAttributes = ["Toolkit.ValidateObjectMembersAttribute", "Microsoft.Extensions.Options.ValidateObjectMembersAttribute"];
    private static readonly string[] EnumeratedItemsAttributes = ["Toolkit.ValidateEnumeratedItemsAttribute", "Microsoft.Extensions.Options.ValidateEnumeratedItemsAttribute"];

    private readonly ValidationSymbols _symbols;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ITypeSymbol, TypeEntry> _typeEntries = new(SymbolEqualityComparer.Default);
    private readonly List<TypeEntry> _typeOrder = [];
    private readonly List<Diagnostic>? _diagnostics;
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly List<DisplayFieldModel> _displayFields = [];
    private readonly ExperimentalApis _experimental = new();

    private ValidationParser(ValidationSymbols symbols, bool collectDiagnostics, CancellationToken cancellationToken)
    {
        _symbols = symbols;
        _diagnostics = collectDiagnostics ? [] : null;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads the rules of every method of <paramref name="interface"/>.</summary>
    /// <param name="interface">The annotated interface.</param>
    /// <param name="compilation">The compilation, for framework types.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static ValidationModel Parse(INamedTypeSymbol @interface, Compilation compilation, CancellationToken cancellationToken)
        => Run(@interface, compilation, collectDiagnostics: false, cancellationToken).Model;

    /// <summary>The misuses of validation attributes reachable from <paramref name="interface"/> (TK0200–TK0208), for the analyzer.</summary>
    /// <param name="interface">The annotated interface.</param>
    /// <param name="compilation">The compilation, for framework types.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static IReadOnlyList<Diagnostic> Analyze(INamedTypeSymbol @interface, Compilation compilation, CancellationToken cancellationToken)
        => Run(@interface, compilation, collectDiagnostics: true, cancellationToken).Diagnostics;

    private static (ValidationModel Model, IReadOnlyList<Diagnostic> Diagnostics) Run(INamedTypeSymbol @interface, Compilation compilation, bool collectDiagnostics, CancellationToken cancellationToken)
    {
        @interface = @interface.OriginalDefinition;
        var parser = new ValidationParser(ValidationSymbols.From(compilation), collectDiagnostics, cancellationToken);
        var validated = new List<ValidatedMethodModel>();
        if (parser._symbols.ValidationAttribute is not null)
        {
            foreach (var method in MethodsOf(@interface))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var parsed = parser.ParseMethod(method);
                if (parsed is not null)
                {
                    validated.Add(parsed);
                }
            }
        }

        var types = parser._typeOrder.Where(t => t.Model is not null).Select(t => t.Model!).ToList();
        var recursive = RecursiveTypes(types);
        var model = new ValidationModel
        {
            // The same name the tracking decorator uses (its DriverName argument, or the derived one), so errors and telemetry agree.
            DriverName = TrackingParser.DriverNameOf(@interface),
            // Most drivers have no recursive types: then every record stays as parsed.
            Methods = recursive.Count == 0
                ? validated.ToEquatableArray()
                : validated.Select(m => m with { Parameters = m.Parameters.Select(p => MarkCycles(p, recursive)).ToEquatableArray() }).ToEquatableArray(),
            Types = recursive.Count == 0
                ? types.ToEquatableArray()
                : types.Select(t => t with { Members = t.Members.Select(m => MarkCycles(m, recursive)).ToEquatableArray() }).ToEquatableArray(),
            DisplayFields = parser._displayFields.ToEquatableArray(),
            ExperimentalDiagnosticIds = parser._experimental.Ids,
        };
        return (model, (IReadOnlyList<Diagnostic>?)parser._diagnostics ?? Array.Empty<Diagnostic>());
    }

    /// <summary>The validator methods of types that can reach themselves through nested members: only they can meet a cycle.</summary>
    private static HashSet<string> RecursiveTypes(List<ValidatedTypeModel> types)
    {
        var edges = types.ToDictionary(
            t => t.MethodName,
            t => t.Members.Where(m => m.Nested is not null).Select(m => m.Nested!.MethodName).ToList(),
            StringComparer.Ordinal);
        var recursive = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>(edges[start]);
            while (pending.Count > 0)
            {
                var next = pending.Pop();
                if (next == start)
                {
                    recursive.Add(start);
                    break;
                }

                if (seen.Add(next) && edges.TryGetValue(next, out var targets))
                {
                    foreach (var target in targets)
                    {
                        pending.Push(target);
                    }
                }
            }
        }

        return recursive;
    }

    private static ValidatedValueModel MarkCycles(ValidatedValueModel value, HashSet<string> recursive)
        => value.Nested is { } nested && recursive.Contains(nested.MethodName)
            && nested.ElementShape is not (ValueShape.Value or ValueShape.NullableValue)
            ? value with { Nested = nested with { TrackAncestors = true } }
            : value;

    /// <summary>
    /// The driver name derived from an interface name: the leading <c>I</c> and a trailing <c>Driver</c> dropped, the rest in
    /// snake case (<c>IShellDriver</c> → <c>shell</c>, <c>IFileSystemDriver</c> → <c>file_system</c>).
    /// </summary>
    public static string DriverNameOf(string interfaceName)
    {
        var name = interfaceName;
        if (name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name.Substring(1);
        }

        if (name.Length > "Driver".Length && name.EndsWith("Driver", StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - "Driver".Length);
        }

        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(c));
        }

        return snake.ToString();
    }

    /// <summary>The instance methods a decorator implements, in the interface parser's order: the interface's own, then each base interface's.</summary>
    private static IEnumerable<IMethodSymbol> MethodsOf(INamedTypeSymbol @interface)
    {
        foreach (var declaring in new[] { @interface }.Concat(@interface.AllInterfaces))
        {
            foreach (var member in declaring.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method && (method.IsAbstract || method.IsVirtual))
                {
                    yield return method;
                }
            }
        }
    }

    private ValidatedMethodModel? ParseMethod(IMethodSymbol method)
    {
        var parameters = new List<ValidatedValueModel>();
        var any = false;
        foreach (var parameter in method.Parameters)
        {
            var value = ParseParameter(method, parameter);
            parameters.Add(value);
            any |= value.HasChecks;
        }

        return any ? new ValidatedMethodModel(InterfaceParser.MemberDisplay(method), method.Name, parameters.ToEquatableArray()) : null;
    }

    private ValidatedValueModel ParseParameter(IMethodSymbol method, IParameterSymbol parameter)
    {
        var attributes = parameter.GetAttributes();
        var escaped = Identifiers.Escape(parameter.Name);
        var empty = new ValidatedValueModel { Name = parameter.Name, EscapedName = escaped, DisplayNameExpression = ValidationLiterals.String(parameter.Name) };
        if (parameter.RefKind == RefKind.Out || parameter.Type.IsRefLikeType || parameter.Type.TypeKind == TypeKind.Pointer)
        {
            foreach (var attribute in attributes)
            {
                if (_symbols.IsValidationAttribute(attribute.AttributeClass))
                {
                    Report(Descriptors.ValidationAttributeNotApplicable, attribute, ShortName(attribute.AttributeClass!), parameter.Name, parameter.Type.ToDisplayString());
                }
            }

            return empty;
        }

        var owner = Sanitize(method.Name) + "_" + Sanitize(parameter.Name);
        var display = DisplayNameOf(attributes, parameter.Name, owner);
        var rules = ParseRules(attributes, parameter.Type, parameter.Name, owner);
        var shape = ShapeOf(parameter.Type);
        var hasRequired = rules.Count > 0 && rules[0].IsGate;
        var nullCheck = !hasRequired
            && parameter.Type.IsReferenceType
            && parameter.NullableAnnotation == NullableAnnotation.NotAnnotated;

        NestedModel? nested = null;
        if (HasAny(attributes, EnumeratedItemsAttributes, out var itemsAttribute))
        {
            nested = ParseItems(parameter.Type, itemsAttribute!, parameter.Name);
        }
        else if (shape is ValueShape.Reference or ValueShape.Value or ValueShape.NullableValue)
        {
            var method_ = TypeMethodOf(Underlying(parameter.Type));
            if (method_ is not null)
            {
                nested = new NestedModel { MethodName = method_, ElementShape = shape };
            }
        }

        return empty with
        {
            DisplayNameExpression = display,
            Shape = shape,
            TypeName = ValidationLiterals.TypeName(parameter.Type),
            NullCheck = nullCheck,
            Sensitive = HasAttribute(attributes, SensitiveAttribute),
            Rules = rules.Select(r => r.Model).ToEquatableArray(),
            RequiredGate = hasRequired,
            Nested = nested,
        };
    }

    private NestedModel? ParseItems(ITypeSymbol collectionType, AttributeData attribute, string memberName)
    {
        var type = Underlying(collectionType);
        ITypeSymbol? element = null;
        var iteration = IterationKind.Enumerable;
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            element = array.ElementType;
            iteration = IterationKind.Array;
        }
        else
        {
            foreach (var candidate in type is INamedTypeSymbol { TypeKind: TypeKind.Interface } self ? type.AllInterfaces.Insert(0, self) : type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, _symbols.EnumerableOfT))
                {
                    element = candidate.TypeArguments[0];
                    break;
                }
            }

            var definition = type.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(definition, _symbols.ListOfT)
                || SymbolEqualityComparer.Default.Equals(definition, _symbols.IListOfT)
                || SymbolEqualityComparer.Default.Equals(definition, _symbols.IReadOnlyListOfT))
            {
                iteration = IterationKind.List;
            }
        }

        if (element is null)
        {
            Report(Descriptors.ValidateEnumeratedItemsNotEnumerable, attribute, memberName, collectionType.ToDisplayString());
            return null;
        }

        var method = TypeMethodOf(Underlying(element));
        if (method is null)
        {
            Report(Descriptors.NothingToValidate, attribute, memberName, element.ToDisplayString());
            return null;
        }

        return new NestedModel { IsItems = true, MethodName = method, ElementShape = ShapeOf(element), Iteration = iteration };
    }

    /// <summary>The generated method that validates <paramref name="type"/>, or <see langword="null"/> when it has no rules.</summary>
    private string? TypeMethodOf(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named
            || named.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || named.SpecialType != SpecialType.None
            || named.IsRefLikeType
            || IsFrameworkType(named)
            || IsOpen(named))
        {
            return null;
        }

        if (_typeEntries.TryGetValue(named, out var entry))
        {
            // A type reached again while its own members are being read (a recursive shape) is known to need a method.
            return entry.InProgress || entry.Model is not null ? entry.MethodName : null;
        }

        entry = new TypeEntry(UniqueName("__Validate_" + Sanitize(named.Name)));
        _typeEntries.Add(named, entry);
        _typeOrder.Add(entry);
        entry.Model = ParseType(named, entry.MethodName);
        entry.InProgress = false;
        return entry.Model is null ? null : entry.MethodName;
    }

    private ValidatedTypeModel? ParseType(INamedTypeSymbol type, string methodName)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var members = new List<ValidatedValueModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var owner = Sanitize(type.Name);
        for (var level = type; level is not null && level.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); level = level.BaseType)
        {
            foreach (var member in level.GetMembers())
            {
                switch (member)
                {
                    case IPropertySymbol property when IsValidatedProperty(property) && seen.Add(property.Name):
                        var value = ParseProperty(property, owner);
                        if (value.HasChecks)
                        {
                            members.Add(value);
                            _experimental.AddMember(property);
                        }

                        break;
                    case IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } field:
                        ReportIgnored(field.GetAttributes(), field.Name, "a field");
                        break;
                }
            }
        }

        if (type.IsRecord)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (seen.Contains(parameter.Name))
                    {
                        ReportIgnored(parameter.GetAttributes(), parameter.Name, "a positional record parameter");
                    }
                }
            }
        }

        var typeRules = ParseRules(type.GetAttributes(), type, type.Name, owner + "_Type");
        var validatable = _symbols.ValidatableObject is not null && _symbols.Implements(type, _symbols.ValidatableObject);
        if (members.Count == 0 && typeRules.Count == 0 && !validatable)
        {
            return null;
        }

        // The validator's signature names the type.
        _experimental.AddType(type);
        return new ValidatedTypeModel
        {
            MethodName = methodName,
            TypeName = ValidationLiterals.TypeName(type),
            ContextName = type.MetadataName,
            IsValueType = type.IsValueType,
            IsSealed = type.IsSealed || type.IsValueType,
            Members = members.ToEquatableArray(),
            TypeRules = typeRules.Select(r => r.Model).ToEquatableArray(),
            IsValidatableObject = validatable,
        };
    }

    private static bool IsValidatedProperty(IPropertySymbol property)
        => !property.IsStatic
            && !property.IsIndexer
            && property.DeclaredAccessibility == Accessibility.Public
            && property.GetMethod is { DeclaredAccessibility: Accessibility.Public }
            && !property.Type.IsRefLikeType;

    private ValidatedValueModel ParseProperty(IPropertySymbol property, string owner)
    {
        var attributes = AttributesWithOverridden(property);
        var memberOwner = owner + "_" + Sanitize(property.Name);
        var rules = ParseRules(attributes, property.Type, property.Name, memberOwner);
        var shape = ShapeOf(property.Type);
        NestedModel? nested = null;
        if (HasAny(attributes, ObjectMembersAttributes, out var objectAttribute))
        {
            var method = TypeMethodOf(Underlying(property.Type));
            if (method is null)
            {
                Report(Descriptors.NothingToValidate, objectAttribute!, property.Name, property.Type.ToDisplayString());
            }
            else
            {
                nested = new NestedModel { MethodName = method, ElementShape = shape };
            }
        }
        else if (HasAny(attributes, EnumeratedItemsAttributes, out var itemsAttribute))
        {
            nested = ParseItems(property.Type, itemsAttribute!, property.Name);
        }

        return new ValidatedValueModel
        {
            Name = property.Name,
            EscapedName = Identifiers.Escape(property.Name),
            DisplayNameExpression = DisplayNameOf(attributes, property.Name, memberOwner),
            Shape = shape,
            TypeName = ValidationLiterals.TypeName(property.Type),
            Sensitive = HasAttribute(attributes, SensitiveAttribute),
            Rules = rules.Select(r => r.Model).ToEquatableArray(),
            RequiredGate = rules.Count > 0 && rules[0].IsGate,
            Nested = nested,
        };
    }

    /// <summary>
    /// The attributes <c>TypeDescriptor</c> reports for a property: its own, then those of the properties it overrides
    /// whose attribute type it does not already carry (one attribute per <c>TypeId</c>).
    /// </summary>
    private static ImmutableArray<AttributeData> AttributesWithOverridden(IPropertySymbol property)
    {
        var attributes = property.GetAttributes();
        if (property.OverriddenProperty is null)
        {
            return attributes;
        }

        var builder = attributes.ToBuilder();
        for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
        {
            foreach (var attribute in overridden.GetAttributes())
            {
                if (!builder.Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute.AttributeClass)))
                {
                    builder.Add(attribute);
                }
            }
        }

        return builder.ToImmutable();
    }

    private void ReportIgnored(ImmutableArray<AttributeData> attributes, string name, string kind)
    {
        foreach (var attribute in attributes)
        {
            if (_symbols.IsValidationAttribute(attribute.AttributeClass))
            {
                Report(Descriptors.ValidationAttributeIgnored, attribute, ShortName(attribute.AttributeClass!), name, kind);
            }
        }
    }

    private string DisplayNameOf(ImmutableArray<AttributeData> attributes, string name, string owner)
    {
        foreach (var attribute in attributes)
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.DisplayAttribute))
            {
                continue;
            }

            string? displayName = null;
            var localized = false;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Name" && named.Value.Value is string text)
                {
                    displayName = text;
                }
                else if (named.Key == "ResourceType" && !named.Value.IsNull)
                {
                    localized = true;
                }
            }

            if (localized)
            {
                _experimental.AddAttribute(attribute);
                var field = UniqueName(owner + "_Display");
                _displayFields.Add(new DisplayFieldModel(field, Creation(attribute)));
                return "(__Rules." + field + ".GetName() ?? " + ValidationLiterals.String(name) + ")";
            }

            return ValidationLiterals.String(string.IsNullOrEmpty(displayName) ? name : displayName!);
        }

        return ValidationLiterals.String(name);
    }

    private static bool HasAttribute(ImmutableArray<AttributeData> attributes, string metadataName)
        => attributes.Any(a => a.AttributeClass?.ToDisplayString() == metadataName);

    private static bool HasAny(ImmutableArray<AttributeData> attributes, string[] metadataNames, out AttributeData? found)
    {
        foreach (var attribute in attributes)
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            if (name is not null && Array.IndexOf(metadataNames, name) >= 0)
            {
                found = attribute;
                return true;
            }
        }

        found = null;
        return false;
    }

    /// <summary>A type naming a type parameter cannot get a non-generic static validator.</summary>
    private static bool IsOpen(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => IsOpen(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(IsOpen) || (named.ContainingType is not null && IsOpen(named.ContainingType)),
        _ => false,
    };

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal)
            || ns == "Microsoft" || ns.StartsWith("Microsoft.", StringComparison.Ordinal);
    }

    private static ITypeSymbol Underlying(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static ValueShape ShapeOf(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return ValueShape.String;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
        {
            return ValueShape.NullableValue;
        }

        if (type.IsValueType)
        {
            return ValueShape.Value;
        }

        if (type.SpecialType == SpecialType.System_Object || type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter or TypeKind.Dynamic)
        {
            return ValueShape.Open;
        }

        return ValueShape.Reference;
    }

    private string UniqueName(string candidate)
    {
        var name = candidate;
        for (var i = 2; !_usedNames.Add(name); i++)
        {
            name = candidate + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.ToString();
    }

    private static string ShortName(INamedTypeSymbol attributeClass)
        => attributeClass.Name.EndsWith("Attribute", StringComparison.Ordinal) && attributeClass.Name.Length > "Attribute".Length
            ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length)
            : attributeClass.Name;

    private void Report(DiagnosticDescriptor descriptor, AttributeData attribute, params string[] arguments)
    {
        if (_diagnostics is null)
        {
            return;
        }

        var location = attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken).GetLocation();
        if (location is { IsInSource: true })
        {
            _diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));
        }
    }

    private sealed class TypeEntry(string methodName)
    {
        public string MethodName { get; } = methodName;

        public bool InProgress { get; set; } = true;

        public ValidatedTypeModel? Model { get; set; }
    }
}
