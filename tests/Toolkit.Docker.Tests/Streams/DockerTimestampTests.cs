using Toolkit.Docker.Streams;

namespace Toolkit.Docker.Tests;

public sealed class DockerTimestampTests
{
    [Fact]
    public void Nanosecond_timestamps_are_parsed_to_the_nearest_tick()
    {
        var parsed = DockerTimestamp.Parse("2024-05-01T10:20:30.123456789Z");

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 20, 30, TimeSpan.Zero).AddTicks(1_234_567), parsed);
    }

    [Fact]
    public void Timestamps_with_an_offset_and_no_fraction_are_parsed()
    {
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 20, 30, TimeSpan.FromHours(2)), DockerTimestamp.Parse("2024-05-01T10:20:30+02:00"));
    }

    [Fact]
    public void The_engines_zero_time_means_never()
    {
        Assert.Null(DockerTimestamp.Parse("0001-01-01T00:00:00Z"));
    }

    [Fact]
    public void Query_times_are_unix_seconds_with_nanoseconds()
    {
        var value = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddTicks(5);

        Assert.Equal("1700000000.000000500", DockerTimestamp.ToUnixQuery(value));
    }
}
