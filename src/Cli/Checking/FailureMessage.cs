using System;
using IlluminatePerms.Checking.Report;

namespace IlluminatePerms.Cli.Checking;

/// <summary>One line saying why a check did not complete and what to do, told apart by what the wire showed.</summary>
internal static class FailureMessage
{
    /// <summary>The message for a report that did not complete; null when it did.</summary>
    public static string? For(GrantCheckReport report, WireTrouble trouble, TimeSpan attemptTimeout)
    {
        var host = new Uri(report.BaseUrl).Host;
        return report.Outcome switch
        {
            CheckOutcome.Completed => null,
            CheckOutcome.CertificateRejected => $"Aeries at {host} did not accept the certificate {report.Certificate}. Copy it whole from Security → API Security → Display Certificate Details of this district, and pass it with {CertificateSource.Variable} or --cert-file.",
            CheckOutcome.Cancelled => "Cancelled (Ctrl+C): the results finished before it are shown; the others are marked not checked.",
            // The per-attempt limit alone would hide the retries: the total is what the user waited.
            CheckOutcome.DeadlineExceeded or CheckOutcome.Unreachable when trouble == WireTrouble.Timeout => $"{host} did not answer within {attemptTimeout.TotalSeconds:0.#} s per attempt ({report.Duration.TotalSeconds:0.#} s waited in all, retries included). Check that the district's Aeries is up, or raise --timeout.",
            CheckOutcome.DeadlineExceeded => $"the check's deadline passed: {report.Summary} Raise --timeout or check fewer grants.",
            _ => trouble switch
            {
                WireTrouble.Html => $"{report.BaseUrl} answered a web page (HTML), not the Aeries API: it is probably a sign-in page. Give the base URL, the part before /Login.aspx (try 'illuminate-perms base-url <what you pasted>').",
                WireTrouble.PlainHttp => PlainHttpAdvice(report.BaseUrl, host),
                WireTrouble.Tls => $"the TLS handshake with {host} failed: this machine does not trust the district's server certificate. Check the host name, or trust the district's certificate authority.",
                WireTrouble.Unreachable => $"{host} could not be reached (no connection). Check the base URL, DNS and your network (VPN, firewall).",
                _ => report.Summary,
            },
        };
    }

    /// <summary>
    /// The server did not answer TLS but plain HTTP. On loopback (a mock) the tool takes http, so it
    /// names that address; elsewhere the certificate never travels unencrypted, so the port is what to check.
    /// </summary>
    private static string PlainHttpAdvice(string baseUrl, string host)
    {
        var https = new Uri(baseUrl);
        if (https.IsLoopback)
        {
            var http = new UriBuilder(https) { Scheme = Uri.UriSchemeHttp, Port = https.Port }.Uri;
            return $"the server at {https.Authority} did not answer TLS: it speaks plain HTTP on that port. Did you mean {http.AbsoluteUri}?";
        }

        return $"the server at {https.Authority} did not answer TLS: it speaks plain HTTP on that port. Give the district's https address (its port for TLS); the certificate is never sent over plain http to {host}.";
    }
}
