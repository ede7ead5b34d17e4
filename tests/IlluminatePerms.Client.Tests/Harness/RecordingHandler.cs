using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Client.Tests.Harness;

/// <summary>Records every request the client sends, and can lose answers or requests on purpose.</summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private int lossesLeft;
    private Func<HttpRequestMessage, bool> lossApplies = _ => false;
    private bool loseBeforeSending;
    private HttpStatusCode lossStatus = HttpStatusCode.ServiceUnavailable;

    public IReadOnlyList<RecordedRequest> Requests => requests.ToList();

    /// <summary>The next <paramref name="count"/> matching requests reach Aeries, but their answers are replaced by <paramref name="status"/> (503 unless given).</summary>
    public void LoseAnswers(int count, Func<HttpRequestMessage, bool> applies, HttpStatusCode status = HttpStatusCode.ServiceUnavailable) => Lose(count, applies, beforeSending: false, status);

    /// <summary>The next <paramref name="count"/> matching requests never reach Aeries; the client sees <paramref name="status"/> (503 unless given).</summary>
    public void LoseRequests(int count, Func<HttpRequestMessage, bool> applies, HttpStatusCode status = HttpStatusCode.ServiceUnavailable) => Lose(count, applies, beforeSending: true, status);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        requests.Enqueue(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase)));
        var lose = lossApplies(request) && Interlocked.Decrement(ref lossesLeft) >= 0;
        if (lose && loseBeforeSending)
        {
            return new HttpResponseMessage(lossStatus) { RequestMessage = request };
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (lose)
        {
            response.Dispose();
            return new HttpResponseMessage(lossStatus) { RequestMessage = request };
        }

        return response;
    }

    private void Lose(int count, Func<HttpRequestMessage, bool> applies, bool beforeSending, HttpStatusCode status)
    {
        lossApplies = applies;
        loseBeforeSending = beforeSending;
        lossStatus = status;
        Volatile.Write(ref lossesLeft, count);
    }
}

internal sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers);
