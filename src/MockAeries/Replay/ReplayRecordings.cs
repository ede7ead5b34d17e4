using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace IlluminatePerms.MockAeries.Replay;

/// <summary>
/// The recordings of <c>illuminate-perms proxy --record DIR</c> (docs/recordings.md), indexed by
/// method, path (without case, as Aeries' IIS reads it) and query (exactly). When several record
/// the same request, the last file in name order wins (the newest, as names start with the time).
/// A recording the mock cannot read stops it at start, with the file named: never a silent gap.
/// </summary>
internal sealed class ReplayRecordings
{
    /// <summary>The format the proxy writes.</summary>
    public const string Format = "illuminate-perms-recording/1";

    /// <summary>Largest recording read: the proxy keeps answers up to 32 MiB, written as JSON or base64.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Most recordings read from one directory (the proxy records at most 10,000 a run).</summary>
    public const int MaxFiles = 100_000;

    private readonly Dictionary<string, RecordedAnswer> answers;

    private ReplayRecordings(Dictionary<string, RecordedAnswer> answers, int skipped)
    {
        this.answers = answers;
        Skipped = skipped;
    }

    /// <summary>How many distinct requests have a recorded answer.</summary>
    public int Count => answers.Count;

    /// <summary>Recordings without a body to serve (the proxy left it out): their requests get the built-in answer.</summary>
    public int Skipped { get; }

    /// <summary>Reads every <c>*.json</c> file of <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">The directory is missing, too full, or a recording is not one; the message names the file.</exception>
    public static ReplayRecordings Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"--replay {directory}: no such directory.");
        }

        var files = Directory.EnumerateFiles(directory, "*.json").Take(MaxFiles + 1).OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count > MaxFiles)
        {
            throw new InvalidDataException($"--replay {directory}: more than {MaxFiles:N0} recordings; replay a smaller directory.");
        }

        var answers = new Dictionary<string, RecordedAnswer>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var file in files)
        {
            var (key, answer) = Read(file);
            if (answer is null)
            {
                skipped++;
                continue;
            }

            answers[key] = answer;
        }

        return new ReplayRecordings(answers, skipped);
    }

    /// <summary>The recorded answer of <paramref name="method"/> <paramref name="path"/><paramref name="query"/>, or null.</summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The path from the base URL, e.g. <c>/api/v5/schools/994</c>.</param>
    /// <param name="query">The query string with its '?', or empty.</param>
    public RecordedAnswer? Find(string method, string path, string query) => answers.GetValueOrDefault(Key(method, path, query));

    private static string Key(string method, string path, string query)
        => $"{method.ToUpperInvariant()} {Uri.UnescapeDataString(path.TrimStart('/')).ToLowerInvariant()}{query}";

    private static (string Key, RecordedAnswer? Answer) Read(string file)
    {
        var length = new FileInfo(file).Length;
        if (length > MaxFileBytes)
        {
            throw Invalid(file, $"{length:N0} bytes, more than the {MaxFileBytes:N0} a recording can hold");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "format") != Format)
            {
                throw Invalid(file, $"not a recording of illuminate-perms proxy (its \"format\" is not \"{Format}\")");
            }

            var request = Member(root, "request", JsonValueKind.Object, file);
            var answer = Member(root, "answer", JsonValueKind.Object, file);
            var method = Text(request, "method") ?? throw Invalid(file, "request.method is missing");
            var path = Text(request, "path") ?? throw Invalid(file, "request.path is missing");
            var status = Member(answer, "status", JsonValueKind.Number, file).TryGetInt32(out var code) && code is >= 100 and <= 599
                ? code
                : throw Invalid(file, "answer.status is not an HTTP status (100-599)");
            var key = Key(method, path, Text(request, "query") ?? string.Empty);
            return (key, Body(answer, file) is { } body ? new RecordedAnswer(file, status, body, ContentType(answer)) : null);
        }
        catch (JsonException exception)
        {
            throw Invalid(file, $"not JSON ({exception.Message})", exception);
        }
    }

    /// <summary>The body to serve: JSON as recorded, text, base64; an empty one when none was recorded; null when the proxy left it out.</summary>
    private static byte[]? Body(JsonElement answer, string file)
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
            return base64.ValueKind == JsonValueKind.String && base64.TryGetBytesFromBase64(out var bytes) ? bytes : throw Invalid(file, "answer.bodyBase64 is not base64");
        }

        return answer.TryGetProperty("bodyOmitted", out _) ? null : [];
    }

    private static string? ContentType(JsonElement answer)
    {
        if (!answer.TryGetProperty("headers", out var headers) || headers.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return headers.EnumerateArray()
            .Where(h => h.ValueKind == JsonValueKind.Array && h.GetArrayLength() == 2 && h[0].ValueKind == JsonValueKind.String && h[1].ValueKind == JsonValueKind.String)
            .Where(h => string.Equals(h[0].GetString(), "Content-Type", StringComparison.OrdinalIgnoreCase))
            .Select(h => h[1].GetString())
            .FirstOrDefault();
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement Member(JsonElement element, string name, JsonValueKind kind, string file)
        => element.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : throw Invalid(file, $"\"{name}\" is missing or not {kind.ToString().ToLowerInvariant()}");

    private static InvalidDataException Invalid(string file, string what, Exception? inner = null)
        => new($"--replay: the recording {file} cannot be replayed: {what}.", inner);
}
