using System.Runtime.CompilerServices;
using System.Text;

namespace Toolkit.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated source with a <c>Snapshots/&lt;name&gt;.verified.cs</c> file kept beside the test. On a mismatch
/// it writes <c>&lt;name&gt;.received.cs</c> next to it and fails with a line diff; review the received file and rename
/// it to accept. Setting <c>TOOLKIT_ACCEPT_SNAPSHOTS=1</c> overwrites the verified files instead (use with care).
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable("TOOLKIT_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(receivedPath, actual);
            Assert.Fail("No snapshot '" + verifiedPath + "' yet. Review '" + receivedPath + "' and rename it to .verified.cs to accept it.");
        }

        var expected = Normalize(File.ReadAllText(verifiedPath));
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail("Generated source differs from '" + verifiedPath + "' (received: '" + receivedPath + "'):\n" + Diff(expected, actual));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>A minimal unified-style diff (longest common subsequence of lines), enough to see what changed.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var output = new StringBuilder();
        int x = 0, y = 0, shown = 0;
        while ((x < a.Length || y < b.Length) && shown < 200)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                output.Append("+ ").Append(y + 1).Append(": ").AppendLine(b[y++]);
                shown++;
            }
            else
            {
                output.Append("- ").Append(x + 1).Append(": ").AppendLine(a[x++]);
                shown++;
            }
        }

        return output.ToString();
    }
}
