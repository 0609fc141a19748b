using System.Diagnostics;
using Toolkit.Files.Tests.Helpers;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Files;

/// <summary>
/// The crash test: a separate process rewrites a file through the driver in a loop and is killed with
/// SIGKILL at a random moment, many times. After every kill the file must hold one complete generation
/// (the old content or a newer one, never a torn or truncated mix), and never an older one than before.
/// Runs with both staging strategies: O_TMPFILE and the named temporary file used where O_TMPFILE is missing.
/// </summary>
public sealed class AtomicWriteCrashTests : IDisposable
{
    private const int Kills = 25;
    private readonly TestDirectory _dir = new();

    [Theory]
    [MemberData(nameof(Drivers.TempFileKinds), MemberType = typeof(Drivers))]
    public async Task A_writer_killed_at_random_points_always_leaves_a_complete_old_or_new_file(string tempFiles)
    {
        await File.WriteAllBytesAsync(_dir["state.bin"], AtomicWriterMode.Generation(0));
        var random = new Random(20240601);
        long generation = 0;
        int advanced = 0;
        for (int kill = 0; kill < Kills; kill++)
        {
            using var writer = Process.Start(HelperProcess.StartInfo(AtomicWriterMode.Name, _dir.Path, "state.bin", generation.ToString(System.Globalization.CultureInfo.InvariantCulture), tempFiles))!;
            string? started = await writer.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (started != "started")
            {
                Assert.Fail($"The writer did not start: {await writer.StandardError.ReadToEndAsync()}");
            }

            await Task.Delay(random.Next(0, 60));
            writer.Kill();
            await writer.WaitForExitAsync();

            long? found = AtomicWriterMode.Verify(await File.ReadAllBytesAsync(_dir["state.bin"]));
            Assert.True(found is not null, $"After kill {kill} the file is not one complete generation.");
            Assert.True(found >= generation, $"After kill {kill} the file went back from generation {generation} to {found}.");
            // The writer reports "started" after its first write; anything beyond that happened in the kill window.
            advanced += found > generation + 1 ? 1 : 0;
            generation = found.Value;
        }

        // The kills must have landed while writes were happening, or the test proved nothing.
        Assert.True(advanced >= Kills / 3, $"Only {advanced} of {Kills} runs wrote anything before being killed.");
    }

    public void Dispose() => _dir.Dispose();
}
