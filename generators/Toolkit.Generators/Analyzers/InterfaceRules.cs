using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Toolkit.Generators.Diagnostics;
using Toolkit.Generators.Parsing;

namespace Toolkit.Generators.Analyzers;

/// <summary>
/// The checks that decide whether generated code can implement an interface (TK0001–TK0006). The analyzer
/// reports them; the generator asks <see cref="CanGenerate"/> and quietly skips interfaces that fail, so the
/// user sees one clear diagnostic rather than errors in generated code.
/// </summary>
internal static class InterfaceRules
{
    /// <summary>Whether generated code for <paramref name="type"/> would compile.</summary>
    public static bool CanGenerate(INamedTypeSymbol type, Compilation compilation, bool requirePartial)
        => !Check(type, compilation, attributeName: "", location: null, requirePartial).Any();

    /// <summary>Every reason generated code could not implement <paramref name="type"/>.</summary>
    /// <param name="type">The interface (a non-interface gets nothing here; callers check the kind first).</param>
    /// <param name="compilation">The compilation the code would be generated into.</param>
    /// <param name="attributeName">The attribute as users write it, for messages (<c>GenerateMock</c>).</param>
    /// <param name="location">Where to report problems that have no better place (the attribute or the interface name).</param>
    /// <param name="requirePartial">Report TK0001 when no declaration is partial (interface-level attributes only).</param>
    public static IEnumerable<Diagnostic> Check(INamedTypeSymbol type, Compilation compilation, string attributeName, Location? location, bool requirePartial)
    {
        var definition = type.OriginalDefinition;
        var display = InterfaceParser.DisplayName(definition);
        location ??= definition.Locations.FirstOrDefault() ?? Location.None;

        if (requirePartial && !IsPartial(definition))
        {
            yield return Diagnostic.Create(Descriptors.InterfaceNotPartial, location, display, attributeName);
        }

        var accessibility = SymbolFacts.EffectiveAccessibility(definition);
        if (accessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal
            || !compilation.IsSymbolAccessibleWithin(definition, compilation.Assembly))
        {
            yield return Diagnostic.Create(Descriptors.InterfaceNotAccessible, location, display, Describe(accessibility, definition, compilation));
            yield break;
        }

        var needsUnsafe = false;
        string? unsafeMember = null;
        foreach (var member in AllMembers(definition))
        {
            var memberLocation = MemberLocation(member, definition, location);
            if (member.IsStatic && member.IsAbstract)
            {
                yield return Diagnostic.Create(Descriptors.StaticAbstractMember, memberLocation, display, InterfaceParser.MemberDisplay(member));
                yield break;
            }

            if (member.IsStatic || !(member.IsAbstract || member.IsVirtual))
            {
                continue;
            }

            if (!member.IsStatic && member.IsAbstract && !compilation.IsSymbolAccessibleWithin(member, compilation.Assembly))
            {
                yield return Diagnostic.Create(Descriptors.MemberNotImplementable, memberLocation, InterfaceParser.MemberDisplay(member), display, "it is " + AccessibilityText(member.DeclaredAccessibility) + " to assembly '" + member.ContainingAssembly.Name + "'");
                continue;
            }

            // A public property with an internal setter (C# 8 lets interfaces give accessors their own accessibility):
            // an implementation must provide the setter, which no other assembly can name.
            if (Accessors(member).FirstOrDefault(a => a.IsAbstract && !compilation.IsSymbolAccessibleWithin(a, compilation.Assembly)) is { } hidden)
            {
                yield return Diagnostic.Create(Descriptors.MemberNotImplementable, memberLocation, InterfaceParser.MemberDisplay(member), display, "its " + AccessorKeyword(hidden) + " accessor is " + AccessibilityText(hidden.DeclaredAccessibility) + " to assembly '" + member.ContainingAssembly.Name + "'");
                continue;
            }

            if (member is IMethodSymbol { IsVararg: true })
            {
                yield return Diagnostic.Create(Descriptors.MemberNotImplementable, memberLocation, InterfaceParser.MemberDisplay(member), display, "__arglist methods cannot be implemented in C#");
                continue;
            }

            if (member.HasUnsupportedMetadata || Accessors(member).Any(a => a.HasUnsupportedMetadata))
            {
                yield return Diagnostic.Create(Descriptors.MemberNotImplementable, memberLocation, InterfaceParser.MemberDisplay(member), display, "its metadata uses a feature C# does not support");
                continue;
            }

            // A property with parameters that is not the type's indexer (Visual Basic's Property Item(i) under another
            // name, say): C# reaches such properties only on COM-imported interfaces, as indexed properties.
            if (member is IPropertySymbol { IsIndexer: false, Parameters.IsEmpty: false } && !member.ContainingType.IsComImport)
            {
                yield return Diagnostic.Create(Descriptors.MemberNotImplementable, memberLocation, InterfaceParser.MemberDisplay(member), display, "it is a property with parameters, which C# supports only on COM-imported interfaces");
                continue;
            }

            foreach (var used in SignatureTypes(member))
            {
                if (!IsAccessible(used, compilation))
                {
                    yield return Diagnostic.Create(
                        Descriptors.MemberNotImplementable,
                        memberLocation,
                        InterfaceParser.MemberDisplay(member),
                        display,
                        "its signature uses '" + used.ToDisplayString() + "', which this assembly cannot access");
                    break;
                }

                if (!needsUnsafe && TypeModelFactory.ContainsPointer(used))
                {
                    needsUnsafe = true;
                    unsafeMember = InterfaceParser.MemberDisplay(member);
                }
            }
        }

        if (needsUnsafe && compilation.Options is Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions { AllowUnsafe: false })
        {
            yield return Diagnostic.Create(Descriptors.UnsafeCodeRequired, location, display, unsafeMember!);
        }
    }

    /// <summary>Whether some declaration of the interface has the <c>partial</c> modifier.</summary>
    public static bool IsPartial(INamedTypeSymbol type)
        => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static IEnumerable<ISymbol> AllMembers(INamedTypeSymbol type)
        => type.GetMembers().Concat(type.AllInterfaces.SelectMany(i => i.GetMembers()))
            .Where(m => m is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion } or IPropertySymbol or IEventSymbol);

    private static IEnumerable<IMethodSymbol> Accessors(ISymbol member) => member switch
    {
        IPropertySymbol property => new[] { property.GetMethod, property.SetMethod }.OfType<IMethodSymbol>(),
        IEventSymbol @event => new[] { @event.AddMethod, @event.RemoveMethod }.OfType<IMethodSymbol>(),
        _ => Enumerable.Empty<IMethodSymbol>(),
    };

    private static string AccessorKeyword(IMethodSymbol accessor) => accessor.MethodKind switch
    {
        MethodKind.PropertyGet => "get",
        MethodKind.PropertySet when accessor.IsInitOnly => "init",
        MethodKind.PropertySet => "set",
        MethodKind.EventAdd => "add",
        _ => "remove",
    };

    /// <summary>The accessibility as C# writes it: <c>internal</c>, <c>protected internal</c>, <c>private protected</c>…</summary>
    private static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => accessibility.ToString().ToLowerInvariant(),
    };

    private static Location MemberLocation(ISymbol member, INamedTypeSymbol target, Location fallback)
        => SymbolEqualityComparer.Default.Equals(member.ContainingType, target) && member.Locations.FirstOrDefault(l => l.IsInSource) is { } own
            ? own
            : fallback;

    private static IEnumerable<ITypeSymbol> SignatureTypes(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol method:
                yield return method.ReturnType;
                foreach (var parameter in method.Parameters)
                {
                    yield return parameter.Type;
                }

                break;
            case IPropertySymbol property:
                yield return property.Type;
                foreach (var parameter in property.Parameters)
                {
                    yield return parameter.Type;
                }

                break;
            case IEventSymbol @event:
                yield return @event.Type;
                break;
        }
    }

    private static bool IsAccessible(ITypeSymbol type, Compilation compilation) => type switch
    {
        IArrayTypeSymbol array => IsAccessible(array.ElementType, compilation),
        IPointerTypeSymbol pointer => IsAccessible(pointer.PointedAtType, compilation),
        ITypeParameterSymbol or IDynamicTypeSymbol or IFunctionPointerTypeSymbol => true,
        INamedTypeSymbol named => compilation.IsSymbolAccessibleWithin(named.OriginalDefinition, compilation.Assembly)
            && named.TypeArguments.All(a => IsAccessible(a, compilation)),
        _ => true,
    };

    private static string Describe(Accessibility accessibility, INamedTypeSymbol type, Compilation compilation) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        Accessibility.Internal when !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
            => "internal to " + type.ContainingAssembly.Name,
        _ => "not accessible",
    };
}
