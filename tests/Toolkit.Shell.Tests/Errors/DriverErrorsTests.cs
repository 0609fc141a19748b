using System.Net;
using System.Net.Sockets;
using Toolkit.Errors;

namespace Toolkit.Shell.Tests.Errors;

public sealed class DriverErrorsTests
{
    [Fact]
    public void A_driver_exception_answers_for_itself()
    {
        Assert.True(DriverErrors.IsRetryable(new DriverException("X", "m", "shell", "Run", isRetryable: true)));
        Assert.False(DriverErrors.IsRetryable(new DriverException("X", "m", "shell", "Run", isRetryable: false)));
    }

    [Fact]
    public void Timeouts_and_socket_errors_are_retryable()
    {
        Assert.True(DriverErrors.IsRetryable(new TimeoutException()));
        Assert.True(DriverErrors.IsRetryable(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.True(DriverErrors.IsRetryable(new IOException("reset", new SocketException((int)SocketError.ConnectionReset))));
    }

    [Fact]
    public void An_http_client_timeout_is_retryable_but_a_callers_cancellation_is_not()
    {
        Assert.True(DriverErrors.IsRetryable(new TaskCanceledException("timed out", new TimeoutException())));
        Assert.False(DriverErrors.IsRetryable(new OperationCanceledException()));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.Conflict, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    public void An_http_status_is_retryable_only_when_the_server_means_not_now(HttpStatusCode status, bool expected)
    {
        Assert.Equal(expected, DriverErrors.IsRetryable(new HttpRequestException("failed", null, status)));
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.ResponseEnded, true)]
    [InlineData(HttpRequestError.SecureConnectionError, false)]
    [InlineData(HttpRequestError.VersionNegotiationError, false)]
    [InlineData(HttpRequestError.ConfigurationLimitExceeded, false)]
    public void An_http_failure_without_a_response_is_retryable_only_when_it_can_clear_up(HttpRequestError error, bool expected)
    {
        Assert.Equal(expected, DriverErrors.IsRetryable(new HttpRequestException(error, "failed")));
    }

    [Fact]
    public void A_response_body_cut_off_mid_read_is_retryable()
    {
        Assert.True(DriverErrors.IsRetryable(new HttpIOException(HttpRequestError.ResponseEnded, "ended")));
    }

    [Fact]
    public void An_aggregate_is_retryable_only_when_every_inner_error_is()
    {
        Assert.True(DriverErrors.IsRetryable(new AggregateException(new TimeoutException(), new SocketException())));
        Assert.False(DriverErrors.IsRetryable(new AggregateException(new TimeoutException(), new ArgumentException("bad"))));
        Assert.False(DriverErrors.IsRetryable(new AggregateException()));
    }

    [Fact]
    public void Nested_aggregates_are_flattened()
    {
        Assert.True(DriverErrors.IsRetryable(new AggregateException(new AggregateException(new TimeoutException()))));
    }

    [Fact]
    public void Unknown_and_argument_errors_are_not_retryable()
    {
        Assert.False(DriverErrors.IsRetryable(new InvalidOperationException()));
        Assert.False(DriverErrors.IsRetryable(new ArgumentException("bad")));
        Assert.False(DriverErrors.IsRetryable(new CommandFailedException("make", 2, "error", "Run")));
    }

    [Fact]
    public void A_null_exception_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => DriverErrors.IsRetryable(null!));
    }
}
