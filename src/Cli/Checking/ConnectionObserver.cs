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

    /// <summary>No connection (DNS, refused, reset).</summary>
    Unreachable,

    /// <summary>An attempt did not finish in time.</summary>
    Timeout,
}

/// <summary>
/// Watches each HTTP attempt of the typed client (it passes everything through unchanged) so the
/// tool can tell an unreachable host, a TLS failure, an HTML sign-in page and a timeout apart.
/// </summary>
internal sealed class ConnectionObserver : DelegatingHandler
{
    private int trouble;

    /// <summary>The first trouble seen.</summary>
    public WireTrouble Trouble => (WireTrouble)Volatile.Read(ref trouble);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Content.Headers.ContentType?.MediaType is { } type && type.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                Record(WireTrouble.Html);
            }

            return response;
        }
        catch (HttpRequestException exception)
        {
            Record(Classify(exception));
            throw;
        }
        catch (OperationCanceledException)
        {
            // The token here is the attempt's: cancelled by its timeout (or by Ctrl+C, which the report says itself).
            Record(WireTrouble.Timeout);
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

    private void Record(WireTrouble seen) => Interlocked.CompareExchange(ref trouble, (int)seen, (int)WireTrouble.None);
}
