using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Connection;

/// <summary>
/// For the admin who pasted the wrong page: tries the usual Aeries bases on a host with
/// <c>systeminfo</c> (which needs no certificate) and says which one answers like Aeries.
/// </summary>
public static class AeriesBaseUrlDiscovery
{
    /// <summary>Paths under which districts install Aeries, most common first.</summary>
    public static IReadOnlyList<string> UsualPaths { get; } = new[] { "aeries/", string.Empty, "admin/", "aeries/admin/", "Aeries.net/", "AeriesNet/" };

    // systeminfo is a few hundred bytes; a sign-in page answering 200 is not worth reading whole.
    private const long MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// Tries the pasted base first, then the usual paths on its host, all at once; answers every
    /// attempt and the first (in that order) that answered like Aeries.
    /// </summary>
    /// <param name="pasted">What the admin pasted (any form <see cref="AeriesBaseUrl.Parse"/> accepts, or a bare host).</param>
    /// <param name="http">
    /// The HTTP client to call with (not disposed). Build it on <see cref="AeriesPrimaryHandler.Create"/>,
    /// which never follows a redirect: discovery reports a 3xx as a redirect attempt, and an attempt
    /// whose redirect a client followed anyway is never taken as found.
    /// </param>
    /// <param name="allowInsecureHttp">Accept plain http on a host other than loopback.</param>
    /// <param name="cancellationToken">Cancels the attempts.</param>
    /// <exception cref="FormatException">The text is not a URL or host at all.</exception>
    public static async Task<AeriesDiscoveryResult> DiscoverAsync(string pasted, HttpClient http, bool allowInsecureHttp = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        var start = AeriesBaseUrl.Parse(pasted, allowInsecureHttp);
        var candidates = new List<AeriesBaseUrl> { start };
        candidates.AddRange(UsualPaths.Select(start.WithPath).Where(c => !candidates.Contains(c)));

        var attempts = await Task.WhenAll(candidates.Select(c => TryAsync(c, http, cancellationToken))).ConfigureAwait(false);
        return new AeriesDiscoveryResult(attempts.FirstOrDefault(a => a.AeriesVersion is not null)?.BaseUrl, attempts);
    }

    private static async Task<AeriesDiscoveryAttempt> TryAsync(AeriesBaseUrl candidate, HttpClient http, CancellationToken cancellationToken)
    {
        var uri = new Uri(candidate.ApiUrl, "systeminfo");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        AeriesRequestHeaders.Apply(request, certificate: null);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            // The caller's HttpClient followed a redirect (it rewrote the address): what answered is not this candidate.
            if (request.RequestUri != uri)
            {
                return new AeriesDiscoveryAttempt(candidate, status, null, $"{AeriesRedirectException.Explain(RedirectOrigin.Of(request.RequestUri!, null))} (the HttpClient followed it: build it on AeriesPrimaryHandler.Create, which never does)");
            }

            if (status is >= 300 and <= 399)
            {
                return new AeriesDiscoveryAttempt(candidate, status, null, AeriesRedirectException.Explain(RedirectOrigin.Of(response, uri, null)));
            }

            if (!response.IsSuccessStatusCode)
            {
                return new AeriesDiscoveryAttempt(candidate, status, null, $"answered {status}");
            }

            await using var body = new CappedReadStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), MaxBodyBytes);
            var info = await JsonSerializer.DeserializeAsync(body, AeriesJsonContext.Default.SystemInfo, cancellationToken).ConfigureAwait(false);
            // Server text, shown to the admin: cleaned (ServerText); no certificate was sent to echo.
            var version = ServerText.Clean(info?.AeriesVersion, null, ServerText.MaxValueLength);
            return version is null
                ? new AeriesDiscoveryAttempt(candidate, status, null, "answered 200, but not with an Aeries version")
                : new AeriesDiscoveryAttempt(candidate, status, version, $"Aeries {version}");
        }
        catch (JsonException)
        {
            return new AeriesDiscoveryAttempt(candidate, 200, null, "answered 200 with something other than Aeries' JSON (a web page?)");
        }
        catch (AeriesResponseTooLargeException)
        {
            return new AeriesDiscoveryAttempt(candidate, 200, null, "answered 200 with a large body, not Aeries' systeminfo");
        }
        catch (HttpRequestException exception)
        {
            return new AeriesDiscoveryAttempt(candidate, null, null, exception.HttpRequestError == HttpRequestError.SecureConnectionError ? "TLS handshake failed (a district certificate authority to trust?)" : "not reachable");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AeriesDiscoveryAttempt(candidate, null, null, "timed out");
        }
    }
}
