namespace Toolkit.Mocks.Tests.Subjects;

/// <summary>A driver that takes a secret: its <c>[Sensitive]</c> parameter must never show in mock messages.</summary>
[GenerateMock]
public partial interface ICredentialStore
{
    bool Login(string user, [Sensitive] string password);
}
