using System.Text;
using Toolkit.Generators.Model;

namespace Toolkit.Generators.Emitting;

/// <summary>
/// Declares an implementation of every member of an interface, inherited ones included, and lets an emitter
/// write each body through <see cref="IMemberBodyWriter"/>. It takes care of the signature details that are easy
/// to get wrong: explicit qualification, ref kinds, <c>scoped</c>, constraints (<c>where T : default</c> for
/// <c>T?</c> in explicit implementations), nullable-analysis attributes that implementations must repeat,
/// <c>[Obsolete]</c> propagation (so using obsolete members raises no warning), and <c>unsafe</c>.
/// Static abstract members are not written (the analyzers report TK0005 for them).
/// </summary>
internal sealed class InterfaceImplementationWriter
{
    private static readonly HashSet<string> CopiedAttributes = new(StringComparer.Ordinal)
    {
        "System.Diagnostics.CodeAnalysis.AllowNullAttribute",
        "System.Diagnostics.CodeAnalysis.DisallowNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnIfAttribute",
    };

    private readonly InterfaceModel _interface;
    private readonly ImplementationStyle _style;

    public InterfaceImplementationWriter(InterfaceModel @interface, ImplementationStyle style)
    {
        _interface = @interface;
        _style = style;
    }

    /// <summary>Whether to implement default interface members too (default <see langword="true"/>); when
    /// <see langword="false"/> the class inherits their default bodies.</summary>
    public bool IncludeDefaultInterfaceMembers { get; init; } = true;

    /// <summary>An extra filter on the members to declare (for example, all but one default member); <see langword="null"/> for none.</summary>
    public Func<MemberModel, bool>? Filter { get; init; }

    /// <summary>The members this writer declares, in order.</summary>
    public IEnumerable<MemberModel> Members
        => _interface.Members.Where(m => !m.IsStatic && (IncludeDefaultInterfaceMembers || !m.HasDefaultImplementation) && (Filter is null || Filter(m)));

    /// <summary>Declares every member, separated by blank lines.</summary>
    public void WriteMembers(SourceWriter writer, IMemberBodyWriter bodies)
    {
        var first = true;
        foreach (var member in Members)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteMember(writer, member, bodies);
        }
    }

    /// <summary>Declares one member.</summary>
    public void WriteMember(SourceWriter writer, MemberModel member, IMemberBodyWriter bodies)
    {
        // [DoesNotReturn] is copied (implementations must repeat it); a body that may return, such as a mock's, would
        // otherwise warn CS8763, which is reported on the member's closing brace.
        var doesNotReturn = member.Attributes.Any(a => a.MetadataName == "System.Diagnostics.CodeAnalysis.DoesNotReturnAttribute");
        if (doesNotReturn)
        {
            writer.WriteLine("#pragma warning disable CS8763 // A method marked [DoesNotReturn] should not return");
        }

        WriteMemberCore(writer, member, bodies);
        if (doesNotReturn)
        {
            writer.WriteLine("#pragma warning restore CS8763");
        }
    }

    private void WriteMemberCore(SourceWriter writer, MemberModel member, IMemberBodyWriter bodies)
    {
        switch (member)
        {
            case MethodModel method:
                WriteMethod(writer, method, bodies);
                break;
            case PropertyModel property:
                WriteProperty(writer, property, bodies);
                break;
            case EventModel @event:
                WriteEvent(writer, @event, bodies);
                break;
        }
    }

    /// <summary>Whether <paramref name="member"/> is declared as an explicit interface implementation.</summary>
    public bool IsExplicit(MemberModel member) => _style == ImplementationStyle.Explicit || member.RequiresExplicitImplementation;

    private void WriteMethod(SourceWriter writer, MethodModel method, IMemberBodyWriter bodies)
    {
        var isExplicit = IsExplicit(method);
        WriteMemberPreamble(writer, method, isExplicit);
        WriteCopyableAttributes(writer, method.ReturnAttributes, "return: ");

        var header = new StringBuilder();
        header.Append(Modifiers(method, isExplicit));
        header.Append(ReturnTypeText(method.ReturnRefKind, method.ReturnType)).Append(' ');
        header.Append(MemberName(method, isExplicit));
        header.Append(TypeParameterList(method.TypeParameters));
        header.Append('(').Append(ParameterList(method.Parameters, includeDefaults: !isExplicit, includeParams: !isExplicit)).Append(')');
        writer.WriteLine(header.ToString());

        writer.Indent();
        foreach (var typeParameter in method.TypeParameters)
        {
            var clause = isExplicit ? typeParameter.ExplicitImplementationConstraintClause : typeParameter.ConstraintClause;
            if (clause.Length > 0)
            {
                writer.WriteLine(clause);
            }
        }

        writer.Unindent();
        writer.OpenBlock();
        bodies.WriteMethodBody(writer, method);
        writer.CloseBlock();
    }

    private void WriteProperty(SourceWriter writer, PropertyModel property, IMemberBodyWriter bodies)
    {
        if (property.IsIndexedProperty)
        {
            WriteIndexedProperty(writer, property, bodies);
            return;
        }

        var isExplicit = IsExplicit(property);
        WriteMemberPreamble(writer, property, isExplicit);

        // C# reads [AllowNull]/[DisallowNull] on a property as applying to its setter's value, and [MaybeNull]/[NotNull]
        // as applying to its getter's result; metadata keeps them on the accessors, so they are lifted back here.
        WriteCopyableAttributes(writer, property.Setter?.ValueAttributes ?? EquatableArray<AttributeModel>.Empty);
        WriteCopyableAttributes(writer, property.Getter?.ReturnAttributes ?? EquatableArray<AttributeModel>.Empty);

        var header = new StringBuilder();
        header.Append(Modifiers(property, isExplicit));
        header.Append(ReturnTypeText(property.RefKind, property.Type)).Append(' ');
        if (property.IsIndexer)
        {
            header.Append(isExplicit ? property.DeclaringInterface.Name + ".this" : "this");
            header.Append('[').Append(ParameterList(property.Parameters, includeDefaults: !isExplicit, includeParams: !isExplicit)).Append(']');
        }
        else
        {
            header.Append(MemberName(property, isExplicit));
        }

        writer.WriteLine(header.ToString());
        writer.OpenBlock();
        if (property.Getter is { } getter)
        {
            WriteAccessorAttributes(writer, getter);
            writer.WriteLine("get");
            writer.OpenBlock();
            bodies.WriteGetterBody(writer, property);
            writer.CloseBlock();
        }

        if (property.Setter is { } setter)
        {
            WriteAccessorAttributes(writer, setter);
            writer.WriteLine(setter.IsInit ? "init" : "set");
            writer.OpenBlock();
            bodies.WriteSetterBody(writer, property);
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    /// <summary>
    /// A COM indexed property (a property with parameters that is not the indexer): C# cannot declare one, so each
    /// accessor is implemented explicitly as the method it is in metadata, <c>get_Name(index)</c> and
    /// <c>set_Name(index, value)</c>. The bodies are the property's, with the parameters and <c>value</c> in scope.
    /// </summary>
    private void WriteIndexedProperty(SourceWriter writer, PropertyModel property, IMemberBodyWriter bodies)
    {
        var obsolete = ObsoleteAttributeFor(property);
        var parameters = ParameterList(property.Parameters, includeDefaults: false, includeParams: false);
        var prefix = Modifiers(property, isExplicit: true);
        if (property.Getter is { } getter)
        {
            WriteAccessorMethodPreamble(writer, obsolete, getter);
            WriteCopyableAttributes(writer, getter.ReturnAttributes, "return: ");
            writer.WriteLine(prefix, ReturnTypeText(property.RefKind, property.Type), " ", property.DeclaringInterface.Name, ".", getter.MethodName, "(", parameters, ")");
            writer.OpenBlock();
            bodies.WriteGetterBody(writer, property);
            writer.CloseBlock();
        }

        if (property.Setter is { } setter)
        {
            if (property.Getter is not null)
            {
                writer.WriteLine();
            }

            var value = new StringBuilder(parameters.Length > 0 ? ", " : "");
            foreach (var attribute in setter.ValueAttributes.Where(a => CopiedAttributes.Contains(a.MetadataName)))
            {
                value.Append('[').Append(attribute.ToSource()).Append("] ");
            }

            value.Append(property.Type.Name).Append(" value");
            WriteAccessorMethodPreamble(writer, obsolete, setter);
            writer.WriteLine(prefix, "void ", property.DeclaringInterface.Name, ".", setter.MethodName, "(", parameters, value.ToString(), ")");
            writer.OpenBlock();
            bodies.WriteSetterBody(writer, property);
            writer.CloseBlock();
        }
    }

    private static void WriteAccessorMethodPreamble(SourceWriter writer, string? obsolete, AccessorModel accessor)
    {
        if (obsolete is not null)
        {
            writer.WriteLine("[", obsolete, "]");
        }

        WriteAccessorAttributes(writer, accessor);
    }

    private void WriteEvent(SourceWriter writer, EventModel @event, IMemberBodyWriter bodies)
    {
        var isExplicit = IsExplicit(@event);
        WriteMemberPreamble(writer, @event, isExplicit);
        writer.WriteLine(Modifiers(@event, isExplicit), "event ", @event.Type.Name, " ", MemberName(@event, isExplicit));
        writer.OpenBlock();
        writer.WriteLine("add");
        writer.OpenBlock();
        bodies.WriteAdderBody(writer, @event);
        writer.CloseBlock();
        writer.WriteLine("remove");
        writer.OpenBlock();
        bodies.WriteRemoverBody(writer, @event);
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private void WriteMemberPreamble(SourceWriter writer, MemberModel member, bool isExplicit)
    {
        if (!isExplicit)
        {
            writer.WriteLine("/// <inheritdoc/>");
        }

        if (ObsoleteAttributeFor(member) is { } obsolete)
        {
            writer.WriteLine("[", obsolete, "]");
        }

        WriteCopyableAttributes(writer, member.Attributes);
    }

    private static void WriteAccessorAttributes(SourceWriter writer, AccessorModel accessor)
        => WriteCopyableAttributes(writer, accessor.Attributes);

    /// <summary>
    /// The <c>[Obsolete]</c> (warning level, with the member's message) to put on generated code that implements or
    /// calls <paramref name="member"/>, or <see langword="null"/>. Code inside an obsolete member may use obsolete members
    /// and types without warnings, or errors for <c>[Obsolete(…, true)]</c>, which is why generated code repeats it.
    /// </summary>
    public static string? ObsoleteAttributeFor(MemberModel member)
    {
        if (member.Obsolete is { } obsolete)
        {
            // Always a warning: inside an obsolete member, using obsolete (even error-level) APIs reports nothing, and
            // callers of generated API for an obsolete member get a warning they can suppress.
            return (obsolete with { IsError = false }).ToAttributeSource();
        }

        return member.UsesObsoleteTypes ? "global::System.Obsolete" : null;
    }

    /// <summary>Writes, one per line, the nullable-analysis attributes an implementation must repeat to match the interface.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="attributes">The declaration's attributes.</param>
    /// <param name="target">An attribute target such as <c>return: </c>, or empty.</param>
    private static void WriteCopyableAttributes(SourceWriter writer, EquatableArray<AttributeModel> attributes, string target = "")
    {
        foreach (var attribute in attributes)
        {
            if (CopiedAttributes.Contains(attribute.MetadataName))
            {
                writer.WriteLine("[", target, attribute.ToSource(), "]");
            }
        }
    }

    private string Modifiers(MemberModel member, bool isExplicit)
    {
        var modifiers = isExplicit ? "" : "public ";
        return member.RequiresUnsafe ? modifiers + "unsafe " : modifiers;
    }

    private static string MemberName(MemberModel member, bool isExplicit)
        => isExplicit ? member.DeclaringInterface.Name + "." + member.EscapedName : member.EscapedName;

    /// <summary><c>ref readonly T</c>, <c>ref T</c> or <c>T</c>.</summary>
    public static string ReturnTypeText(ReturnRefKind refKind, TypeModel type) => refKind switch
    {
        ReturnRefKind.Ref => "ref " + type.Name,
        ReturnRefKind.RefReadOnly => "ref readonly " + type.Name,
        _ => type.Name,
    };

    /// <summary><c>&lt;T, TResult&gt;</c> or empty.</summary>
    public static string TypeParameterList(EquatableArray<TypeParameterModel> typeParameters)
        => typeParameters.IsEmpty ? "" : "<" + string.Join(", ", typeParameters.Select(p => p.Name)) + ">";

    /// <summary>
    /// A parameter declaration list: <c>string command, ref int count, scoped global::System.ReadOnlySpan&lt;byte&gt; data</c>,
    /// with nullable-analysis attributes, and optionally default values and <c>params</c>.
    /// </summary>
    public static string ParameterList(EquatableArray<ParameterModel> parameters, bool includeDefaults, bool includeParams)
    {
        var builder = new StringBuilder();
        foreach (var parameter in parameters)
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            foreach (var attribute in parameter.Attributes)
            {
                if (CopiedAttributes.Contains(attribute.MetadataName))
                {
                    builder.Append('[').Append(attribute.ToSource()).Append("] ");
                }
            }

            if (includeParams && parameter.IsParams)
            {
                builder.Append("params ");
            }

            if (parameter.IsScoped)
            {
                builder.Append("scoped ");
            }

            builder.Append(parameter.DeclarationModifier).Append(parameter.Type.Name).Append(' ').Append(parameter.EscapedName);
            if (includeDefaults && parameter.DefaultValue is { } value)
            {
                builder.Append(" = ").Append(value);
            }
        }

        return builder.ToString();
    }

    /// <summary>Arguments that pass every parameter on unchanged: <c>command, ref count, out result, in options</c>.</summary>
    public static string ArgumentList(EquatableArray<ParameterModel> parameters)
        => string.Join(", ", parameters.Select(p => p.ArgumentModifier + p.EscapedName));

    /// <summary>
    /// An expression that calls <paramref name="method"/> on <paramref name="instance"/> (an expression of the
    /// interface's type) with the current method's own parameters, e.g.
    /// <c>((global::System.IDisposable)this._inner).Dispose()</c>. Inherited members are reached through their
    /// declaring interface, which is always unambiguous.
    /// </summary>
    public static string Invocation(MethodModel method, string instance, bool alwaysCast = false)
        => Receiver(method, instance, alwaysCast) + "." + method.EscapedName + TypeParameterList(method.TypeParameters) + "(" + ArgumentList(method.Parameters) + ")";

    /// <summary>An expression reading <paramref name="property"/> (or indexer) on <paramref name="instance"/>.</summary>
    /// <remarks>A COM indexed property is read and written as <c>x.Name[index]</c>.</remarks>
    public static string PropertyAccess(PropertyModel property, string instance, bool alwaysCast = false)
        => property.IsIndexer
            ? Receiver(property, instance, alwaysCast) + "[" + ArgumentList(property.Parameters) + "]"
            : Receiver(property, instance, alwaysCast) + "." + property.EscapedName + (property.IsIndexedProperty ? "[" + ArgumentList(property.Parameters) + "]" : "");

    /// <summary>
    /// <paramref name="instance"/>, cast to the member's declaring interface when the member is inherited (so a
    /// diamond or a <c>new</c> member resolves to exactly this member). With <paramref name="alwaysCast"/> every member
    /// is reached through its declaring interface, as on an instance that implements them all explicitly.
    /// </summary>
    public static string Receiver(MemberModel member, string instance, bool alwaysCast = false)
        => !alwaysCast && member.IsDeclaredOnTarget && !member.RequiresExplicitImplementation
            ? instance
            : "((" + member.DeclaringInterface.Name + ")" + instance + ")";
}
