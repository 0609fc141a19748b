using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Mocks;

/// <summary>
/// The generated source for representative interfaces, compared with reviewed snapshots in <c>Snapshots/</c>. A change
/// to the emitter shows up here as a diff to review.
/// </summary>
public sealed class MockSnapshotTests
{
    [Fact]
    public void Driver_interface()
    {
        var run = GeneratorHarness.Run("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            namespace Company.Drivers;

            [Toolkit.GenerateMock]
            public partial interface IShellDriver
            {
                event EventHandler<string>? Output;

                string WorkingDirectory { get; set; }

                string this[string variable] { get; }

                string Run(string command, int timeout = 30);

                Task<int> RunAsync(string command, CancellationToken cancellationToken);

                void Kill(int processId);

                bool TryGetExitCode(int processId, out int exitCode);
            }
            """).ShouldCompileCleanly();

        Snapshot.Match(run.Source("Company.Drivers.IShellDriver.Mock.g.cs"), "ShellDriverMock");
    }

    [Fact]
    public void Generic_interface_with_constraints_and_generic_methods()
    {
        var run = GeneratorHarness.Run("""
            using System;
            using System.Collections.Generic;
            namespace Company.Storage;

            [Toolkit.GenerateMock]
            internal partial interface IRepository<TKey, TEntity>
                where TKey : notnull, IEquatable<TKey>
                where TEntity : class, new()
            {
                TEntity? Find(TKey key);

                IReadOnlyList<TEntity> Query<TFilter>(TFilter filter)
                    where TFilter : struct;

                T? Project<T>(TEntity entity);
            }
            """).ShouldCompileCleanly();

        Snapshot.Match(run.Source("Company.Storage.IRepository_2.Mock.g.cs"), "RepositoryMock");
    }

    [Fact]
    public void Inherited_interfaces_with_a_diamond_and_a_default_member()
    {
        var run = GeneratorHarness.Run("""
            using System;
            namespace Company.IO;

            public interface IReadable { int Length { get; } }
            public interface IWritable { int Length { get; } }

            [Toolkit.GenerateMock]
            public partial interface IChannel : IReadable, IWritable, IAsyncDisposable
            {
                new long Length { get; }

                string Describe() => "channel of " + Length + " bytes";
            }
            """).ShouldCompileCleanly();

        Snapshot.Match(run.Source("Company.IO.IChannel.Mock.g.cs"), "ChannelMock");
    }

    [Fact]
    public void Ref_kinds_spans_and_ref_returns()
    {
        var run = GeneratorHarness.Run("""
            using System;
            namespace Company.Buffers;

            [Toolkit.GenerateMock]
            public partial interface IBuffer
            {
                bool TryRead(ReadOnlySpan<byte> source, out int read);

                void Swap(ref int left, ref int right);

                ref readonly long Peek(in long offset);

                int Count(params string[] items);
            }
            """).ShouldCompileCleanly();

        Snapshot.Match(run.Source("Company.Buffers.IBuffer.Mock.g.cs"), "BufferMock");
    }

    [Fact]
    public void Framework_interface_named_at_assembly_level()
    {
        var run = GeneratorHarness.Run("[assembly: Toolkit.GenerateMock(typeof(System.IObserver<>))]").ShouldCompileCleanly();

        Snapshot.Match(run.Source("System.IObserver_1.Mock.g.cs"), "ObserverMock");
    }
}
