using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Connection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// Passes one request to the district as it came (method, path and query as sent, headers but the
/// hop-by-hop ones, body) and streams the answer back as it comes, following no redirect. What it
/// saw goes to <see cref="ProxiedExchange"/> for the check and the recording; the certificate header
/// passes through and is kept apart.
/// </summary>
internal sealed class Forwarder
{
    /// <summary>The header that carries the certificate (Aeries' "Building a Request" article).</summary>
    public const string CertificateHeader = "AERIES-CERT";

    /// <summary>The trouble of an exchange whose caller went away before the district answered.</summary>
    private const string CallerHungUp = "the caller hung up before the district answered";

    private const int ChunkBytes = 64 * 1024;

    private readonly string district;
    private readonly HttpMessageInvoker upstream;
    private readonly ProxyLimits limits;

    public Forwarder(AeriesBaseUrl district, HttpMessageInvoker upstream, ProxyLimits limits)
    {
        // The request's path is appended to the base's, as written: never resolved as a URL of its own.
        this.district = district.Value.AbsoluteUri.TrimEnd('/');
        this.upstream = upstream;
        this.limits = limits;
    }

    /// <summary>The handler of the district's connection: no redirects, cookies, decompression or proxy of its own.</summary>
    public static SocketsHttpHandler Handler(ProxyLimits limits) => new()
    {
        // No trace headers of the proxy's own are added: the request goes on as it came.
        ActivityHeadersPropagator = null,
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = limits.ConnectTime,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
    };

    /// <summary>Forwards the request of <paramref name="context"/> and writes the answer to it.</summary>
    public async Task<ProxiedExchange> ForwardAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw && raw[0] == '/'
            ? raw
            : request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var hopByHop = HopByHopHeaders.Of(request.Headers.Connection);
        var exchange = new ProxiedExchange
        {
            Started = DateTimeOffset.UtcNow,
            Method = request.Method.ToUpperInvariant(),
            Path = (queryStart < 0 ? target : target[..queryStart]).TrimStart('/'),
            Query = queryStart < 0 ? string.Empty : target[queryStart..],
            RequestHeaders = RequestHeaders(request.Headers, hopByHop),
            Certificates = request.Headers.TryGetValue(CertificateHeader, out var certificate) ? Present(certificate) : [],
            RequestBody = await ReadRequestAsync(request, context.RequestAborted).ConfigureAwait(false),
        };

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(limits.AnswerTime);
        using var message = Message(exchange, request, hopByHop, target);
        HttpResponseMessage answer;
        try
        {
            answer = await upstream.SendAsync(message, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            var timedOut = exception is OperationCanceledException;
            var status = timedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
            var trouble = timedOut ? $"the district sent no answer within {limits.AnswerTime.TotalSeconds:0} s" : $"the district could not be reached ({exception.Message})";
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"illuminate-perms proxy: {trouble}.\n", CancellationToken.None).ConfigureAwait(false);
            return exchange with { Status = status, Trouble = trouble, Elapsed = Stopwatch.GetElapsedTime(started) };
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // Still a line and a count: the integration asked, whether or not it waited for the answer.
            return exchange with { Trouble = CallerHungUp, Elapsed = Stopwatch.GetElapsedTime(started) };
        }

        using (answer)
        {
            context.Response.StatusCode = (int)answer.StatusCode;
            var answerHeaders = PassAnswerHeaders(answer, context.Response.Headers);

            var (body, length, trouble) = await CopyAnswerAsync(answer, context, deadline.Token).ConfigureAwait(false);
            return exchange with
            {
                Status = (int)answer.StatusCode,
                DistrictAnswered = true,
                AnswerHeaders = answerHeaders,
                ContentType = answer.Content.Headers.NonValidated.TryGetValues("Content-Type", out var type) ? type.ToString() : null,
                AnswerBody = body,
                AnswerLength = length,
                Trouble = trouble,
                Elapsed = Stopwatch.GetElapsedTime(started),
            };
        }
    }

    private static bool IsCertificate(string header) => string.Equals(header, CertificateHeader, StringComparison.OrdinalIgnoreCase);

    /// <summary>The request's headers for the recording: one pair per value, without the hop-by-hop ones and the certificate.</summary>
    private static List<KeyValuePair<string, string>> RequestHeaders(IHeaderDictionary headers, IReadOnlySet<string> hopByHop)
    {
        var kept = new List<KeyValuePair<string, string>>(headers.Count);
        foreach (var (name, values) in headers)
        {
            if (hopByHop.Contains(name) || IsCertificate(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                kept.Add(new KeyValuePair<string, string>(name, value ?? string.Empty));
            }
        }

        return kept;
    }

    private static List<string> Present(StringValues values)
    {
        var present = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (value is not null)
            {
                present.Add(value);
            }
        }

        return present;
    }

    private HttpRequestMessage Message(ProxiedExchange exchange, HttpRequest request, IReadOnlySet<string> hopByHop, string target)
    {
        var message = new HttpRequestMessage(HttpMethod.Parse(exchange.Method), new Uri(district + target, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        if (exchange.RequestBody.Length > 0 || request.ContentLength is not null)
        {
            message.Content = new ByteArrayContent(exchange.RequestBody);
        }

        foreach (var (name, values) in request.Headers)
        {
            // Host names the proxy; Content-Length follows the body as read.
            if (hopByHop.Contains(name) || name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!TryAdd(message.Headers, name, values) && message.Content is not null)
            {
                TryAdd(message.Content.Headers, name, values);
            }
        }

        return message;
    }

    /// <summary>Adds a header as it came, unparsed: a single value (the usual case) without an array.</summary>
    private static bool TryAdd(HttpHeaders headers, string name, StringValues values)
        => values.Count == 1 ? headers.TryAddWithoutValidation(name, values[0]) : headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);

    /// <summary>
    /// Sets the answer's headers on the caller's answer as the district sent them (unparsed), but the
    /// hop-by-hop ones, and returns them for the recording: one pair per value.
    /// </summary>
    private static List<KeyValuePair<string, string>> PassAnswerHeaders(HttpResponseMessage answer, IHeaderDictionary passed)
    {
        var hopByHop = answer.Headers.NonValidated.TryGetValues("Connection", out var connection) ? HopByHopHeaders.Of(connection) : HopByHopHeaders.Of(Array.Empty<string>());
        var kept = new List<KeyValuePair<string, string>>();
        Pass(answer.Headers.NonValidated, hopByHop, passed, kept);
        Pass(answer.Content.Headers.NonValidated, hopByHop, passed, kept);
        return kept;
    }

    private static void Pass(HttpHeadersNonValidated headers, IReadOnlySet<string> hopByHop, IHeaderDictionary passed, List<KeyValuePair<string, string>> kept)
    {
        foreach (var (name, values) in headers)
        {
            if (hopByHop.Contains(name))
            {
                continue;
            }

            var copied = new string[values.Count];
            var index = 0;
            foreach (var value in values)
            {
                copied[index++] = value;
                kept.Add(new KeyValuePair<string, string>(name, value));
            }

            passed[name] = copied;
        }
    }

    private static async Task<byte[]> ReadRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return [];
        }

        // Kestrel refuses a body beyond limits.RequestBytes (MaxRequestBodySize) before it gets here.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>The kept bytes: the stream's own buffer when it is exactly full (the usual case, sized from Content-Length), else a copy.</summary>
    private static byte[] Kept(MemoryStream kept) => kept.Length == kept.Capacity ? kept.GetBuffer() : kept.ToArray();

    /// <summary>Streams the answer to the caller, keeping up to <see cref="ProxyLimits.KeptBytes"/>; cuts off an answer too long or too slow.</summary>
    private async Task<(byte[]? Body, long Length, string? Trouble)> CopyAnswerAsync(HttpResponseMessage answer, HttpContext context, CancellationToken deadline)
    {
        // Sized once from Content-Length when it fits, so keeping the answer is one copy, without regrowing.
        var kept = new MemoryStream(answer.Content.Headers.ContentLength is { } declared && declared <= limits.KeptBytes ? (int)declared : 0);
        var keeping = true;
        long length = 0;
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var stream = await answer.Content.ReadAsStreamAsync(deadline).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkBytes), deadline).ConfigureAwait(false)) > 0)
                {
                    if (length + read > limits.AnswerBytes)
                    {
                        context.Abort();
                        return (null, length, $"the answer passed {limits.AnswerBytes:N0} bytes and was cut off");
                    }

                    await context.Response.Body.WriteAsync(chunk.AsMemory(0, read), context.RequestAborted).ConfigureAwait(false);
                    length += read;
                    if (keeping && kept.Length + read <= limits.KeptBytes)
                    {
                        kept.Write(chunk, 0, read);
                    }
                    else if (keeping)
                    {
                        keeping = false;
                        kept.SetLength(0);
                    }
                }
            }

            return (keeping ? Kept(kept) : null, length, null);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The caller gets a broken answer, as it would from the slow district itself; never a half one that looks whole.
            context.Abort();
            return (null, length, $"the answer took longer than {limits.AnswerTime.TotalSeconds:0} s and was cut off after {length:N0} bytes");
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException && !context.RequestAborted.IsCancellationRequested)
        {
            context.Abort();
            return (null, length, $"the district broke off its answer after {length:N0} bytes");
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException && context.RequestAborted.IsCancellationRequested)
        {
            return (null, length, $"the caller hung up after {length:N0} bytes of the answer");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            await kept.DisposeAsync().ConfigureAwait(false);
        }
    }
}
