using System.Globalization;
using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Validation;

/// <summary>
/// Writes the checks of a <see cref="ValidationModel"/>: the prologue of each validated method, one static method per
/// validated object type, and the <c>__Rules</c> class that holds every attribute instance. Rules are checked inline on
/// typed values wherever DataAnnotations' decision can be reproduced exactly, so a valid call allocates nothing; the
/// attribute instances format the messages (ErrorMessage, resources, culture) and decide the cases that cannot be inlined.
/// </summary>
internal sealed class ValidationCodeWriter
{
    private const string Collector = RuntimeTypes.Validation + "ValidationCollector";
    private const string Context = "global::System.ComponentModel.DataAnnotations.ValidationContext";
    /// <summary>The class holding every attribute instance, the localized <c>[Display]</c> attributes and the lists of sensitive members.</summary>
    public const string RulesClass = "__Rules";

    private const string DisplayNameMethod = "DisplayName";

    private readonly SourceWriter _writer;
    private int _locals;
    private HashSet<string>? _taken;

    public ValidationCodeWriter(SourceWriter writer)
    {
        _writer = writer;
    }

    /// <summary>
    /// Writes the checks of one method's parameters and the throw, to go before the call to the inner instance. The
    /// parameters themselves are only read (through locals, so nullable flow analysis of the parameters is unchanged).
    /// </summary>
    public void WriteMethodPrologue(ValidatedMethodModel method, string driverConstant)
    {
        var w = _writer;

        // Locals must not collide with the method's own parameter names.
        _taken = new HashSet<string>(method.Parameters.Select(p => p.Name), StringComparer.Ordinal);
        var collector = Identifiers.Unique("__collector", _taken);
        var value = Identifiers.Unique("__value", _taken);
        w.WriteLine("var " + collector + " = new " + Collector + "();");
        foreach (var parameter in method.Parameters)
        {
            if (!parameter.HasChecks)
            {
                continue;
            }

            w.OpenBlock();
            w.WriteLine("var " + value + " = " + parameter.EscapedName + ";");

            // No object holds a parameter: an empty display name falls back to its name.
            WriteValue(parameter, value, collector, ownerExpression: "this", isParameter: true, DisplayExpression(parameter.Display, Literal(parameter.Name), Literal(parameter.Name)));
            w.CloseBlock();
            w.WriteLine();
        }

        w.WriteLine(collector + ".ThrowIfFailed(" + driverConstant + ", " + Literal(method.Operation) + ");");
        _taken = null;
    }

    /// <summary>Writes the static method that validates one object type, as <c>Validator.TryValidateObject</c> would, then its nested objects and items.</summary>
    public void WriteTypeValidator(ValidatedTypeModel type)
    {
        var w = _writer;
        w.WriteLine("private static void " + type.MethodName + "(" + type.TypeName + " value, ref " + Collector + " collector)");
        w.OpenBlock();

        // DataAnnotations names the object by its runtime type where a [Display] name is missing or empty.
        var typeName = type.IsSealed ? Literal(type.ContextName) : "value.GetType().Name";
        var objectLevel = !type.TypeRules.IsEmpty || type.IsValidatableObject;
        var first = true;
        if (objectLevel)
        {
            w.WriteLine("var failures = collector.FailureCount;");
            first = false;
        }

        foreach (var member in type.Members)
        {
            if (member.Rules.IsEmpty)
            {
                continue;
            }

            BlankLineUnlessFirst(ref first);
            w.OpenBlock();
            w.WriteLine("var member = " + MemberAccess(member) + ";");
            WriteValue(member with { Nested = null }, "member", "collector", ownerExpression: "value", isParameter: false, DisplayExpression(member.Display, Literal(member.Name), typeName));
            w.CloseBlock();
        }

        if (objectLevel)
        {
            // Validator runs type-level attributes only when every property passed, and IValidatableObject only when
            // those passed too; both see one context naming the object (its [Display] name, else its type's name).
            BlankLineUnlessFirst(ref first);
            w.WriteLine("if (collector.FailureCount == failures)");
            w.OpenBlock();
            w.WriteLine("var context = new " + Context + "(value, " + DisplayExpression(type.Display, typeName, typeName) + ", null, null);");
            foreach (var rule in type.TypeRules)
            {
                w.WriteLine("collector.AddObjectResult(" + RulesClass + "." + rule.FieldName + ".GetValidationResult(value, context), " + Literal(rule.RuleName) + ", context.DisplayName"
                    + (rule.UserMessage ? SensitiveMembersArgument(type.SensitiveMembersField) : "") + ");");
            }

            if (type.IsValidatableObject)
            {
                if (!type.TypeRules.IsEmpty)
                {
                    w.WriteLine("if (collector.FailureCount == failures)");
                    w.OpenBlock();
                }

                w.WriteLine("collector.AddResults(((global::System.ComponentModel.DataAnnotations.IValidatableObject)value).Validate(context), context.DisplayName"
                    + SensitiveMembersArgument(type.SensitiveMembersField) + ");");
                if (!type.TypeRules.IsEmpty)
                {
                    w.CloseBlock();
                }
            }

            w.CloseBlock();
        }

        foreach (var member in type.Members)
        {
            if (member.Nested is null)
            {
                continue;
            }

            BlankLineUnlessFirst(ref first);
            w.OpenBlock();
            w.WriteLine("var member = " + MemberAccess(member) + ";");
            WriteNested(member, "member", "collector");
            w.CloseBlock();
        }

        w.CloseBlock();
    }

    /// <summary>Writes the class holding every attribute instance, created once on first use.</summary>
    public void WriteRulesClass(ValidationModel model)
    {
        var w = _writer;
        w.WriteLine("// Attribute instances are created once, on first use; they format messages exactly as DataAnnotations does");
        w.WriteLine("// (ErrorMessage, resources, current culture) and decide the few cases that cannot be checked inline.");
        w.WriteLine("private static class " + RulesClass);
        w.OpenBlock();
        var factories = new List<ValidationRuleModel>();
        var patterns = new List<ValidationRuleModel>();
        foreach (var rule in AllRules(model))
        {
            if (rule.TrimJustification is not null)
            {
                factories.Add(rule);
                w.WriteLine("internal static readonly " + rule.AttributeTypeName + " " + rule.FieldName + " = Create" + rule.FieldName + "();");
            }
            else
            {
                w.WriteLine("internal static readonly " + rule.AttributeTypeName + " " + rule.FieldName + " = " + rule.Creation + ";");
            }

            if (rule.Kind == RuleKind.RegularExpression && !rule.UsesAttribute)
            {
                patterns.Add(rule);
            }

            if (IsTypedRange(rule))
            {
                w.WriteLine("internal static readonly " + RuntimeTypes.Validation + "RangeLimits<" + rule.ComparandType + "> " + rule.FieldName + "_Limits = new(" + rule.FieldName + ");");
            }
        }

        foreach (var display in model.DisplayFields)
        {
            w.WriteLine("internal static readonly global::System.ComponentModel.DataAnnotations.DisplayAttribute " + display.FieldName + " = " + display.Creation + ";");
        }

        foreach (var type in model.Types)
        {
            if (type.SensitiveMembersField is not null)
            {
                w.WriteLine("internal static readonly string[] " + type.SensitiveMembersField + " = [" + string.Join(", ", type.SensitiveMembers.Select(Literal)) + "];");
            }
        }

        foreach (var rule in patterns)
        {
            // A class of its own, with a static constructor so that the runtime builds the expression exactly when the
            // rule first checks a value, not earlier; once built, reading it costs what a static readonly field costs.
            w.WriteLine();
            w.WriteLine("// Built on the first check of its rule, as the attribute builds its own: a culture-sensitive pattern ((?i))");
            w.WriteLine("// follows the culture of that check.");
            w.WriteLine("internal static class " + rule.FieldName + "_Regex");
            w.OpenBlock();
            w.WriteLine("internal static readonly global::System.Text.RegularExpressions.Regex Value = " + RuntimeTypes.Validation + "PatternMatch.Create("
                + Literal(rule.Pattern!) + ", " + rule.MatchTimeoutInMilliseconds.ToString(CultureInfo.InvariantCulture) + ");");
            w.WriteLine();
            w.WriteLine("static " + rule.FieldName + "_Regex()");
            w.OpenBlock();
            w.CloseBlock();
            w.CloseBlock();
        }

        if (!model.DisplayFields.IsEmpty)
        {
            // ValidationContext.DisplayName: a localized name that is null means the member's name, one that is empty the object's type name.
            w.WriteLine();
            w.WriteLine("internal static string " + DisplayNameMethod + "(string? name, string whenNull, string whenEmpty) => name is null ? whenNull : name.Length == 0 ? whenEmpty : name;");
        }

        foreach (var rule in factories)
        {
            w.WriteLine();
            w.WriteLine("[global::System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage(\"Trimming\", \"IL2026:RequiresUnreferencedCode\", Justification = " + Literal(rule.TrimJustification!) + ")]");
            w.WriteLine("private static " + rule.AttributeTypeName + " Create" + rule.FieldName + "() => " + rule.Creation + ";");
        }

        w.CloseBlock();
    }

    public static bool HasRules(ValidationModel model)
        => AllRules(model).Any() || !model.DisplayFields.IsEmpty || model.Types.Any(t => t.SensitiveMembersField is not null);

    /// <summary>Every rule once: an attribute of a base class or of a base property is one rule for every type that inherits it.</summary>
    private static IEnumerable<ValidationRuleModel> AllRules(ValidationModel model)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return model.Methods.SelectMany(m => m.Parameters).SelectMany(p => p.Rules)
            .Concat(model.Types.SelectMany(t => t.Members.SelectMany(m => m.Rules).Concat(t.TypeRules)))
            .Where(r => seen.Add(r.FieldName));
    }

    private static string SensitiveMembersArgument(string? field) => field is null ? "" : ", sensitiveMembers: " + RulesClass + "." + field;

    /// <summary>How a type validator reads a member: through its declaring type when a derived level hides its name.</summary>
    private static string MemberAccess(ValidatedValueModel member)
        => (member.DeclaringTypeName is null ? "value" : "((" + member.DeclaringTypeName + ")value)") + "." + member.EscapedName;

    /// <summary>
    /// The name a message uses, as <c>ValidationContext.DisplayName</c> gives it: the <c>[Display]</c> name, or
    /// <paramref name="whenNull"/> without one, or <paramref name="whenEmpty"/> when it is empty (both C# expressions).
    /// </summary>
    private static string DisplayExpression(DisplayModel? display, string whenNull, string whenEmpty)
    {
        if (display is null)
        {
            return whenNull;
        }

        if (display.Field is not null)
        {
            return RulesClass + "." + DisplayNameMethod + "(" + RulesClass + "." + display.Field + ".GetName(), " + whenNull + ", " + whenEmpty + ")";
        }

        return display.Name!.Length == 0 ? whenEmpty : Literal(display.Name);
    }

    private static bool IsTypedRange(ValidationRuleModel rule)
        => rule.Kind == RuleKind.Range && !rule.UsesAttribute && rule.Minimum is null;

    /// <summary>Writes the checks of one parameter or property; <paramref name="display"/> is the C# expression of its display name.</summary>
    private void WriteValue(ValidatedValueModel value, string local, string collector, string ownerExpression, bool isParameter, string display)
    {
        var w = _writer;
        var rules = value.Rules;
        var closeBlocks = 0;
        var knownNotNull = false;
        var hasMore = rules.Count > 0 || (isParameter && value.Nested is not null);
        if (value.NullCheck)
        {
            // A null argument for a non-nullable parameter fails on its own, like [Required], and skips the other rules.
            w.WriteLine("if (" + local + " is null)");
            w.OpenBlock();
            w.WriteLine(collector + ".Add(" + Literal(value.Name) + ", \"NotNull\", " + RuntimeTypes.Validation + "ValidationMessages.NotNull(" + Literal(value.Name) + "));");
            w.CloseBlock();
            if (hasMore)
            {
                w.WriteLine("else");
                w.OpenBlock();
                closeBlocks++;
                knownNotNull = true;
            }
        }

        var start = 0;
        if (value.RequiredGate)
        {
            start = 1;
            var gate = rules[0];
            if (gate.Kind == RuleKind.Required)
            {
                var missing = RequiredMissing(gate, value.Shape, local);
                if (missing is not null)
                {
                    w.WriteLine("if (" + missing + ")");
                    w.OpenBlock();
                    WriteAdd(value, gate, collector, display);
                    w.CloseBlock();
                    if (rules.Count > 1 || (isParameter && value.Nested is not null))
                    {
                        w.WriteLine("else");
                        w.OpenBlock();
                        closeBlocks++;
                        knownNotNull = true;
                    }
                }
            }
            else
            {
                var before = NewLocal("__before");
                w.WriteLine("var " + before + " = " + collector + ".FailureCount;");
                WriteRule(value, gate, local, collector, ownerExpression, knownNotNull, isParameter, display);
                if (rules.Count > 1)
                {
                    w.WriteLine("if (" + collector + ".FailureCount == " + before + ")");
                    w.OpenBlock();
                    closeBlocks++;
                }
            }
        }

        for (var i = start; i < rules.Count; i++)
        {
            if (i > start)
            {
                w.WriteLine();
            }

            WriteRule(value, rules[i], local, collector, ownerExpression, knownNotNull, isParameter, display);
        }

        if (isParameter && value.Nested is not null)
        {
            WriteNested(value, local, collector, knownNotNull, isParameter: true);
        }

        for (var i = 0; i < closeBlocks; i++)
        {
            w.CloseBlock();
        }
    }

    private static string? RequiredMissing(ValidationRuleModel rule, ValueShape shape, string local) => shape switch
    {
        ValueShape.String => rule.AllowEmptyStrings ? local + " is null" : "string.IsNullOrWhiteSpace(" + local + ")",
        ValueShape.Open => RuntimeTypes.Validation + "RequiredCheck.IsMissing(" + local + ", allowEmptyStrings: " + (rule.AllowEmptyStrings ? "true" : "false") + ")",
        ValueShape.Reference => local + " is null",
        ValueShape.NullableValue => "!" + local + ".HasValue",
        _ => null,
    };

    private void WriteRule(ValidatedValueModel value, ValidationRuleModel rule, string local, string collector, string ownerExpression, bool knownNotNull, bool isParameter, string display)
    {
        var w = _writer;
        var field = RulesClass + "." + rule.FieldName;
        if (rule.Kind == RuleKind.Custom && rule.NeedsContext)
        {
            // The rule sees the value and, through its context, the object holding it: its result is withheld when the value
            // holds a [Sensitive] one, or when it names a member of the object that does.
            var sensitive = rule.UserMessage && value.WithholdUserMessages ? ", sensitive: true" : "";
            var result = field + ".GetValidationResult(" + local + ", new " + Context + "(" + ownerExpression + ", " + display + ", null, null) { MemberName = " + Literal(value.Name) + " })";
            w.WriteLine(isParameter
                ? collector + ".AddParameterResult(" + result + ", " + Literal(value.Name) + ", " + Literal(rule.RuleName) + ", " + display + sensitive + ");"
                : collector + ".AddResult(" + result + ", " + Literal(rule.RuleName) + ", " + display + sensitive
                    + (rule.UserMessage && sensitive.Length == 0 ? SensitiveMembersArgument(value.OwnerSensitiveMembersField) : "") + ");");
            return;
        }

        string failure;
        if (rule.UsesAttribute || rule.Kind is RuleKind.Custom or RuleKind.Base64String)
        {
            // The attribute's own IsValid: exact by construction; it boxes a value type.
            failure = "!" + field + ".IsValid(" + local + ")";
        }
        else
        {
            failure = InlineFailure(rule, value.Shape, local, knownNotNull);
        }

        if (failure.Length == 0)
        {
            return;
        }

        w.WriteLine("if (" + failure + ")");
        w.OpenBlock();
        WriteAdd(value, rule, collector, display);
        w.CloseBlock();
    }

    /// <summary>
    /// Adds the failure of a rule that only decides (its <c>IsValid(object)</c>): DataAnnotations' own message, or the
    /// message user code formats, withheld when the value is or can hold a [Sensitive] one.
    /// </summary>
    private void WriteAdd(ValidatedValueModel value, ValidationRuleModel rule, string collector, string display)
    {
        var name = Literal(value.Name);
        var ruleName = Literal(rule.RuleName);
        var message = RulesClass + "." + rule.FieldName + ".FormatErrorMessage(" + display + ")";
        _writer.WriteLine(!rule.UserMessage
            ? collector + ".Add(" + name + ", " + ruleName + ", " + message + ");"
            : value.WithholdUserMessages
                ? collector + ".AddWithheld(" + name + ", " + ruleName + ", " + display + ");"
                : collector + ".AddUserMessage(" + name + ", " + ruleName + ", " + display + ", " + message + ");");
    }

    /// <summary>A condition that is true exactly when DataAnnotations' <c>IsValid</c> would return false for the typed value; empty when it never fails.</summary>
    private string InlineFailure(ValidationRuleModel rule, ValueShape shape, string local, bool knownNotNull)
    {
        var nullable = shape == ValueShape.NullableValue;
        var value = nullable ? local + ".GetValueOrDefault()" : local;
        var guard = knownNotNull ? "" : shape switch
        {
            ValueShape.NullableValue => local + ".HasValue && ",
            ValueShape.Value => "",
            _ => local + " is not null && ",
        };

        switch (rule.Kind)
        {
            case RuleKind.Required:
                return RequiredMissing(rule, shape, local) ?? "";
            case RuleKind.Range:
            {
                var converted = string.Format(CultureInfo.InvariantCulture, rule.Conversion, value);
                if (rule.Minimum is null)
                {
                    // The attribute parses its limits on its first check, null included: so does the typed copy.
                    var limits = RulesClass + "." + rule.FieldName + "_Limits";
                    return nullable && !knownNotNull
                        ? "!" + limits + ".Contains(" + local + ".HasValue, " + converted + ")"
                        : guard + "!" + limits + ".Contains(" + converted + ")";
                }

                return guard + "!" + RuntimeTypes.Validation + "RangeCheck.Contains<" + rule.ComparandType + ">(" + converted + ", " + rule.Minimum + ", " + rule.Maximum + ", "
                    + Bool(rule.MinimumIsExclusive) + ", " + Bool(rule.MaximumIsExclusive) + ")";
            }

            case RuleKind.StringLength:
            case RuleKind.MinLength:
            case RuleKind.MaxLength:
            case RuleKind.Length:
                return LengthFailure(rule, local, guard);
            case RuleKind.RegularExpression:
                return "!" + RuntimeTypes.Validation + "PatternMatch.IsWholeMatch(" + RulesClass + "." + rule.FieldName + "_Regex.Value, " + local + ")";
            case RuleKind.AllowedValues:
            case RuleKind.DeniedValues:
                return ValuesFailure(rule, shape, local, value);
            default:
                return "!" + RulesClass + "." + rule.FieldName + ".IsValid(" + local + ")";
        }
    }

    private string LengthFailure(ValidationRuleModel rule, string local, string guard)
    {
        string TooShortOrLong(string count) => rule.Kind switch
        {
            RuleKind.MinLength => rule.MinimumLength == 0 ? "false" : count + " < " + Int(rule.MinimumLength),
            RuleKind.MaxLength => rule.MaximumLength == -1 ? "false" : count + " > " + Int(rule.MaximumLength),
            _ => rule.MinimumLength == 0 ? count + " > " + Int(rule.MaximumLength) : count + " < " + Int(rule.MinimumLength) + " || " + count + " > " + Int(rule.MaximumLength),
        };

        switch (rule.Count)
        {
            case CountKind.StringLength:
            case CountKind.ArrayLength:
                return Guarded(guard, TooShortOrLong(local + ".Length"));
            case CountKind.CountProperty:
                return Guarded(guard, TooShortOrLong(local + ".Count"));
            case CountKind.Collection:
                return Guarded(guard, TooShortOrLong("((global::System.Collections.ICollection)" + local + ").Count"));
            case CountKind.CollectionOrCountProperty:
            {
                var collection = NewLocal("__collection");
                return Guarded(guard, TooShortOrLong("(" + local + " is global::System.Collections.ICollection " + collection + " ? " + collection + ".Count : " + local + ".Count)"));
            }

            default:
            {
                // ICollection.Count as DataAnnotations reads it; any other runtime type goes to the attribute, which
                // looks for a Count property by reflection exactly as Validator would.
                var collection = NewLocal("__collection");
                return Guarded(guard, local + " is global::System.Collections.ICollection " + collection + " ? (" + TooShortOrLong(collection + ".Count") + ") : !"
                    + RulesClass + "." + rule.FieldName + ".IsValid(" + local + ")");
            }
        }
    }

    /// <summary><c>guard (condition)</c>, or just the condition when there is no guard.</summary>
    private static string Guarded(string guard, string condition) => guard.Length == 0 ? condition : guard + "(" + condition + ")";

    private static string ValuesFailure(ValidationRuleModel rule, ValueShape shape, string local, string value)
    {
        var any = rule.ValueTests.IsEmpty
            ? "false"
            : string.Join(" || ", rule.ValueTests.Select(t => string.Format(CultureInfo.InvariantCulture, t, value)));
        var allowed = rule.Kind == RuleKind.AllowedValues;
        if (shape == ValueShape.Value)
        {
            return allowed ? "!(" + any + ")" : any;
        }

        var isNull = shape == ValueShape.NullableValue ? "!" + local + ".HasValue" : local + " is null";
        var isNotNull = shape == ValueShape.NullableValue ? local + ".HasValue" : local + " is not null";
        return (allowed, rule.MatchesNull) switch
        {
            (true, false) => isNull + " || !(" + any + ")",
            (true, true) => isNotNull + " && !(" + any + ")",
            (false, false) => isNotNull + " && (" + any + ")",
            _ => isNull + " || (" + any + ")",
        };
    }

    /// <summary>
    /// Validates the object or the items of <paramref name="value"/>. Failures below are recorded relative to the object
    /// and prefixed with the member name (and item index) on the way back, only when there are any.
    /// </summary>
    private void WriteNested(ValidatedValueModel value, string local, string collector, bool knownNotNull = false, bool isParameter = false)
    {
        var w = _writer;
        var nested = value.Nested!;
        var before = NewLocal("__before");
        var prefix = collector + ".Prefix(" + before + ", " + Literal(value.Name) + (value.Sensitive ? ", sensitive: true" : "") + ");";
        if (!nested.IsItems)
        {
            var (condition, argument) = nested.ElementShape switch
            {
                ValueShape.NullableValue => (local + ".HasValue", local + ".GetValueOrDefault()"),
                ValueShape.Value => (null, local),
                _ => (knownNotNull ? null : local + " is not null", local),
            };
            // A parameter is the root of its path: only a member can close a cycle.
            if (nested.TrackAncestors && !isParameter)
            {
                condition = (condition is null ? "" : condition + " && ") + "!" + collector + ".IsOnPath(" + local + ")";
            }

            OpenIf(condition);
            w.WriteLine("var " + before + " = " + collector + ".FailureCount;");
            WriteCall(nested, argument, collector);
            WriteIfFailed(collector, before, prefix);
            CloseIf(condition);
            return;
        }

        var index = NewLocal("__index");
        var item = NewLocal("__item");
        var notNull = knownNotNull ? null : local + " is not null";
        OpenIf(notNull);
        w.WriteLine("var " + before + " = " + collector + ".FailureCount;");
        switch (nested.Iteration)
        {
            case IterationKind.Array:
            case IterationKind.List:
                var count = nested.Iteration == IterationKind.Array ? ".Length" : ".Count";
                w.WriteLine("for (var " + index + " = 0; " + index + " < " + local + count + "; " + index + "++)");
                w.OpenBlock();
                w.WriteLine("var " + item + " = " + local + "[" + index + "];");
                WriteItem(nested, item, index, collector);
                w.CloseBlock();
                break;
            default:
                w.WriteLine("var " + index + " = 0;");
                w.WriteLine("foreach (var " + item + " in " + local + ")");
                w.OpenBlock();
                WriteItem(nested, item, index, collector);
                w.WriteLine(index + "++;");
                w.CloseBlock();
                break;
        }

        WriteIfFailed(collector, before, prefix);
        CloseIf(notNull);
    }

    private void WriteItem(NestedModel nested, string item, string index, string collector)
    {
        var w = _writer;
        var (condition, argument) = nested.ElementShape switch
        {
            ValueShape.NullableValue => (item + ".HasValue", item + ".GetValueOrDefault()"),
            ValueShape.Value => (null, item),
            _ => (item + " is not null" + (nested.TrackAncestors ? " && !" + collector + ".IsOnPath(" + item + ")" : ""), item),
        };
        var before = NewLocal("__itemBefore");
        OpenIf(condition);
        w.WriteLine("var " + before + " = " + collector + ".FailureCount;");
        WriteCall(nested, argument, collector);
        WriteIfFailed(collector, before, collector + ".PrefixItem(" + before + ", " + index + ");");
        CloseIf(condition);
    }

    /// <summary>Writes <paramref name="statement"/>, run only when failures were added since <paramref name="before"/>.</summary>
    private void WriteIfFailed(string collector, string before, string statement)
    {
        _writer.WriteLine("if (" + collector + ".FailureCount != " + before + ")");
        _writer.OpenBlock();
        _writer.WriteLine(statement);
        _writer.CloseBlock();
    }

    /// <summary>Calls the type's validator; for a type that can contain itself, with the object recorded on the path.</summary>
    private void WriteCall(NestedModel nested, string argument, string collector)
    {
        var tracked = nested.TrackAncestors;
        if (tracked)
        {
            _writer.WriteLine(collector + ".PushAncestor(" + argument + ");");
        }

        _writer.WriteLine(nested.MethodName + "(" + argument + ", ref " + collector + ");");
        if (tracked)
        {
            _writer.WriteLine(collector + ".PopAncestor();");
        }
    }

    private void OpenIf(string? condition)
    {
        if (condition is not null)
        {
            _writer.WriteLine("if (" + condition + ")");
            _writer.OpenBlock();
        }
    }

    private void CloseIf(string? condition)
    {
        if (condition is not null)
        {
            _writer.CloseBlock();
        }
    }

    private void BlankLineUnlessFirst(ref bool first)
    {
        if (!first)
        {
            _writer.WriteLine();
        }

        first = false;
    }

    private string NewLocal(string prefix)
    {
        var name = prefix + (++_locals).ToString(CultureInfo.InvariantCulture);
        return _taken is null ? name : Identifiers.Unique(name, _taken);
    }

    private static string Literal(string text) => Parsing.ValidationLiterals.String(text);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
