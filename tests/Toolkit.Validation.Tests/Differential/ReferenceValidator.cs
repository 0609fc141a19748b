using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>
/// The definition the generated validator is held to: <c>Validator.TryValidateObject(obj, new ValidationContext(obj),
/// results, validateAllProperties: true)</c> on the object, then the same, recursively, on each non-null
/// <c>[ValidateObjectMembers]</c> property value and each non-null item of a <c>[ValidateEnumeratedItems]</c> property,
/// in property order, skipping objects already on the current path. A result becomes one failure per member name
/// (path = object path + "." + name), or one failure at the object path when it names no member; a null message is "".
/// A parameter is <c>Validator.TryValidateValue</c> with a context named after it, then its object, as above
/// (<see cref="ValidateParameter"/>).
/// </summary>
[RequiresUnreferencedCode("The reference uses DataAnnotations' reflection-based Validator.")]
internal static class ReferenceValidator
{
    private static readonly ConcurrentDictionary<(MemberInfo, int), ValidationAttribute[]> ParameterAttributes = new();

    public static List<(string Path, string Message)> ValidateObject(object instance, string path)
    {
        var failures = new List<(string Path, string Message)>();
        Visit(instance, path, failures, []);
        return failures;
    }

    /// <summary>
    /// A parameter: <c>Validator.TryValidateValue</c> with its attributes (created once per parameter and kept, as a
    /// framework caches them, so culture-sensitive state is set on first use) and a context whose member is the parameter
    /// and whose display name is its <c>[Display]</c> name, or its name when that is missing or empty. A result naming no
    /// member is at the parameter's path. Then the value's own rules, as an object.
    /// </summary>
    public static List<(string Path, string Message)> ValidateParameter(object? value, ParameterInfo parameter)
    {
        var name = parameter.Name!;
        var attributes = ParameterAttributes.GetOrAdd((parameter.Member, parameter.Position), _ => parameter.GetCustomAttributes<ValidationAttribute>().ToArray());
        var display = parameter.GetCustomAttribute<DisplayAttribute>()?.GetName() is { Length: > 0 } shown ? shown : name;
        var failures = new List<(string Path, string Message)>();
        var results = new List<ValidationResult>();
        var context = new ValidationContext(value ?? new object(), display, null, null) { MemberName = name };
        Validator.TryValidateValue(value!, context, results, attributes);
        foreach (var result in results)
        {
            var names = result.MemberNames.Where(n => !string.IsNullOrEmpty(n)).ToList();
            if (names.Count == 0)
            {
                failures.Add((name, result.ErrorMessage ?? string.Empty));
            }

            failures.AddRange(names.Select(n => (n, result.ErrorMessage ?? string.Empty)));
        }

        if (value is not null and not string && !value.GetType().IsPrimitive)
        {
            Visit(value, name, failures, []);
        }

        return failures;
    }

    private static void Visit(object instance, string path, List<(string Path, string Message)> failures, List<object> ancestors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        AddResults(results, path, failures);
        ancestors.Add(instance);
        foreach (PropertyDescriptor property in TypeDescriptor.GetProperties(instance))
        {
            if (property.Attributes[typeof(ValidateObjectMembersAttribute)] is not null)
            {
                var value = property.GetValue(instance);
                if (value is not null && !ancestors.Contains(value))
                {
                    Visit(value, $"{path}.{property.Name}", failures, ancestors);
                }
            }
            else if (property.Attributes[typeof(ValidateEnumeratedItemsAttribute)] is not null && property.GetValue(instance) is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null && !ancestors.Contains(item))
                    {
                        Visit(item, $"{path}.{property.Name}[{index}]", failures, ancestors);
                    }

                    index++;
                }
            }
        }

        ancestors.RemoveAt(ancestors.Count - 1);
    }

    private static void AddResults(IEnumerable<ValidationResult> results, string path, List<(string Path, string Message)> failures)
    {
        foreach (var result in results)
        {
            var names = result.MemberNames.Where(n => !string.IsNullOrEmpty(n)).ToList();
            if (names.Count == 0)
            {
                failures.Add((path, result.ErrorMessage ?? string.Empty));
            }

            foreach (var name in names)
            {
                failures.Add((path.Length == 0 ? name : $"{path}.{name}", result.ErrorMessage ?? string.Empty));
            }
        }
    }
}
