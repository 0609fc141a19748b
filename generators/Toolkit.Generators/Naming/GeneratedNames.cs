using Toolkit.Generators.Model;

namespace Toolkit.Generators.Naming;

/// <summary>
/// The one naming rule for everything Toolkit generates from an interface. For <c>IShellDriver</c> in namespace
/// <c>N</c>: <c>N.ShellDriverMock</c>, <c>N.TrackingShellDriver</c>, <c>N.ValidatingShellDriver</c> and
/// <c>N.ShellDriverServiceCollectionExtensions</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The stem is the interface name with a leading <c>I</c> removed when an upper-case letter follows
/// (<c>IShellDriver</c> → <c>ShellDriver</c>, <c>Interval</c> → <c>Interval</c>, <c>IO</c> → <c>O</c>).</item>
/// <item>Nested interfaces are prefixed with their containing types' names: <c>Outer.IInner</c> → <c>OuterInner</c>.</item>
/// <item>Generated types live in the interface's namespace (the global namespace for global interfaces), also for
/// interfaces from other assemblies named with <c>[assembly: GenerateMock(typeof(...))]</c>: <c>System.IDisposable</c>
/// gets <c>System.DisposableMock</c>, found through the <c>using</c> that already brings the interface in.</item>
/// <item>Generic interfaces give generic types with the same type parameters, after those of generic containing
/// types: <c>IRepo&lt;T&gt;</c> → <c>RepoMock&lt;T&gt;</c>. Extension classes cannot be generic, so
/// <see cref="ServiceCollectionExtensions"/> keeps the stem only.</item>
/// </list>
/// </remarks>
internal static class GeneratedNames
{
    /// <summary>The shared stem: <c>IShellDriver</c> → <c>ShellDriver</c>; <c>Outer.IInner</c> → <c>OuterInner</c>.</summary>
    public static string Stem(InterfaceModel model) => Stem(model.ContainingTypeNames, model.Name);

    /// <summary>The stem from the containing types' names (outermost first) and the interface's name.</summary>
    private static string Stem(IEnumerable<string> containingTypeNames, string interfaceName)
        => string.Concat(containingTypeNames.Select(Identifiers.Unescape)) + StripInterfacePrefix(interfaceName);

    /// <summary>Removes a leading <c>I</c> when an upper-case letter follows it.</summary>
    public static string StripInterfacePrefix(string interfaceName)
    {
        interfaceName = Identifiers.Unescape(interfaceName);
        return interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1])
            ? interfaceName.Substring(1)
            : interfaceName;
    }

    /// <summary>
    /// The metadata name the mock of <paramref name="interfaceSymbol"/> gets (e.g. <c>N.ShellDriverMock</c> or
    /// <c>N.RepoMock`1</c>), computed from the symbol so a pipeline step can look it up before parsing.
    /// </summary>
    public static string MockMetadataName(Microsoft.CodeAnalysis.INamedTypeSymbol interfaceSymbol)
    {
        var containingTypeNames = new List<string>();
        var arity = interfaceSymbol.Arity;
        for (var containing = interfaceSymbol.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            containingTypeNames.Insert(0, containing.Name);
            arity += containing.Arity;
        }

        var stem = Stem(containingTypeNames, interfaceSymbol.Name);
        var ns = interfaceSymbol.ContainingNamespace;
        var prefix = ns is null || ns.IsGlobalNamespace ? "" : ns.ToDisplayString() + ".";
        return prefix + stem + "Mock" + (arity > 0 ? "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }

    /// <summary>The metadata name of the mock of <paramref name="model"/>, as <see cref="MockMetadataName(Microsoft.CodeAnalysis.INamedTypeSymbol)"/> gives it for the symbol.</summary>
    public static string MockMetadataName(InterfaceModel model)
    {
        var arity = model.AllTypeParameters.Count();
        var prefix = model.Namespace.Length == 0 ? "" : model.Namespace.Replace("@", "") + ".";
        return prefix + Stem(model) + "Mock" + (arity > 0 ? "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }

    /// <summary>The mock class name without type parameters, e.g. <c>ShellDriverMock</c>.</summary>
    public static string Mock(InterfaceModel model) => Stem(model) + "Mock";

    /// <summary>The tracking decorator class name, e.g. <c>TrackingShellDriver</c>.</summary>
    public static string Tracking(InterfaceModel model) => "Tracking" + Stem(model);

    /// <summary>The validating decorator class name, e.g. <c>ValidatingShellDriver</c>.</summary>
    public static string Validating(InterfaceModel model) => "Validating" + Stem(model);

    /// <summary>The DI registration extension class name, e.g. <c>ShellDriverServiceCollectionExtensions</c>.</summary>
    public static string ServiceCollectionExtensions(InterfaceModel model) => Stem(model) + "ServiceCollectionExtensions";

    /// <summary>The namespace generated types are declared in; empty for the global namespace.</summary>
    public static string Namespace(InterfaceModel model) => model.Namespace;

    /// <summary>
    /// The type parameter list the generated types declare, e.g. <c>&lt;T&gt;</c>, or empty. Includes generic
    /// containing types' parameters first.
    /// </summary>
    public static string TypeParameterList(InterfaceModel model)
    {
        var names = model.AllTypeParameters.Select(p => p.Name).ToList();
        return names.Count == 0 ? "" : "<" + string.Join(", ", names) + ">";
    }

    /// <summary>The <c>where</c> clauses the generated types repeat, one per constrained type parameter.</summary>
    public static IEnumerable<string> ConstraintClauses(InterfaceModel model)
        => model.AllTypeParameters.Select(p => p.ConstraintClause).Where(c => c.Length > 0);

    /// <summary>
    /// A fully qualified reference to a generated type, e.g. <c>global::N.ShellDriverMock</c> or
    /// <c>global::N.RepoMock&lt;T&gt;</c>.
    /// </summary>
    public static string FullyQualified(InterfaceModel model, string typeName)
    {
        var ns = Namespace(model);
        var qualified = ns.Length == 0 ? "global::" + typeName : "global::" + ns + "." + typeName;
        return qualified + TypeParameterList(model);
    }

    /// <summary>
    /// A unique, file-name-safe hint name for one output of one interface, e.g. <c>N.IRepo_1.Mock.g.cs</c>.
    /// </summary>
    /// <param name="model">The interface.</param>
    /// <param name="output">The output's name: <c>Mock</c>, <c>Tracking</c>, <c>Validating</c>, <c>Registration</c>.</param>
    public static string HintName(InterfaceModel model, string output)
    {
        var chars = model.MetadataName.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (!(char.IsLetterOrDigit(c) || c == '.' || c == '_'))
            {
                chars[i] = '_';
            }
        }

        return new string(chars) + "." + output + ".g.cs";
    }
}
