using System.Collections;
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
/// A parameter is <c>Validator.TryValidateValue</c> with a context named after it, then its object, as above.
/// </summary>
[RequiresUnreferencedCode("The reference uses DataAnnotations' reflection-based Validator.")]
internal static class ReferenceValidator
{
    public static List<(string Path, string Message)> ValidateObject(object instance, string path)
    {
        var failures = new List<(string Path, string Message)>();
        Visit(instance, path, failures, []);
        return failures;
    }

    public static List<(string Path, string Message)> ValidateParameter(object? value, string name, IEnumerable<ValidationAttribute> attributes, bool validateObject = true)
    {
        var failures = new List<(string Path, string Message)>();
        var results = new List<ValidationResult>();
        var context = new ValidationContext(value ?? new object(), name, null, null) { MemberName = name };
        Validator.TryValidateValue(value!, context, results, attributes);
        AddResults(results, string.Empty, failures);
        if (validateObject && value is not null and not string && !value.GetType().IsPrimitive)
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

    public static void AddResults(IEnumerable<ValidationResult> results, string path, List<(string Path, string Message)> failures)
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
