namespace Toolkit;

/// <summary>
/// Asks the Toolkit generator for a mock of an interface, written at compile time.
/// </summary>
/// <remarks>
/// <para>Put it on a <see langword="partial"/> interface you own: <c>[GenerateMock] public partial interface IShellDriver { … }</c>.</para>
/// <para>For an interface you do not own, name it at assembly level, in the project that uses the mock:
/// <c>[assembly: GenerateMock(typeof(IDisposable))]</c>. Open generic interfaces are accepted:
/// <c>[assembly: GenerateMock(typeof(IRepository&lt;&gt;))]</c> yields a generic mock. A constructed type such as
/// <c>typeof(IRepository&lt;int&gt;)</c> also yields the generic mock, used as <c>RepositoryMock&lt;int&gt;</c>.</para>
/// <para>The mock of <c>IShellDriver</c> is <c>ShellDriverMock</c>, in the interface's namespace. Classes and structs are
/// accepted by the compiler only so that the Toolkit analyzer can explain (TK0002) why they cannot be mocked.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class GenerateMockAttribute : Attribute
{
    /// <summary>Mocks the interface the attribute is placed on.</summary>
    public GenerateMockAttribute()
    {
    }

    /// <summary>Mocks <paramref name="type"/>; used at assembly level for interfaces you do not own.</summary>
    /// <param name="type">The interface to mock; may be an open generic such as <c>typeof(IRepository&lt;&gt;)</c>.</param>
    public GenerateMockAttribute(Type type)
    {
        Type = type;
    }

    /// <summary>The interface to mock, when given at assembly level; otherwise <see langword="null"/>.</summary>
    public Type? Type { get; }
}
