using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Samples;

/// <summary>The sample driver: its validating decorator is generated (ValidatingSampleDriver) and also written by hand (HandWritten/), and both are held to DataAnnotations.</summary>
[GenerateValidation]
public partial interface ISampleDriver
{
    Task<string> CreateAsync(ContainerConfig config, CancellationToken cancellationToken);

    Task StopAsync([Required, StringLength(64, MinimumLength = 1)] string id, [Range(0, 3600)] int timeoutSeconds, CancellationToken cancellationToken);

    void Login(string user, [Sensitive, MinLength(8)] string password);

    string? Find(string? name);

    int Publish([ValidateEnumeratedItems] PortMapping[] ports);
}
