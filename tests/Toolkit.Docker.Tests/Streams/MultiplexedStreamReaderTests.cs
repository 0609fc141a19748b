using System.Buffers.Binary;
using Toolkit.Docker.Streams;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

public sealed class MultiplexedStreamReaderTests
{
    private static byte[] Frame(byte kind, byte[] payload)
    {
        var frame = new byte[8 + payload.Length];
        frame[0] = kind;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(4), (uint)payload.Length);
        payload.CopyTo(frame, 8);
        return frame;
    }

    private static byte[] Random(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    private static async Task<List<(DockerStreamKind Kind, byte[] Payload)>> ReadFramesAsync(Stream stream, bool raw = false)
    {
        var reader = new MultiplexedStreamReader(stream, raw, "Test");
        var frames = new List<(DockerStreamKind, byte[])>();
        while (await reader.ReadFrameAsync(int.MaxValue, CancellationToken.None) is { } frame)
        {
            frames.Add(frame);
        }

        return frames;
    }

    [Fact]
    public async Task Frames_split_into_one_byte_reads_are_reassembled_exactly()
    {
        var stdout = Random(70_000, 1);
        var stderr = Random(3, 2);
        var data = Frame(1, stdout).Concat(Frame(2, stderr)).Concat(Frame(1, [])).Concat(Frame(1, [0, 0x0A, 0xFF])).ToArray();
        var stream = new ChunkedReadStream(data, () => 1);

        var frames = await ReadFramesAsync(stream);

        Assert.Equal([DockerStreamKind.StandardOutput, DockerStreamKind.StandardError, DockerStreamKind.StandardOutput, DockerStreamKind.StandardOutput], frames.Select(f => f.Kind));
        Assert.Equal(stdout, frames[0].Payload);
        Assert.Equal(stderr, frames[1].Payload);
        Assert.Empty(frames[2].Payload);
        Assert.Equal(new byte[] { 0, 0x0A, 0xFF }, frames[3].Payload);
        Assert.True(stream.Reads > data.Length / 2, "the stream must really have been read in tiny pieces");
    }

    [Fact]
    public async Task Chunked_reads_never_cross_a_frame_boundary_and_keep_each_stream_apart()
    {
        var stdout = Random(100_000, 3);
        var stderr = Random(50_000, 4);
        var data = Frame(1, stdout[..60_000]).Concat(Frame(2, stderr)).Concat(Frame(1, stdout[60_000..])).ToArray();
        var sizes = new Random(5);
        var reader = new MultiplexedStreamReader(new ChunkedReadStream(data, () => sizes.Next(1, 9_000)), raw: false, "Test");
        using var outBytes = new MemoryStream();
        using var errBytes = new MemoryStream();
        var buffer = new byte[4096];

        while (true)
        {
            var (kind, count) = await reader.ReadAsync(buffer, CancellationToken.None);
            if (count == 0)
            {
                break;
            }

            (kind == DockerStreamKind.StandardError ? errBytes : outBytes).Write(buffer, 0, count);
        }

        Assert.Equal(stdout, outBytes.ToArray());
        Assert.Equal(stderr, errBytes.ToArray());
    }

    [Fact]
    public async Task A_stream_cut_inside_a_header_is_reported_as_truncated()
    {
        var data = Frame(1, [1, 2, 3]).Concat(new byte[] { 1, 0, 0 }).ToArray();

        var error = await Assert.ThrowsAsync<EndOfStreamException>(() => ReadFramesAsync(new MemoryStream(data)));

        Assert.Contains("middle of a frame", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_cut_inside_a_payload_is_reported_as_truncated()
    {
        var data = Frame(2, Random(1000, 6))[..500];

        await Assert.ThrowsAsync<EndOfStreamException>(() => ReadFramesAsync(new ChunkedReadStream(data, () => 7)));
    }

    [Fact]
    public async Task An_unknown_stream_kind_means_the_stream_is_not_multiplexed()
    {
        var data = Frame(9, [1]);

        var error = await Assert.ThrowsAsync<DockerEngineException>(() => ReadFramesAsync(new MemoryStream(data)));

        Assert.Contains("unknown kind 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_error_frame_becomes_an_exception_with_the_engine_text()
    {
        var data = Frame(1, "partial"u8.ToArray()).Concat(Frame(3, "exec failed: boom"u8.ToArray())).ToArray();

        var error = await Assert.ThrowsAsync<DockerEngineException>(() => ReadFramesAsync(new MemoryStream(data)));

        Assert.Contains("exec failed: boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_raw_terminal_stream_is_passed_through_unchanged()
    {
        var data = Random(40_000, 7);

        var frames = await ReadFramesAsync(new ChunkedReadStream(data, () => 1000), raw: true);

        Assert.All(frames, f => Assert.Equal(DockerStreamKind.Console, f.Kind));
        Assert.Equal(data, frames.SelectMany(f => f.Payload).ToArray());
    }
}
