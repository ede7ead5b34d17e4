using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Client.Tests.Harness;

/// <summary>The most requests in flight at once.</summary>
internal sealed class InFlightMeter
{
    private int current;
    private int max;

    public int Max => Volatile.Read(ref max);

    /// <summary>Requests on the wire now.</summary>
    public int Current => Volatile.Read(ref current);

    public void Enter()
    {
        var now = Interlocked.Increment(ref current);
        int seen;
        while (now > (seen = Volatile.Read(ref max)) && Interlocked.CompareExchange(ref max, now, seen) != seen)
        {
        }
    }

    public void Leave() => Interlocked.Decrement(ref current);
}

/// <summary>Counts the requests in flight through it.</summary>
internal sealed class InFlightHandler(InFlightMeter meter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        meter.Enter();
        try
        {
            // Not back to the caller's context: it sits inside the client's pipeline (CallerContext counts that).
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            meter.Leave();
        }
    }
}
