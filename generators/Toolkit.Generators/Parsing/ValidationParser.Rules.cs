using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Model;

namespace Toolkit.Generators.Parsing;

/// <summary>Validation attributes → rule models: which rules can be checked inline on the typed value, and how.</summary>
internal sealed partial class ValidationParser
{
    private const string DataAnnotations = ValidationSymbols.DataAnnotationsNamespace;
    private const int DefaultMatchTimeout = 2000;
    private const string ReadsLengthItself = "The generated code reads the length itself (string, array, ICollection or Count property); the attribute only formats messages and never reflects.";

    private static readonly HashSet<string> ComparableOperandTypes = new(StringComparer.Ordinal)
    {
        "System.DateTimeOffset", "System.TimeSpan", "System.DateOnly", "System.TimeOnly", "System.Guid",
    };

    /// <summary>
    /// The rules among <paramref name="attributes"/> (already one per TypeId where DataAnnotations merges them), the
    /// first <c>[Required]</c> first. An attribute met again (a base class's, reached from another derived type) is the
    /// same rule, created once, as TypeDescriptor creates it once.
    /// </summary>
    private List<ParsedRule> ParseRules(IEnumerable<DescribedAttribute> attributes, ITypeSymbol valueType, string memberName, Func<ISymbol, string> ownerName)
    {
        var list = attributes.Where(a => _symbols.IsValidationAttribute(a.Attribute.AttributeClass)).ToList();

        // Validator runs the first Required attribute before the others and stops at its failure.
        var gate = list.FindIndex(a => _symbols.IsRequiredLike(a.Attribute.AttributeClass));
        if (gate > 0)
        {
            var required = list[gate];
            list.RemoveAt(gate);
            list.Insert(0, required);
        }

        var rules = new List<ParsedRule>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var attribute = list[i].Attribute;

            // Keyed by the declaring symbol too: each constructed generic type has its own instances, and its own value type.
            if (!_rules.TryGetValue(list[i].Owner, out var declared))
            {
                declared = [];
                _rules.Add(list[i].Owner, declared);
            }

            if (!declared.TryGetValue(attribute, out var rule))
            {
                rule = ParseRule(attribute, valueType, memberName, ownerName(list[i].Owner));
                declared[attribute] = rule;
                if (rule is not null)
                {
                    // Its instance is created in generated code, as declared.
                    _experimental.AddAttribute(attribute);
                }
            }

            if (rule is not null)
            {
                rules.Add(new ParsedRule(rule, i == 0 && gate >= 0));
            }
        }

        return rules;
    }

    private ValidationRuleModel? ParseRule(AttributeData attribute, ITypeSymbol valueType, string memberName, string owner)
    {
        var attributeClass = attribute.AttributeClass!;
        var ruleName = ShortName(attributeClass);
        var rule = new ValidationRuleModel
        {
            Kind = RuleKind.Custom,
            RuleName = ruleName,
            FieldName = UniqueName(owner + "_" + Sanitize(ruleName)),
            AttributeTypeName = ValidationLiterals.TypeName(attributeClass),
            Creation = Creation(attribute),
            UserMessage = !WritesItsOwnMessages(attributeClass),
        };
        var shape = ShapeOf(valueType);
        var arguments = attribute.ConstructorArguments;
        if (attribute.AttributeConstructor is null || arguments.Any(a => a.Kind == TypedConstantKind.Error))
        {
            return null;
        }

        switch (attributeClass.ToDisplayString())
        {
            case DataAnnotations + "RequiredAttribute":
                return rule with { Kind = RuleKind.Required, AllowEmptyStrings = NamedBool(attribute, "AllowEmptyStrings") };

            case DataAnnotations + "RangeAttribute":
                return ParseRange(attribute, rule, valueType, memberName);

            case DataAnnotations + "StringLengthAttribute":
            {
                var maximum = (int)arguments[0].Value!;
                var minimum = NamedInt(attribute, "MinimumLength") ?? 0;
                if (maximum < 0 || maximum < minimum)
                {
                    Report(Descriptors.InvalidAttributeArguments, attribute, ruleName, memberName, "the maximum length must be zero or more and at least the minimum length");
                    return null;
                }

                rule = rule with { Kind = RuleKind.StringLength, MinimumLength = minimum, MaximumLength = maximum };
                return shape switch
                {
                    ValueShape.String => rule with { Count = CountKind.StringLength },
                    ValueShape.Open => rule with { UsesAttribute = true },
                    _ => NotApplicable(attribute, memberName, valueType),
                };
            }

            case DataAnnotations + "MinLengthAttribute":
            {
                var length = (int)arguments[0].Value!;
                if (length < 0)
                {
                    Report(Descriptors.InvalidAttributeArguments, attribute, ruleName, memberName, "the length must be zero or more");
                    return null;
                }

                return WithCount(attribute, rule with { Kind = RuleKind.MinLength, MinimumLength = length }, shape, valueType, memberName);
            }

            case DataAnnotations + "MaxLengthAttribute":
            {
                var length = arguments.Length == 0 ? -1 : (int)arguments[0].Value!;
                if (length == 0 || length < -1)
                {
                    Report(Descriptors.InvalidAttributeArguments, attribute, ruleName, memberName, "the length must be more than zero, or -1 for no limit");
                    return null;
                }

                return WithCount(attribute, rule with { Kind = RuleKind.MaxLength, MaximumLength = length }, shape, valueType, memberName);
            }

            case DataAnnotations + "LengthAttribute":
            {
                var minimum = (int)arguments[0].Value!;
                var maximum = (int)arguments[1].Value!;
                if (minimum < 0 || maximum < minimum)
                {
                    Report(Descriptors.InvalidAttributeArguments, attribute, ruleName, memberName, "the minimum length must be zero or more and the maximum at least the minimum");
                    return null;
                }

                return WithCount(attribute, rule with { Kind = RuleKind.Length, MinimumLength = minimum, MaximumLength = maximum }, shape, valueType, memberName);
            }

            case DataAnnotations + "RegularExpressionAttribute":
            {
                var pattern = arguments[0].Value as string;
                if (string.IsNullOrEmpty(pattern))
                {
                    Report(Descriptors.InvalidAttributeArguments, attribute, ruleName, memberName, "the pattern is empty");
                    return null;
                }

                try
                {
                    _ = new Regex(pattern!, RegexOptions.None);
                }
                catch (ArgumentException exception)
                {
                    Report(Descriptors.InvalidRegex, attribute, memberName, exception.Message);
                    return null;
                }

                rule = rule with
                {
                    Kind = RuleKind.RegularExpression,
                    Pattern = pattern,
                    MatchTimeoutInMilliseconds = NamedInt(attribute, "MatchTimeoutInMilliseconds") ?? DefaultMatchTimeout,
                };
                return shape == ValueShape.String ? rule : rule with { UsesAttribute = true };
            }

            case DataAnnotations + "AllowedValuesAttribute":
                return ParseValues(attribute, rule with { Kind = RuleKind.AllowedValues }, valueType, memberName);

            case DataAnnotations + "DeniedValuesAttribute":
                return ParseValues(attribute, rule with { Kind = RuleKind.DeniedValues }, valueType, memberName);

            case DataAnnotations + "Base64StringAttribute":
                rule = rule with { Kind = RuleKind.Base64String };
                if (shape is ValueShape.String)
                {
                    return rule;
                }

                if (shape is not ValueShape.Open)
                {
                    Report(Descriptors.RuleCannotMatch, attribute, ruleName, memberName, valueType.ToDisplayString(), "DataAnnotations rejects every value that is not a string");
                }

                return rule with { UsesAttribute = true };

            default:
                return rule with { NeedsContext = OverridesContextIsValid(attributeClass) };
        }
    }

    private ValidationRuleModel? ParseRange(AttributeData attribute, ValidationRuleModel rule, ITypeSymbol valueType, string memberName)
    {
        var arguments = attribute.ConstructorArguments;
        var shape = ShapeOf(valueType);
        var underlying = Underlying(valueType);
        rule = rule with
        {
            Kind = RuleKind.Range,
            MinimumIsExclusive = NamedBool(attribute, "MinimumIsExclusive"),
            MaximumIsExclusive = NamedBool(attribute, "MaximumIsExclusive"),
        };

        if (arguments.Length == 3)
        {
            if (arguments[0].Value is not ITypeSymbol operand || arguments[1].IsNull || arguments[2].IsNull)
            {
                Report(Descriptors.InvalidAttributeArguments, attribute, rule.RuleName, memberName, "the operand type and both limits are required");
                return null;
            }

            var builtIn = IsBuiltInComparable(operand);
            rule = rule with
            {
                ComparandType = ValidationLiterals.TypeName(operand),
                TrimJustification = builtIn ? operand.ToDisplayString() + " has a built-in, non-generic TypeConverter that trimming keeps." : null,
            };
            return builtIn && SymbolEqualityComparer.Default.Equals(underlying, operand) && shape is ValueShape.Value or ValueShape.NullableValue
                ? rule
                : rule with { UsesAttribute = true };
        }

        var isInt = arguments[0].Value is int;
        var comparand = isInt ? "int" : "double";
        string minimum, maximum;
        if (isInt)
        {
            var (low, high) = ((int)arguments[0].Value!, (int)arguments[1].Value!);
            if (low > high)
            {
                Report(Descriptors.InvalidAttributeArguments, attribute, rule.RuleName, memberName, "the maximum must be greater than or equal to the minimum");
                return null;
            }

            (minimum, maximum) = (ValidationLiterals.Primitive(low), ValidationLiterals.Primitive(high));
        }
        else
        {
            var (low, high) = ((double)arguments[0].Value!, (double)arguments[1].Value!);
            if (low > high)
            {
                Report(Descriptors.InvalidAttributeArguments, attribute, rule.RuleName, memberName, "the maximum must be greater than or equal to the minimum");
                return null;
            }

            (minimum, maximum) = (ValidationLiterals.Primitive(low), ValidationLiterals.Primitive(high));
        }

        rule = rule with { ComparandType = comparand, Minimum = minimum, Maximum = maximum };
        if (shape is ValueShape.String or ValueShape.Open)
        {
            // DataAnnotations parses strings and converts boxed values at run time; its own IsValid does exactly that.
            return rule with { UsesAttribute = true };
        }

        var conversion = RangeConversion(underlying, isInt, out var lossy);
        if (conversion is null)
        {
            Report(Descriptors.RuleCannotMatch, attribute, rule.RuleName, memberName, valueType.ToDisplayString(), "DataAnnotations cannot convert it to " + comparand + " and rejects every value");
            return rule with { UsesAttribute = true };
        }

        if (lossy)
        {
            Report(Descriptors.LossyRangeConversion, attribute, memberName, valueType.ToDisplayString(), isInt ? "Int32" : "Double");
        }

        return rule with { Conversion = conversion };
    }

    /// <summary>How DataAnnotations' <c>Convert.ToInt32/ToDouble(value, InvariantCulture)</c> reads a typed value, without boxing.</summary>
    private static string? RangeConversion(ITypeSymbol type, bool toInt, out bool lossy)
    {
        lossy = false;
        var target = toInt ? "Int32" : "Double";
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } enumUnderlying })
        {
            // Enum's IConvertible converts its underlying value; the same conversion applied to that value, unboxed.
            var inner = RangeConversion(enumUnderlying, toInt, out lossy);
            return inner?.Replace("{0}", "((" + ValidationLiterals.TypeName(enumUnderlying) + "){0})");
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Int32 when toInt:
            case SpecialType.System_Double when !toInt:
                return "{0}";
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Char when toInt:
                return "(int){0}";
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_Single or SpecialType.System_Decimal when !toInt:
                return "(double){0}";
            case SpecialType.System_Boolean:
                return "global::System.Convert.To" + target + "({0})";
            case SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal when toInt:
                lossy = true;
                return "global::System.Convert.ToInt32({0})";
            default:
                return null;
        }
    }

    private ValidationRuleModel? WithCount(AttributeData attribute, ValidationRuleModel rule, ValueShape shape, ITypeSymbol valueType, string memberName)
    {
        var count = CountOf(valueType, shape);
        if (count is null)
        {
            return NotApplicable(attribute, memberName, valueType);
        }

        // MinLength, MaxLength and Length are [RequiresUnreferencedCode] because their IsValid may look for a Count property
        // by reflection. Where the generated code reads the length itself, the attribute only formats messages: safe to trim.
        return count == CountKind.None
            ? rule with { UsesAttribute = true }
            : rule with { Count = count.Value, TrimJustification = count == CountKind.CollectionOrAttribute ? null : ReadsLengthItself };
    }

    /// <summary>How the length of <paramref name="valueType"/> is read; <see cref="CountKind.None"/> for the attribute's own IsValid; null when DataAnnotations would always throw.</summary>
    private CountKind? CountOf(ITypeSymbol valueType, ValueShape shape)
    {
        switch (shape)
        {
            case ValueShape.String:
                return CountKind.StringLength;
            case ValueShape.Open:
                return CountKind.CollectionOrAttribute;
            case ValueShape.Reference when valueType is IArrayTypeSymbol:
                return CountKind.ArrayLength;
            case ValueShape.Reference:
                if (_symbols.Implements(valueType, _symbols.Collection))
                {
                    return CountKind.Collection;
                }

                if (HasCountProperty(valueType))
                {
                    // A sealed type that is no ICollection can never hold one: its Count is what Validator reads.
                    return valueType.IsSealed ? CountKind.CountProperty : CountKind.CollectionOrCountProperty;
                }

                return valueType.IsSealed ? null : CountKind.CollectionOrAttribute;
            default:
                var underlying = Underlying(valueType);
                return _symbols.Implements(underlying, _symbols.Collection) || HasCountProperty(underlying) ? CountKind.None : null;
        }
    }

    private static bool HasCountProperty(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("Count"))
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, Type.SpecialType: SpecialType.System_Int32, GetMethod.DeclaredAccessibility: Accessibility.Public })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private ValidationRuleModel ParseValues(AttributeData attribute, ValidationRuleModel rule, ITypeSymbol valueType, string memberName)
    {
        var shape = ShapeOf(valueType);
        var underlying = Underlying(valueType);
        var argument = attribute.ConstructorArguments[0];
        if (argument.IsNull || argument.Kind != TypedConstantKind.Array || shape == ValueShape.Open)
        {
            return rule with { UsesAttribute = true };
        }

        var tests = new List<string>();
        var matchesNull = false;
        foreach (var value in argument.Values)
        {
            if (value.IsNull)
            {
                matchesNull = true;
                continue;
            }

            var test = ValueTest(value, underlying);
            if (test is null)
            {
                if (value.Kind is TypedConstantKind.Primitive or TypedConstantKind.Enum)
                {
                    var effect = rule.Kind == RuleKind.AllowedValues ? "so it is never allowed" : "so it denies nothing";
                    Report(Descriptors.RuleCannotMatch, attribute, rule.RuleName, memberName, valueType.ToDisplayString(), $"the value {ValidationLiterals.Constant(value)} is a {value.Type?.ToDisplayString()}, which never equals a {underlying.ToDisplayString()}, {effect}");
                }

                return rule with { UsesAttribute = true };
            }

            tests.Add(test);
        }

        return rule with { ValueTests = tests.ToEquatableArray(), MatchesNull = matchesNull };
    }

    /// <summary>A condition, with <c>{0}</c> for the non-null value, that is true exactly when <c>constant.Equals(value)</c> is.</summary>
    private static string? ValueTest(TypedConstant constant, ITypeSymbol valueType)
    {
        if (constant.Type is null || !SymbolEqualityComparer.Default.Equals(constant.Type, valueType))
        {
            return null;
        }

        var literal = ValidationLiterals.Constant(constant);
        if (constant.Kind == TypedConstantKind.Enum)
        {
            return "{0} == " + literal;
        }

        return valueType.SpecialType switch
        {
            SpecialType.System_String => "string.Equals({0}, " + literal + ")",
            // double.Equals(object) treats NaN as equal to NaN, unlike ==.
            SpecialType.System_Single or SpecialType.System_Double => "(" + literal + ").Equals({0})",
            SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Decimal => "{0} == " + literal,
            _ => null,
        };
    }

    private ValidationRuleModel? NotApplicable(AttributeData attribute, string memberName, ITypeSymbol valueType)
    {
        Report(Descriptors.ValidationAttributeNotApplicable, attribute, ShortName(attribute.AttributeClass!), memberName, valueType.ToDisplayString());
        return null;
    }

    private static bool IsBuiltInComparable(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_Char
            or SpecialType.System_DateTime
            || ComparableOperandTypes.Contains(type.ToDisplayString());

    private bool OverridesContextIsValid(INamedTypeSymbol attributeClass)
    {
        for (var type = attributeClass; type is not null && !SymbolEqualityComparer.Default.Equals(type, _symbols.ValidationAttribute); type = type.BaseType)
        {
            foreach (var member in type.GetMembers("IsValid"))
            {
                if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 2 })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// DataAnnotations' own attributes, whose messages (custom <c>ErrorMessage</c> and resources included) are formatted
    /// from the display name and the attribute's arguments, never from the value. <c>CustomValidation</c> returns what a
    /// user method wrote.
    /// </summary>
    private static bool WritesItsOwnMessages(INamedTypeSymbol attributeClass)
        => attributeClass.ToDisplayString().StartsWith(DataAnnotations, StringComparison.Ordinal)
            && attributeClass.ContainingAssembly?.Name.StartsWith("System.", StringComparison.Ordinal) == true
            && attributeClass.Name != "CustomValidationAttribute";

    private static string Creation(AttributeData attribute)
    {
        var text = new System.Text.StringBuilder("new ");
        text.Append(ValidationLiterals.TypeName(attribute.AttributeClass!)).Append('(');
        text.Append(string.Join(", ", attribute.ConstructorArguments.Select(ValidationLiterals.Constant)));
        text.Append(')');
        if (attribute.NamedArguments.Length > 0)
        {
            text.Append(" { ");
            text.Append(string.Join(", ", attribute.NamedArguments.Select(n => n.Key + " = " + ValidationLiterals.Constant(n.Value))));
            text.Append(" }");
        }

        return text.ToString();
    }

    private static bool NamedBool(AttributeData attribute, string name)
        => attribute.NamedArguments.Any(n => n.Key == name && n.Value.Value is true);

    private static int? NamedInt(AttributeData attribute, string name)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == name && named.Value.Value is int value)
            {
                return value;
            }
        }

        return null;
    }

    private readonly record struct ParsedRule(ValidationRuleModel Model, bool IsGate);
}
