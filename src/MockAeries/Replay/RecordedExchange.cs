using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace IlluminatePerms.MockAeries.Replay;

/// <summary>
/// One exchange of a recording written by <c>illuminate-perms proxy --record</c> (docs/recordings.md).
/// The one reader of the format: the mock's replay serves it and <c>spec infer</c> learns from it (the
/// CLI links this file), so both accept and refuse the same files.
/// </summary>
/// <param name="Method">The request's method.</param>
/// <param name="Path">The request's path from the district's base URL, e.g. <c>api/v5/schools/994</c>.</param>
/// <param name="Query">The request's query string with its '?', or empty.</param>
/// <param name="Status">The status Aeries answered.</param>
/// <param name="Body">The answer's body (empty when there was none), or null when the proxy left it out.</param>
/// <param name="ContentType">The answer's Content-Type, or null.</param>
internal sealed record RecordedExchange(string Method, string Path, string Query, int Status, byte[]? Body, string? ContentType)
{
    /// <summary>The format's name and version, the first field of every recording.</summary>
    public const string Format = "illuminate-perms-recording/1";

    /// <summary>Reads the exchange that <paramref name="root"/> (a recording file's JSON) holds.</summary>
    /// <exception cref="InvalidDataException">It is not a recording; the message says what is wrong, without the file's name.</exception>
    public static RecordedExchange Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Text(root, "format") != Format)
        {
            throw new InvalidDataException($"not a recording of illuminate-perms proxy (its \"format\" is not \"{Format}\")");
        }

        var request = Member(root, "request", JsonValueKind.Object);
        var answer = Member(root, "answer", JsonValueKind.Object);
        var method = Text(request, "method") ?? throw new InvalidDataException("request.method is missing");
        var path = Text(request, "path") ?? throw new InvalidDataException("request.path is missing");
        var status = Member(answer, "status", JsonValueKind.Number).TryGetInt32(out var code) && code is >= 100 and <= 599
            ? code
            : throw new InvalidDataException("answer.status is not an HTTP status (100-599)");
        return new RecordedExchange(method, path, Text(request, "query") ?? string.Empty, status, ReadBody(answer), ReadContentType(answer));
    }

    /// <summary>The body to serve: JSON as recorded, text, base64; an empty one when none was recorded; null when the proxy left it out.</summary>
    private static byte[]? ReadBody(JsonElement answer)
    {
        if (answer.TryGetProperty("body", out var json))
        {
            return Encoding.UTF8.GetBytes(json.GetRawText());
        }

        if (Text(answer, "bodyText") is { } text)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        if (answer.TryGetProperty("bodyBase64", out var base64))
        {
            return base64.ValueKind == JsonValueKind.String && base64.TryGetBytesFromBase64(out var bytes) ? bytes : throw new InvalidDataException("answer.bodyBase64 is not base64");
        }

        return answer.TryGetProperty("bodyOmitted", out _) ? null : [];
    }

    private static string? ReadContentType(JsonElement answer)
    {
        if (!answer.TryGetProperty("headers", out var headers) || headers.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return headers.EnumerateArray()
            .Where(h => h.ValueKind == JsonValueKind.Array && h.GetArrayLength() == 2 && h[0].ValueKind == JsonValueKind.String && h[1].ValueKind == JsonValueKind.String)
            .Where(h => string.Equals(h[0].GetString(), "Content-Type", System.StringComparison.OrdinalIgnoreCase))
            .Select(h => h[1].GetString())
            .FirstOrDefault();
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement Member(JsonElement element, string name, JsonValueKind kind)
        => element.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : throw new InvalidDataException($"\"{name}\" is missing or not {kind.ToString().ToLowerInvariant()}");
}
