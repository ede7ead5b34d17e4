using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Security.Authentication;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Client.Resilience;
using IlluminatePerms.Connection;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IlluminatePerms.Client;

/// <summary>
/// A typed Aeries v5 client. Every method names its <see cref="AeriesContract"/> operation and
/// carries the <see cref="Grants.RequiresGrantAttribute"/> that operation needs, so the analyzers
/// check each call against the permission spec.
/// </summary>
/// <remarks>
/// Give it an <see cref="HttpClient"/> from <c>services.AddAeriesClient(...)</c> for retries of
/// reads; the client itself verifies writes (see <see cref="WriteScoresAsync"/>,
/// <see cref="InsertAssignmentAsync"/>). Logs carry operation ids, statuses and counts, never the
/// certificate, paths with identifiers, or record contents.
/// </remarks>
public sealed partial class AeriesClient : IAeriesClient
{
    private readonly AeriesBaseUrl baseUrl;
    private readonly AeriesCertificate certificate;
    private readonly HttpClient http;
    private readonly AeriesClientOptions options;
    private readonly ILogger logger;

    /// <summary>
    /// Creates a client for one district: its base URL and its API certificate, over
    /// <paramref name="http"/>, which it does not dispose.
    /// </summary>
    /// <param name="baseUrl">The district's Aeries (see <see cref="AeriesBaseUrl.Parse"/>).</param>
    /// <param name="certificate">The district's API certificate (see <see cref="AeriesCertificate.Parse"/>).</param>
    /// <param name="http">The HTTP client to send with (from <c>AddAeriesClient</c> for retries of reads).</param>
    /// <param name="options">Transport, paging and retry settings; null for the defaults.</param>
    /// <param name="logger">Logs operation ids, statuses and counts; never the certificate.</param>
    /// <exception cref="ArgumentNullException">The base URL, the certificate or the HTTP client is null.</exception>
    /// <exception cref="InvalidOperationException">An option is out of range.</exception>
    public AeriesClient(AeriesBaseUrl baseUrl, AeriesCertificate certificate, HttpClient http, AeriesClientOptions? options = null, ILogger<AeriesClient>? logger = null)
    {
        this.baseUrl = baseUrl ?? throw new ArgumentNullException(nameof(baseUrl), "The district's Aeries base URL is required (AeriesBaseUrl.Parse).");
        this.certificate = certificate ?? throw new ArgumentNullException(nameof(certificate), "The district's API certificate is required (AeriesCertificate.Parse).");
        this.http = http ?? throw new ArgumentNullException(nameof(http));
        this.options = options ?? new AeriesClientOptions();
        this.options.Validate();
        this.logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The district's Aeries this client talks to.</summary>
    public AeriesBaseUrl BaseUrl => baseUrl;

    /// <summary>The options the client runs with.</summary>
    public AeriesClientOptions Options => options;

    private static AeriesOperation Operation(string id) => AeriesContract.Get(id);

    private static Dictionary<string, string> Values(params (string Name, object? Value)[] values)
    {
        var map = new Dictionary<string, string>(values.Length, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (value is not null)
            {
                map[name] = value switch
                {
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString()!,
                };
            }
        }

        return map;
    }

    /// <summary>Values for the five placeholders of a "data changes since" path.</summary>
    private static (string, object?)[] Since(DateTime since, params (string, object?)[] before)
    {
        var values = new List<(string, object?)>(before)
        {
            ("year", since.Year), ("month", since.Month), ("day", since.Day), ("hour", since.Hour), ("minute", since.Minute),
        };
        return values.ToArray();
    }

    private async Task<T> GetAsync<T>(AeriesOperation operation, Dictionary<string, string> values, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        await foreach (var item in ReadAsync(operation, values, null, type, cancellationToken).ConfigureAwait(false))
        {
            return item;
        }

        throw new AeriesApiException(200, operation.Id, "Aeries answered with no record.");
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(AeriesOperation operation, Dictionary<string, string> values, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var item in ReadAsync(operation, values, null, type, cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Every record of a paged list, one page (<see cref="AeriesClientOptions.PageSize"/>) per request, streamed.</summary>
    private async IAsyncEnumerable<T> PageAsync<T>(AeriesOperation operation, Dictionary<string, string> values, JsonTypeInfo<T> type, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var size = options.PageSize;
        // Bounded: a server that ignores paging would otherwise repeat its first page for ever.
        for (long first = 1; first <= int.MaxValue; first += size)
        {
            var paging = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["StartingRecord"] = first.ToString(CultureInfo.InvariantCulture),
                ["EndingRecord"] = (first + size - 1).ToString(CultureInfo.InvariantCulture),
            };
            var count = 0;
            await foreach (var item in ReadAsync(operation, values, paging, type, cancellationToken).ConfigureAwait(false))
            {
                count++;
                if (count > size)
                {
                    throw new AeriesApiException(200, operation.Id, $"Aeries answered more than the {size} records asked for: it ignored StartingRecord/EndingRecord.");
                }

                yield return item;
            }

            if (count < size)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads a body that is one record or an array of them (articles disagree), streaming arrays.</summary>
    private IAsyncEnumerable<T> ReadAsync<T>(AeriesOperation operation, Dictionary<string, string> values, Dictionary<string, string>? query, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        => ReadAsync(operation, values, query, type, raw => new CappedReadStream(raw, options.MaxResponseBytes), cancellationToken);

    /// <summary>As above, the body bounded by <paramref name="cap"/> (a cap on the whole answer or, streamed, on each record).</summary>
    private async IAsyncEnumerable<T> ReadAsync<T>(AeriesOperation operation, Dictionary<string, string> values, Dictionary<string, string>? query, JsonTypeInfo<T> type, Func<Stream, CappedReadStream> cap, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await SendAsync(operation, values, query, null, cancellationToken).ConfigureAwait(false);
        AeriesAnswerCheck.EnsureJson(operation, response, certificate);
        var raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var (first, body) = await PrefixedReadStream.PeekAsync(cap(raw), cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            if (first == (byte)'[')
            {
                await foreach (var item in JsonSerializer.DeserializeAsyncEnumerable(body, type, cancellationToken).ConfigureAwait(false))
                {
                    if (item is not null)
                    {
                        yield return item;
                    }
                }
            }
            else if (first == (byte)'{')
            {
                var item = await JsonSerializer.DeserializeAsync(body, type, cancellationToken).ConfigureAwait(false);
                if (item is not null)
                {
                    yield return item;
                }
            }
            else if (first != 0 && first != (byte)'n')
            {
                throw new AeriesApiException((int)response.StatusCode, operation.Id, "Aeries answered something other than JSON (is the Accept header being stripped by a proxy?).");
            }
        }
    }

    /// <summary>Sends a write and reads its answer (object or array) into a list.</summary>
    private async Task<IReadOnlyList<T>> WriteAsync<TBody, T>(AeriesOperation operation, Dictionary<string, string> values, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(operation, values, null, JsonContent.Create(body, bodyType), cancellationToken).ConfigureAwait(false);
        AeriesAnswerCheck.EnsureJson(operation, response, certificate);
        var raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var (first, stream) = await PrefixedReadStream.PeekAsync(new CappedReadStream(raw, options.MaxResponseBytes), cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var items = new List<T>();
            if (first == (byte)'[')
            {
                await foreach (var item in JsonSerializer.DeserializeAsyncEnumerable(stream, type, cancellationToken).ConfigureAwait(false))
                {
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }
            }
            else if (first == (byte)'{' && await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false) is { } single)
            {
                items.Add(single);
            }

            return items;
        }
    }

    /// <summary>
    /// Sends one request; answers only a success, throwing the typed exception otherwise.
    /// <paramref name="grant"/> replaces the operation's own grant, in the <see cref="AeriesClientOptions.Guard"/>
    /// check and in a refusal, when the record written decides the area (a classified staff assignment).
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(AeriesOperation operation, IReadOnlyDictionary<string, string> values, Dictionary<string, string>? query, HttpContent? content, CancellationToken cancellationToken, Grant? grant = null)
    {
        if (options.Guard is { } guard && (grant ?? operation.RequiredGrant) is { } required && !guard.Contains(required))
        {
            content?.Dispose();
            throw new MissingGrantException(operation.Id, required);
        }

        var uri = BuildUri(operation, values, query);
        using var request = new HttpRequestMessage(HttpMethod.Parse(operation.Method), uri) { Content = content };
        AeriesRequestHeaders.Apply(request, operation.RequiresCertificate ? certificate : null);
        request.Options.Set(AeriesRequestOptions.OperationKey, operation);

        var started = Stopwatch.GetTimestamp();
        request.Options.Set(AeriesRequestOptions.DeadlineKey, Deadline(started));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (exception is not AeriesConnectionException)
        {
            var tls = exception.HttpRequestError == HttpRequestError.SecureConnectionError || exception.GetBaseException() is AuthenticationException;
            logger.LogWarning("Aeries {Operation}: {Failure} after {Elapsed} ms", operation.Id, tls ? "TLS handshake failed" : "not reachable", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw new AeriesConnectionException(baseUrl.Host, operation.Id, tls, ServerText.Scrubbed(exception, certificate));
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException exception)
        {
            logger.LogWarning("Aeries {Operation}: not sent, the circuit for this host is open after repeated failures", operation.Id);
            throw new AeriesConnectionException(baseUrl.Host, operation.Id, false, exception);
        }
        catch (Polly.Timeout.TimeoutRejectedException exception)
        {
            logger.LogWarning("Aeries {Operation}: timed out after {Elapsed} ms", operation.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw AeriesConnectionException.TimedOut(baseUrl.Host, operation.Id, exception.Timeout, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The HttpClient's own timeout (a client not built by AddAeriesClient).
            logger.LogWarning("Aeries {Operation}: timed out after {Elapsed} ms", operation.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw AeriesConnectionException.TimedOut(baseUrl.Host, operation.Id, http.Timeout > TimeSpan.Zero ? http.Timeout : options.TotalRequestTimeout, exception);
        }

        // The body is part of the answer: it gets what is left of the attempt's timeout (and of the
        // request's), not the caller's patience, so a byte-a-second body ends like a silent server.
        response.Content = BoundBody(response.Content, operation, started, request);

        logger.LogDebug("Aeries {Operation}: {Status} in {Elapsed} ms", operation.Id, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        // A handler that follows redirects rewrites the request's address: what answered is another host.
        if (request.RequestUri != uri)
        {
            var target = RedirectOrigin.Of(request.RequestUri!, certificate);
            var status = (int)response.StatusCode;
            response.Dispose();
            logger.LogWarning("Aeries {Operation}: the HTTP client followed a redirect; the answer is not used", operation.Id);
            throw new AeriesRedirectException(status, operation.Id, target, followed: true);
        }

        if ((int)response.StatusCode is >= 300 and <= 399)
        {
            var target = RedirectOrigin.Of(response, uri, certificate);
            var status = (int)response.StatusCode;
            response.Dispose();
            logger.LogWarning("Aeries {Operation}: {Status} redirect, not followed", operation.Id, status);
            throw new AeriesRedirectException(status, operation.Id, target, followed: false);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var error = await AeriesErrorReader.ReadAsync(operation, response, certificate, cancellationToken, grant).ConfigureAwait(false);
            if (error.GetType() == typeof(AeriesApiException) && RetryAfter.Of(response) is { } wait)
            {
                // Say that Aeries asked for time, and whether the request had that much left.
                error = new AeriesBusyException(error.StatusCode, operation.Id, error.AeriesMessage, wait, wait > RetryAfter.TimeLeft(request, options.TotalRequestTimeout));
            }

            logger.LogInformation("Aeries {Operation}: {Status} ({Kind})", operation.Id, error.StatusCode, error.GetType().Name);
            throw error;
        }
    }

    /// <summary>When a request sent at <paramref name="started"/> must be done: its total timeout, or the caller's deadline if sooner.</summary>
    private long Deadline(long started)
    {
        var deadline = started + (long)(options.TotalRequestTimeout.TotalSeconds * Stopwatch.Frequency);
        return options.CallerDeadline is { } caller && caller < deadline ? caller : deadline;
    }

    private DeadlineContent BoundBody(HttpContent content, AeriesOperation operation, long started, HttpRequestMessage request)
    {
        var attemptStarted = request.Options.TryGetValue(AeriesRequestOptions.AttemptStartedKey, out var clock) ? clock : started;
        var attemptLeft = options.AttemptTimeout - Stopwatch.GetElapsedTime(attemptStarted);
        var requestLeft = options.TotalRequestTimeout - Stopwatch.GetElapsedTime(started);
        var (left, timeout) = attemptLeft <= requestLeft ? (attemptLeft, options.AttemptTimeout) : (requestLeft, options.TotalRequestTimeout);
        var host = baseUrl.Host;
        return new DeadlineContent(content, left, () =>
        {
            logger.LogWarning("Aeries {Operation}: the body did not arrive within {Timeout} s", operation.Id, timeout.TotalSeconds);
            return AeriesConnectionException.TimedOut(host, operation.Id, timeout);
        });
    }

    private Uri BuildUri(AeriesOperation operation, IReadOnlyDictionary<string, string> values, Dictionary<string, string>? query)
    {
        var path = operation.Expand(values);
        var parameters = new List<string>();
        if (query is not null)
        {
            foreach (var pair in query)
            {
                parameters.Add(pair.Key + "=" + Uri.EscapeDataString(pair.Value));
            }
        }

        if (operation.TakesDatabaseYear && options.DatabaseYear is { } year)
        {
            parameters.Add("DatabaseYear=" + year.ToString(CultureInfo.InvariantCulture));
        }

        var relative = parameters.Count == 0 ? path : path + "?" + string.Join("&", parameters);
        return new Uri(baseUrl.ApiUrl, relative);
    }
}
