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
    private static readonly string[] ObjectMembersAttributes = ["Toolkit.ValidateObjectMembersAttribute", "Microsoft.Extensions.Options.ValidateObjectMembersAttribute"];
    private static readonly string[] EnumeratedItemsAttributes = ["Toolkit.ValidateEnumeratedItemsAttribute", "Microsoft.Extensions.Options.ValidateEnumeratedItemsAttribute"];

    private readonly ValidationSymbols _symbols;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ITypeSymbol, TypeEntry> _typeEntries = new(SymbolEqualityComparer.Default);
    private readonly List<TypeEntry> _typeOrder = [];
    private readonly List<Diagnostic>? _diagnostics;
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly List<DisplayFieldModel> _displayFields = [];
    private readonly Dictionary<AttributeData, DisplayModel> _displays = [];
    private readonly Dictionary<ISymbol, Dictionary<AttributeData, ValidationRuleModel?>> _rules = new(SymbolEqualityComparer.Default);
    private readonly ExperimentalApis _experimental = new();
    private readonly DescriptorAttributes _descriptors = new();
    private readonly SensitiveValues _sensitive = new();

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

    /// <summary>The misuses of validation attributes reachable from <paramref name="interface"/> (TK0200–TK0209), for the analyzer.</summary>
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
        var empty = new ValidatedValueModel { Name = parameter.Name, EscapedName = escaped };
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

        // Validator.TryValidateValue runs every attribute it is given: a parameter's attributes are not merged by TypeId.
        var owner = Sanitize(method.Name) + "_" + Sanitize(parameter.Name);
        var described = attributes.Where(a => a.AttributeClass is not null).Select(a => new DescribedAttribute(a, parameter)).ToList();
        var rules = ParseRules(described, parameter.Type, parameter.Name, _ => owner);
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

        var sensitive = SensitiveValues.IsMarked(parameter);
        return empty with
        {
            Display = DisplayOf(described, owner),
            Shape = shape,
            TypeName = ValidationLiterals.TypeName(parameter.Type),
            NullCheck = nullCheck,
            Sensitive = sensitive,
            WithholdUserMessages = sensitive || _sensitive.CanHold(parameter.Type),
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
        var sensitiveMembers = _sensitive.MembersHolding(type);
        var sensitiveField = sensitiveMembers.Count == 0 ? null : UniqueName(Sanitize(type.Name) + "_SensitiveMembers");
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in DescriptorAttributes.Properties(type))
        {
            properties.Add(property.Name);

            // Validator cannot read a ref struct (it boxes every value); such a property never has usable rules.
            if (property.Type.IsRefLikeType)
            {
                continue;
            }

            var value = ParseProperty(type, property, sensitiveField);
            if (value.HasChecks)
            {
                members.Add(value);
                _experimental.AddMember(property);
            }
        }

        for (var level = type; level is not null && level.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); level = level.BaseType)
        {
            foreach (var field in level.GetMembers().OfType<IFieldSymbol>())
            {
                if (!field.IsStatic && !field.IsImplicitlyDeclared)
                {
                    ReportIgnored(field.GetAttributes(), field.Name, "a field");
                }
            }
        }

        if (type.IsRecord)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (properties.Contains(parameter.Name))
                    {
                        ReportIgnored(parameter.GetAttributes(), parameter.Name, "a positional record parameter");
                    }
                }
            }
        }

        foreach (var level in new[] { type }.Concat(type.AllInterfaces))
        {
            for (var declaring = level; declaring is not null && declaring.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); declaring = declaring.BaseType)
            {
                foreach (var repeated in _descriptors.RepeatedOnType(declaring))
                {
                    if (_symbols.IsValidationAttribute(repeated.AttributeClass))
                    {
                        Report(Descriptors.RepeatedTypeAttributeIgnored, repeated, ShortName(repeated.AttributeClass!), declaring.Name);
                    }
                }
            }
        }

        var described = _descriptors.OfType(type);
        var typeRules = ParseRules(described, type, type.Name, owner => Sanitize(owner.Name) + "_Type");
        var validatable = _symbols.ValidatableObject is not null && _symbols.Implements(type, _symbols.ValidatableObject);
        if (members.Count == 0 && typeRules.Count == 0 && !validatable)
        {
            return null;
        }

        // The list of sensitive members is kept only where user code reads the whole object and may name them.
        if (sensitiveField is not null && !validatable && !typeRules.Any(r => r.Model.UserMessage)
            && !members.Any(m => m.OwnerSensitiveMembersField is not null && m.Rules.Any(r => r.NeedsContext && r.UserMessage)))
        {
            sensitiveField = null;
            members = members.Select(m => m with { OwnerSensitiveMembersField = null }).ToList();
        }

        // The validator's signature names the type.
        _experimental.AddType(type);
        return new ValidatedTypeModel
        {
            MethodName = methodName,
            TypeName = ValidationLiterals.TypeName(type),
            ContextName = type.MetadataName,
            Display = DisplayOf(described, Sanitize(type.Name)),
            SensitiveMembers = sensitiveMembers.ToEquatableArray(),
            SensitiveMembersField = sensitiveField,
            IsValueType = type.IsValueType,
            IsSealed = type.IsSealed || type.IsValueType,
            Members = members.ToEquatableArray(),
            TypeRules = typeRules.Select(r => r.Model).ToEquatableArray(),
            IsValidatableObject = validatable,
        };
    }

    private ValidatedValueModel ParseProperty(INamedTypeSymbol type, IPropertySymbol property, string? ownerSensitiveMembers)
    {
        var described = _descriptors.OfProperty(property, repeated =>
        {
            if (_symbols.IsValidationAttribute(repeated.AttributeClass))
            {
                Report(Descriptors.RepeatedAttributeIgnored, repeated, ShortName(repeated.AttributeClass!), property.Name);
            }
        });
        var attributes = described.Select(a => a.Attribute).ToImmutableArray();
        var rules = ParseRules(described, property.Type, property.Name, owner => Sanitize(owner.ContainingType.Name) + "_" + Sanitize(owner.Name));
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

        var hidden = IsHiddenFrom(type, property);
        if (hidden)
        {
            _experimental.AddType(property.ContainingType);
        }

        var sensitive = described.Any(a => SymbolFacts.IsAttribute(a.Attribute, Pipeline.AttributeNames.Sensitive)) || SensitiveValues.IsMarked(property);
        return new ValidatedValueModel
        {
            Name = property.Name,
            EscapedName = Identifiers.Escape(property.Name),
            Display = DisplayOf(described, Sanitize(property.ContainingType.Name) + "_" + Sanitize(property.Name)),
            DeclaringTypeName = hidden ? ValidationLiterals.TypeName(property.ContainingType) : null,
            Shape = shape,
            TypeName = ValidationLiterals.TypeName(property.Type),
            Sensitive = sensitive,
            WithholdUserMessages = sensitive || _sensitive.CanHold(property.Type),
            OwnerSensitiveMembersField = ownerSensitiveMembers,
            Rules = rules.Select(r => r.Model).ToEquatableArray(),
            RequiredGate = rules.Count > 0 && rules[0].IsGate,
            Nested = nested,
        };
    }

    /// <summary>
    /// Whether C# name lookup from <paramref name="type"/> finds something else before <paramref name="property"/>'s
    /// declaring type: a member of the same name on a level in between (a <c>new</c> property, a setter-only one).
    /// </summary>
    private static bool IsHiddenFrom(INamedTypeSymbol type, IPropertySymbol property)
    {
        for (var level = type; level is not null && !SymbolEqualityComparer.Default.Equals(level, property.ContainingType); level = level.BaseType)
        {
            if (!level.GetMembers(property.Name).IsEmpty)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// The <c>[Display]</c> among <paramref name="attributes"/> that names the member or type, or <see langword="null"/>
    /// when there is none or it gives no name; a localized one is created once, in a field shared by every type that
    /// inherits it.
    /// </summary>
    private DisplayModel? DisplayOf(IEnumerable<DescribedAttribute> attributes, string owner)
    {
        foreach (var described in attributes)
        {
            var attribute = described.Attribute;
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.DisplayAttribute))
            {
                continue;
            }

            if (_displays.TryGetValue(attribute, out var known))
            {
                return known;
            }

            string? name = null;
            var localized = false;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Name" && named.Value.Value is string text)
                {
                    name = text;
                }
                else if (named.Key == "ResourceType" && !named.Value.IsNull)
                {
                    localized = true;
                }
            }

            DisplayModel? display = null;
            if (localized)
            {
                _experimental.AddAttribute(attribute);
                var field = UniqueName(owner + "_Display");
                _displayFields.Add(new DisplayFieldModel(field, Creation(attribute)));
                display = new DisplayModel(null, field);
            }
            else if (name is not null)
            {
                display = new DisplayModel(name, null);
            }

            if (display is not null)
            {
                _displays[attribute] = display;
            }

            return display;
        }

        return null;
    }

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
