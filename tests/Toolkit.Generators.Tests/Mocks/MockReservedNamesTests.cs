using System.Reflection;
using Toolkit.Generators.Emitting.Mocks;
using Toolkit.Generators.Tests.Infrastructure;
using Toolkit.Mocking;

namespace Toolkit.Generators.Tests.Mocks;

/// <summary>
/// A generated mock derives from <see cref="MockBase{TArguments}"/>, so the names it writes for an interface's members
/// (setup classes, value fields, default implementations) must avoid every name it inherits. The mock emitter keeps
/// that list by hand; this test keeps it true.
/// </summary>
public sealed class MockReservedNamesTests
{
    [Fact]
    public void The_reserved_names_are_exactly_the_members_a_mock_inherits()
    {
        var inherited = VisibleToSubclasses(typeof(MockBase<>)).ToHashSet(StringComparer.Ordinal);
        var reserved = MockPlan.InheritedMemberNames.ToHashSet(StringComparer.Ordinal);

        var missing = inherited.Except(reserved).Order(StringComparer.Ordinal).ToList();
        var stale = reserved.Except(inherited).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "MockBase (or object) has members MockPlan.InheritedMemberNames does not reserve: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "MockPlan.InheritedMemberNames reserves names MockBase no longer has: " + string.Join(", ", stale));
    }

    [Theory]
    [InlineData("int NAME();")]
    [InlineData("int NAME(string value);")]
    [InlineData("int NAME(int value) => value;")]
    [InlineData("string NAME { get; set; }")]
    [InlineData("event System.Action NAME;")]
    [InlineData("event System.EventHandler<string> NAME;")]
    public void Interface_members_named_like_inherited_members_get_a_compiling_mock(string memberTemplate)
    {
        var members = MockPlan.InheritedMemberNames.Select(name => memberTemplate.Replace("NAME", name, StringComparison.Ordinal));

        GeneratorHarness.Run("namespace N;\n[Toolkit.GenerateMock]\npublic partial interface IClash\n{\n" + string.Join("\n", members) + "\n}").ShouldCompileCleanly();
    }

    /// <summary>Names of the members a class in another assembly sees when it derives from <paramref name="type"/>.</summary>
    private static IEnumerable<string> VisibleToSubclasses(Type type)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(All))
            {
                if (member is ConstructorInfo || member is MethodBase { IsSpecialName: true } || member.Name.Contains('.') || !IsVisibleToSubclasses(member))
                {
                    continue;
                }

                yield return member.Name;
            }
        }
    }

    private static bool IsVisibleToSubclasses(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisibleToSubclasses),
        EventInfo @event => @event.AddMethod is { } add && IsVisibleToSubclasses(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };
}
