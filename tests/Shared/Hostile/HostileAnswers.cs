using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Tests.Shared.Hostile;

/// <summary>The scripted answers of <see cref="HostileServer"/>: each a kind of misbehaviour a real server in front of a district's URL can show.</summary>
internal static class HostileAnswers
{
    private static readonly HttpClient Upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    /// <summary>A complete answer: status, reason phrase, headers and body, with Content-Length.</summary>
    public static HostileAnswer Raw(int status, string body, string contentType, string? reasonPhrase = null, params (string Name, string Value)[] headers)
        => (_, connection, cancellationToken) => WriteAsync(connection, status, reasonPhrase ?? "Hostile", contentType, Encoding.UTF8.GetBytes(body), headers, cancellationToken);

    /// <summary>A JSON answer, as Aeries would send it.</summary>
    public static HostileAnswer Json(int status, string json, string? reasonPhrase = null, params (string Name, string Value)[] headers)
        => Raw(status, json, "application/json; charset=utf-8", reasonPhrase, headers);

    /// <summary>A redirect (301, 302, 303, 307 or 308) to <paramref name="location"/>, which may be another host, plain http or <c>file:///</c>.</summary>
    public static HostileAnswer Redirect(int status, string location)
        => Raw(status, "", "text/plain", "Moved", ("Location", location));

    /// <summary>A sign-in page with status 200: what a proxy or an expired single sign-on answers in place of the API.</summary>
    public static HostileAnswer SignInPage()
        => Raw(200, "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form method=\"post\"><input name=\"user\"><input type=\"password\" name=\"pw\"></form></body></html>", "text/html; charset=utf-8", "OK");

    /// <summary>A 503 (or <paramref name="status"/>) asking the client to come back after <paramref name="seconds"/>.</summary>
    public static HostileAnswer RetryAfter(int seconds, int status = 503)
        => Json(status, "{\"Message\":\"Busy\"}", "Service Unavailable", ("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Headers that promise <paramref name="promisedBytes"/> bytes of JSON, then one byte every <paramref name="interval"/>, for as long as the client reads.</summary>
    public static HostileAnswer SlowBody(TimeSpan interval, int promisedBytes = 1_000_000)
        => async (_, connection, cancellationToken) =>
        {
            await WriteHeadAsync(connection, 200, "OK", "application/json", promisedBytes, [], cancellationToken);
            await connection.WriteAsync("["u8.ToArray(), cancellationToken);
            for (var sent = 1; sent < promisedBytes; sent++)
            {
                await connection.FlushAsync(cancellationToken);
                await Task.Delay(interval, cancellationToken);
                await connection.WriteAsync(" "u8.ToArray(), cancellationToken);
            }
        };

    /// <summary>A chunked JSON body that never ends: an array of records, streamed until the client hangs up.</summary>
    public static HostileAnswer EndlessBody()
        => async (_, connection, cancellationToken) =>
        {
            var head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
            await connection.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"ID\":1,\"Name\":\"x\"},", 400)));
            var framed = Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n").Concat(chunk).Concat("\r\n"u8.ToArray()).ToArray();
            await connection.WriteAsync("1\r\n[\r\n"u8.ToArray(), cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                await connection.WriteAsync(framed, cancellationToken);
            }
        };

    /// <summary>Accepts the request and never answers (until the server stops).</summary>
    public static HostileAnswer Silence()
        => (_, _, cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);

    /// <summary>Answers by path: the first route whose key the request's path contains (ordinal, any case) wins; otherwise <paramref name="fallback"/>.</summary>
    public static HostileAnswer ByPath(HostileAnswer fallback, params (string PathContains, HostileAnswer Answer)[] routes)
        => (request, connection, cancellationToken) =>
        {
            var path = request.Target.Split('?')[0];
            var route = routes.FirstOrDefault(candidate => path.Contains(candidate.PathContains, StringComparison.OrdinalIgnoreCase));
            return (route.Answer ?? fallback)(request, connection, cancellationToken);
        };

    /// <summary>Forwards each request to <paramref name="upstream"/> (a mock Aeries) and passes its answer back unchanged: the honest part of a partly hostile server (see <see cref="ByPath"/>).</summary>
    public static HostileAnswer Proxy(Uri upstream)
        => async (request, connection, cancellationToken) =>
        {
            using var answer = await ForwardAsync(upstream, request, cancellationToken);
            var contentType = answer.Content.Headers.ContentType?.ToString() ?? "application/json";
            var body = await answer.Content.ReadAsByteArrayAsync(cancellationToken);
            await WriteAsync(connection, (int)answer.StatusCode, answer.ReasonPhrase ?? "OK", contentType, body, answer.Headers.RetryAfter is { } retry ? [("Retry-After", retry.ToString())] : [], cancellationToken);
        };

    /// <summary>
    /// Forwards each request to <paramref name="upstream"/> (a mock Aeries) and echoes what it received
    /// back in everything a client might show: every string of a JSON answer gets the request's
    /// <c>AERIES-CERT</c> value (and, in messages, the whole request head) appended, the reason phrase
    /// and a response header carry it too. A server like this must never get the certificate into a report.
    /// </summary>
    public static HostileAnswer EchoingProxy(Uri upstream)
        => async (request, connection, cancellationToken) =>
        {
            using var answer = await ForwardAsync(upstream, request, cancellationToken);
            var body = await answer.Content.ReadAsStringAsync(cancellationToken);
            var echo = request.Header("AERIES-CERT") ?? "";
            var contentType = answer.Content.Headers.ContentType?.ToString() ?? "application/json";
            var echoed = contentType.Contains("json", StringComparison.OrdinalIgnoreCase) ? Echo(body, echo, request.Head) : body;
            await WriteAsync(connection, (int)answer.StatusCode, $"Echo {echo}", contentType, Encoding.UTF8.GetBytes(echoed), [("X-Echo", echo), ("Server", echo)], cancellationToken);
        };

    private static async Task<HttpResponseMessage> ForwardAsync(Uri upstream, ReceivedRequest request, CancellationToken cancellationToken)
    {
        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(upstream, request.Target.TrimStart('/')));
        foreach (var (name, value) in request.Headers.Where(header => !IsHopByHop(header.Key)))
        {
            forward.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body.Length > 0)
        {
            forward.Content = new ByteArrayContent(request.Body);
            forward.Content.Headers.TryAddWithoutValidation("Content-Type", request.Header("Content-Type") ?? "application/json");
        }

        return await Upstream.SendAsync(forward, cancellationToken);
    }

    private static string Echo(string json, string certificate, string head)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return json;
        }

        var node = JsonNode.Parse(json);
        return node is null ? json : Echo(node, certificate, head).ToJsonString();
    }

    private static JsonNode Echo(JsonNode node, string certificate, string head)
    {
        switch (node)
        {
            case JsonObject record:
                foreach (var name in record.Select(property => property.Key).ToList())
                {
                    // Objects and arrays are echoed in place: assigning one back to its own parent throws.
                    if (record[name] is JsonValue leaf)
                    {
                        record[name] = Echo(leaf, certificate, head);
                    }
                    else if (record[name] is { } child)
                    {
                        Echo(child, certificate, head);
                    }
                }

                if (record.ContainsKey("Message"))
                {
                    record["Message"] = $"{record["Message"]} {head}";
                }

                return record;
            case JsonArray items:
                for (var index = 0; index < items.Count; index++)
                {
                    if (items[index] is JsonValue leaf)
                    {
                        items[index] = Echo(leaf, certificate, head);
                    }
                    else if (items[index] is { } item)
                    {
                        Echo(item, certificate, head);
                    }
                }

                return items;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create($"{text} {certificate}");
            default:
                return node.DeepClone();
        }
    }

    private static bool IsHopByHop(string name)
        => name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Connection", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
            // The proxies read and rewrite bodies: they must get them uncompressed (the client asks for gzip and brotli).
            || name.Equals("Accept-Encoding", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteAsync(Stream connection, int status, string reasonPhrase, string contentType, byte[] body, IReadOnlyList<(string Name, string Value)> headers, CancellationToken cancellationToken)
    {
        await WriteHeadAsync(connection, status, reasonPhrase, contentType, body.Length, headers, cancellationToken);
        await connection.WriteAsync(body, cancellationToken);
    }

    private static Task WriteHeadAsync(Stream connection, int status, string reasonPhrase, string contentType, long length, IReadOnlyList<(string Name, string Value)> headers, CancellationToken cancellationToken)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {reasonPhrase}\r\nContent-Type: {contentType}\r\nContent-Length: {length}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return connection.WriteAsync(Encoding.Latin1.GetBytes(head.Append("\r\n").ToString()), cancellationToken).AsTask();
    }
}
