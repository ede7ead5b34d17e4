using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Network;

namespace IlluminatePerms.AspNetCore.Checking;

/// <summary>
/// Tells a check that one of its connections was refused by <see cref="GuardedConnector"/>: the
/// checker itself would only see an unreachable host, and the admin should learn why. Each attempt
/// reports to the <see cref="RefusalWatch"/> started in its check's async flow.
/// </summary>
internal sealed class RefusalObserver : DelegatingHandler
{
    private static readonly AsyncLocal<RefusalWatch?> Current = new();

    /// <summary>Starts a watch for the requests sent from the calling async flow from now on.</summary>
    public static RefusalWatch Watch() => Current.Value = new RefusalWatch();

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
            {
                if (inner is RefusedAddressException refused)
                {
                    Current.Value?.Record(refused);
                }
            }

            throw;
        }
    }
}

/// <summary>The first connection refusal seen during one check.</summary>
internal sealed class RefusalWatch
{
    private RefusedAddressException? refusal;

    /// <summary>The first refusal seen; null when none was.</summary>
    public RefusedAddressException? Refusal => Volatile.Read(ref refusal);

    /// <summary>Keeps <paramref name="seen"/> unless a refusal was seen before.</summary>
    public void Record(RefusedAddressException seen) => Interlocked.CompareExchange(ref refusal, seen, null);
}
