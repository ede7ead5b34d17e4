using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;

namespace IlluminatePerms.Tests.Shared.Hostile;

/// <summary>
/// A subtler echo than <see cref="HostileAnswers.EchoingProxy"/>: the answers stay valid for the
/// typed client (numbers, dates and identifiers untouched), so a check runs to its end, while every
/// free-text string (AeriesVersion, DatabaseYear, school and area names, messages), the reason
/// phrase and a header carry the <c>AERIES-CERT</c> the request sent. What a report shows of the
/// server's text is where such an echo would surface.
/// </summary>
internal static class TextEchoAnswers
{
    private static readonly HttpClient Upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    /// <summary>
    /// Forwards to <paramref name="upstream"/> (a mock Aeries' root) and echoes the certificate into its
    /// free text: the one the request carries, else the last one any request carried (systeminfo is
    /// sent without one, but a server that kept an earlier request's certificate can still echo it).
    /// </summary>
    public static HostileAnswer Proxy(Uri upstream)
    {
        var lastSeen = "";
        return async (request, connection, cancellationToken) =>
        {
            using var forward = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(upstream, request.Target.TrimStart('/')));
            foreach (var (name, value) in request.Headers.Where(header => header.Key.StartsWith("AERIES", StringComparison.OrdinalIgnoreCase) || header.Key.Equals("Accept", StringComparison.OrdinalIgnoreCase)))
            {
                forward.Headers.TryAddWithoutValidation(name, value);
            }

            if (request.Body.Length > 0)
            {
                forward.Content = new ByteArrayContent(request.Body);
                forward.Content.Headers.TryAddWithoutValidation("Content-Type", request.Header("Content-Type") ?? "application/json");
            }

            using var answer = await Upstream.SendAsync(forward, cancellationToken);
            var body = await answer.Content.ReadAsStringAsync(cancellationToken);
            var echo = request.Header("AERIES-CERT") is { Length: > 0 } sent ? lastSeen = sent : lastSeen;
            var contentType = answer.Content.Headers.ContentType?.ToString() ?? "application/json";
            var echoed = contentType.Contains("json", StringComparison.OrdinalIgnoreCase) && body.Length > 0 && JsonNode.Parse(body) is { } node ? Echo(node, echo).ToJsonString() : body;
            await HostileAnswers.Raw((int)answer.StatusCode, echoed, contentType, $"OK {echo}", ("X-Echo", echo))(request, connection, cancellationToken);
        };
    }

    private static JsonNode Echo(JsonNode node, string certificate)
    {
        switch (node)
        {
            case JsonObject record:
                foreach (var name in record.Select(property => property.Key).ToList())
                {
                    if (record[name] is JsonValue leaf && IsFreeText(leaf, out var text))
                    {
                        record[name] = $"{text} {certificate}";
                    }
                    else if (record[name] is JsonObject or JsonArray)
                    {
                        Echo(record[name]!, certificate);
                    }
                }

                return record;
            case JsonArray items:
                foreach (var item in items.OfType<JsonNode>().Where(item => item is JsonObject or JsonArray))
                {
                    Echo(item, certificate);
                }

                return items;
            default:
                return node;
        }
    }

    /// <summary>A string that is not a number, a date or a one-letter code: text a person reads.</summary>
    private static bool IsFreeText(JsonValue value, out string text)
    {
        text = value.TryGetValue<string>(out var s) ? s : string.Empty;
        return text.Length > 1
            && !double.TryParse(text, NumberStyles.Any, CultureInfo.InvariantCulture, out _)
            && !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }
}
