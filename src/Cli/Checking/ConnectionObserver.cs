using System;
using System.Net.Http;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Cli.Checking;

/// <summary>What went wrong on the wire, seen by <see cref="ConnectionObserver"/>.</summary>
internal enum WireTrouble
{
    /// <summary>Nothing seen.</summary>
    None,

    /// <summary>A web page (text/html) came back where JSON was expected: usually a sign-in page.</summary>
    Html,

    /// <summary>The TLS handshake failed.</summary>
    Tls,

    /// <summary>The TLS handshake failed because the server speaks plain HTTP on that port (<see cref="PlainHttpProbe"/>).</summary>
    PlainHttp,

    /// <summary>No connection (DNS, refused, reset).</summary>
    Unreachable,

    /// <summary>An attempt did not finish in time.</summary>
    Timeout,

    /// <summary>A redirect (3xx) came back: never followed; the report names where it points.</summary>
    Redirect,
}

/// <summary>What the wire showed during one district's check: the first trouble seen.</summary>
internal sealed class WireWatch
{
    private int trouble;

    /// <summary>The first trouble seen.</summary>
    public WireTrouble Trouble => (WireTrouble)Volatile.Read(ref trouble);

    /// <summary>Keeps <paramref name="seen"/> unless something was seen before.</summary>
    public void Record(WireTrouble seen) => Interlocked.CompareExchange(ref trouble, (int)seen, (int)WireTrouble.None);
}

/// <summary>
/// Watches each HTTP attempt of the typed client (it passes everything through unchanged) so the
/// tool can tell an unreachable host, a TLS failure, an HTML sign-in page and a timeout apart.
/// One observer serves every district of a run: each attempt reports to the <see cref="WireWatch"/>
/// of the check it belongs to, the one <see cref="Watch"/> started in that check's async flow.
/// </summary>
internal sealed class ConnectionObserver : DelegatingHandler
{
    private static readonly AsyncLocal<WireWatch?> Current = new();

    /// <summary>
    /// Starts a watch for the requests sent from the calling async flow from now on (the calling
    /// async method and what it awaits; its caller keeps its own).
    /// </summary>
    public static WireWatch Watch() => Current.Value = new WireWatch();

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var watch = Current.Value;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // Seen before the check drops its other requests (whose cancellation would read as a timeout);
            // a redirect's HTML ("Object moved") is not a sign-in page.
            if ((int)response.StatusCode is >= 300 and <= 399)
            {
                watch?.Record(WireTrouble.Redirect);
            }
            else if (response.Content.Headers.ContentType?.MediaType is { } type && type.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                watch?.Record(WireTrouble.Html);
            }

            return response;
        }
        catch (HttpRequestException exception)
        {
            watch?.Record(Classify(exception));
            throw;
        }
        catch (OperationCanceledException)
        {
            // The token here is the attempt's: cancelled by its timeout (or by Ctrl+C, which the report says itself).
            watch?.Record(WireTrouble.Timeout);
            throw;
        }
    }

    private static WireTrouble Classify(HttpRequestException exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is AuthenticationException)
            {
                return WireTrouble.Tls;
            }
        }

        return WireTrouble.Unreachable;
    }
}
