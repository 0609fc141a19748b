using Toolkit.Generators.Model;
using Toolkit.Generators.Naming;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>
/// Writes <c>XMockServiceCollectionExtensions</c> next to the mock of an interface that carries
/// <c>[GenerateRegistration]</c>: <c>AddXMock(mock)</c> and <c>AddKeyedXMock(key, mock)</c>, which register the mock
/// through the interface's own factory overload, so a test exercises the real decorators around it.
/// </summary>
/// <remarks>
/// The mock lives in the test project and the registration in the production one, which must not know about mocks
/// (the mocking runtime never reaches a production app). So the mock's side calls the registration's public factory
/// overload instead of the registration writing a mock overload, and it works the same whether the mock was asked for
/// on the interface or at assembly level for an interface in a referenced project. A class of its own, because a
/// second partial part of the registration class in another assembly would be a second class of the same name.
/// </remarks>
internal static class MockRegistrationWriter
{
    private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    private const string Singleton = "global::Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton";
    private const string Decorators = RuntimeTypes.Registration + "DriverDecorators";

    /// <summary>Whether <paramref name="model"/> has a generated registration for the mock to go through.</summary>
    public static bool Applies(InterfaceModel model) => model.Attributes.Any(a => a.MetadataName == Pipeline.AttributeNames.GenerateRegistration);

    /// <summary>Writes the extension class.</summary>
    public static void Write(SourceWriter writer, InterfaceModel model)
    {
        var stem = GeneratedNames.Stem(model);
        var cref = SourceWriter.XmlText(model.FullyQualifiedName.Replace('<', '{').Replace('>', '}'));
        writer.WriteLine("/// <summary>Registers a <c>", SourceWriter.XmlText(GeneratedNames.Mock(model)), "</c> as <see cref=\"", cref, "\"/> for tests, inside the interface's generated decorators.</summary>");
        if (model.Obsolete is { } obsolete)
        {
            writer.WriteLine("[", obsolete.ToAttributeSource(), "]");
        }

        writer.WriteLine("[", GeneratedCode.Attribute, "]");
        writer.WriteLine(model.IsPublic ? "public" : "internal", " static class ", stem, "MockServiceCollectionExtensions");
        writer.OpenBlock();
        WriteAdd(writer, model, stem, cref, keyed: false);
        writer.WriteLine();
        WriteAdd(writer, model, stem, cref, keyed: true);
        writer.CloseBlock();
    }

    private static void WriteAdd(SourceWriter writer, InterfaceModel model, string stem, string cref, bool keyed)
    {
        var typeParameters = GeneratedNames.TypeParameterList(model);
        var mock = GeneratedNames.FullyQualified(model, GeneratedNames.Mock(model));
        var registration = GeneratedNames.FullyQualified(model, GeneratedNames.ServiceCollectionExtensions(model));
        // FullyQualified appends the interface's type parameters; the extensions class itself is not generic.
        registration = typeParameters.Length == 0 ? registration : registration.Substring(0, registration.Length - typeParameters.Length);
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Registers <paramref name=\"mock\"/> as the singleton <see cref=\"", cref, "\"/>", keyed ? " under <paramref name=\"serviceKey\"/>" : "", ", wrapped in the");
        writer.WriteLine("/// interface's generated decorators, so the test exercises them around the mock. Disposing the container disposes the");
        writer.WriteLine("/// chain, and through it the mock, like any implementation the container owns.");
        writer.WriteLine("/// </summary>");
        foreach (var parameter in model.AllTypeParameters)
        {
            writer.WriteLine("/// <typeparam name=\"", parameter.Name, "\">The interface's type parameter.</typeparam>");
        }

        writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
        if (keyed)
        {
            writer.WriteLine("/// <param name=\"serviceKey\">The key the mock is registered under.</param>");
        }

        writer.WriteLine("/// <param name=\"mock\">The mock to resolve.</param>");
        writer.WriteLine("/// <param name=\"decorators\">The decorators to put around it; every one the interface declares by default.</param>");
        writer.WriteLine("/// <returns><paramref name=\"services\"/>, for chaining.</returns>");
        writer.WriteLine(
            "public static ", Services, " ", keyed ? "AddKeyed" : "Add", stem, "Mock", typeParameters,
            "(this ", Services, " services, ", keyed ? "object? serviceKey, " : "", mock, " mock, ", Decorators, " decorators = ", Decorators, ".All)");
        writer.Indent();
        foreach (var clause in GeneratedNames.ConstraintClauses(model))
        {
            writer.WriteLine(clause);
        }

        writer.Unindent();
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(mock);");
        writer.WriteLine(
            "return ", registration, ".", keyed ? "AddKeyed" : "Add", stem, typeParameters, "(services, ",
            keyed ? "serviceKey, (_, _) => mock" : "_ => mock", ", ", Singleton, ", decorators);");
        writer.CloseBlock();
    }
}
