using System.Net.Sockets;

namespace Toolkit.Errors;

/// <summary>Answers questions about any exception, not only <see cref="DriverException"/>.</summary>
public static class DriverErrors
{
    /// <summary>
    /// Whether repeating the call that threw <paramref name="exception"/> can succeed without changing its input.
    /// </summary>
    /// <remarks>
    /// A <see cref="DriverException"/> answers for itself. Otherwise transient transport and timing
    /// failures (timeouts, socket and HTTP errors) are retryable; cancellation requested by the caller,
    /// argument errors and everything unknown are not, because retrying an unknown failure hides bugs.
    /// An <see cref="HttpRequestException"/> is retryable when the status is 408, 429 or 5xx, or when no response
    /// arrived for a reason that can clear up (a refused or dropped connection, DNS, a truncated response) but not
    /// for one that cannot (a rejected TLS certificate, an HTTP version or configuration mismatch).
    /// Wrapper exceptions are unwrapped: an <see cref="AggregateException"/> is retryable only when all
    /// of its inner exceptions are.
    /// </remarks>
    /// <param name="exception">The exception to classify.</param>
    /// <returns><see langword="true"/> when a retry may succeed.</returns>
    public static bool IsRetryable(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Classify(exception, depth: 0);
    }

    private static bool Classify(Exception exception, int depth)
    {
        // Exception graphs can be cyclic in pathological cases; a bounded walk keeps this total.
        if (depth > 16)
        {
            return false;
        }

        switch (exception)
        {
            case DriverException driver:
                return driver.IsRetryable;
            case AggregateException aggregate:
                var inner = aggregate.Flatten().InnerExceptions;
                if (inner.Count == 0)
                {
                    return false;
                }

                foreach (var item in inner)
                {
                    if (!Classify(item, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case OperationCanceledException:
                // A timeout surfaces as TaskCanceledException wrapping a TimeoutException; a caller's
                // own cancellation has no inner exception and must not be retried.
                return exception.InnerException is TimeoutException;
            case TimeoutException:
            case SocketException:
                return true;
            case HttpRequestException http:
                // 408, 429 and 5xx are the server saying "not now"; other statuses will not change on retry.
                // Without a status the request never got an answer: a refused or reset connection, DNS or
                // a truncated response can clear up, a bad certificate or a protocol mismatch cannot.
                return http.StatusCode is null
                    ? IsTransient(http.HttpRequestError)
                    : http.StatusCode is System.Net.HttpStatusCode.RequestTimeout or System.Net.HttpStatusCode.TooManyRequests
                      || (int)http.StatusCode >= 500;
            case HttpIOException httpIo:
                // Reading a response body failed part way, for example because the connection dropped.
                return IsTransient(httpIo.HttpRequestError);
            case IOException when exception.InnerException is SocketException:
                return true;
            default:
                return false;
        }
    }

    private static bool IsTransient(HttpRequestError error) => error is
        HttpRequestError.Unknown or
        HttpRequestError.NameResolutionError or
        HttpRequestError.ConnectionError or
        HttpRequestError.HttpProtocolError or
        HttpRequestError.ProxyTunnelError or
        HttpRequestError.ResponseEnded;
}
