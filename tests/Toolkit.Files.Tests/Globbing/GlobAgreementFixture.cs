using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Globbing;

/// <summary>One generated tree shared by the bash agreement tests.</summary>
public sealed class GlobAgreementFixture : IDisposable
{
    public GlobAgreementFixture()
    {
        GlobTree.Build(Directory);
    }

    public TestDirectory Directory { get; } = new();

    public void Dispose() => Directory.Dispose();
}
