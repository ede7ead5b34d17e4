using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// Notes on each attempt of a request when it started (<see cref="AeriesRequestOptions.AttemptStartedKey"/>).
/// It sits inside the retry pipeline, so the answer's attempt is the last one noted; the client then
/// gives the body only what is left of that attempt's timeout.
/// </summary>
internal sealed class AttemptClockHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(AeriesRequestOptions.AttemptStartedKey, Stopwatch.GetTimestamp());
        return base.SendAsync(request, cancellationToken);
    }
}
