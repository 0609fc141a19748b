using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Tracking;

/// <summary>The tracking decorator's source for representative interfaces, compared with reviewed snapshots.</summary>
public sealed class TrackingSnapshotTests
{
    private const string ShellDriver = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Toolkit;

        namespace Company.Drivers;

        public sealed record Credentials(string User, [property: Sensitive] string Password);

        [GenerateTracking]
        public partial interface IShellDriver
        {
            string Name { get; }

            event System.EventHandler<string>? OutputReceived;

            int Run(string command, int timeoutSeconds);

            void Reset();

            Task StartAsync(string name, CancellationToken cancellationToken);

            ValueTask<string> ReadAsync(string path, CancellationToken cancellationToken = default);

            IAsyncEnumerable<string> TailAsync(string path, CancellationToken cancellationToken);

            Task LoginAsync(Credentials credentials, [Sensitive] string token, CancellationToken cancellationToken);
        }
        """;

    [Fact]
    public void Shell_driver_decorator_matches_its_snapshot()
    {
        var run = GeneratorHarness.Run(ShellDriver).ShouldCompileCleanly();

        Snapshot.Match(run.Source("Company.Drivers.IShellDriver.Tracking.g.cs"), "TrackingShellDriver");
    }

    [Fact]
    public void Generic_interface_keeps_its_telemetry_in_a_non_generic_class()
    {
        var run = GeneratorHarness.Run("""
            using System.Threading.Tasks;
            namespace N;
            [Toolkit.GenerateTracking]
            public partial interface IRepository<TEntity, in TKey>
                where TEntity : class
                where TKey : notnull
            {
                Task<TEntity?> FindAsync(TKey key);
                void Save(TEntity entity);
                TResult Project<TResult>(TKey key, System.Func<TEntity, TResult> projection) where TResult : struct;
            }
            """).ShouldCompileCleanly();

        Snapshot.Match(run.Source("N.IRepository_2.Tracking.g.cs"), "TrackingRepository");
    }
}
