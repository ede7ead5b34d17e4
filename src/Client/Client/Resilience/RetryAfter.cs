using System;
using System.Diagnostics;
using System.Net.Http;
using IlluminatePerms.Client.Http;

namespace IlluminatePerms.Client.Resilience;

/// <summary>
/// A server's <c>Retry-After</c> against the time a request has left: a wait longer than what is
/// left is not waited for (the request would only run out of time asleep); a shorter one is honoured.
/// </summary>
internal static class RetryAfter
{
    /// <summary>How long the server asked to wait (seconds or an HTTP date), or null when it did not ask.</summary>
    public static TimeSpan? Of(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? Max(date - DateTimeOffset.UtcNow, TimeSpan.Zero) : null;
    }

    /// <summary>
    /// What is left of <paramref name="request"/>'s time: until the deadline the client set on it
    /// (its total timeout, or a caller's deadline such as a check's), or the whole of
    /// <paramref name="totalTimeout"/> for a request that carries none.
    /// </summary>
    public static TimeSpan TimeLeft(HttpRequestMessage? request, TimeSpan totalTimeout)
        => request is not null && request.Options.TryGetValue(AeriesRequestOptions.DeadlineKey, out var deadline)
            ? Max(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline), TimeSpan.Zero)
            : totalTimeout;

    /// <summary>Whether the answer asks for a wait longer than the request has left.</summary>
    public static bool IsLongerThanTimeLeft(HttpResponseMessage? response, HttpRequestMessage? request, TimeSpan totalTimeout)
        => Of(response) is { } wait && wait > TimeLeft(request, totalTimeout);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
