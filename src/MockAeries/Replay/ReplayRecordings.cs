using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
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
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"--replay {directory}: more than {MaxFiles:N0} recordings; replay a smaller directory."));
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
            throw Invalid(file, string.Create(CultureInfo.InvariantCulture, $"{length:N0} bytes, more than the {MaxFileBytes:N0} a recording can hold"));
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var exchange = RecordedExchange.Read(document.RootElement);
            var key = Key(exchange.Method, exchange.Path, exchange.Query);
            return (key, exchange.Body is { } body ? new RecordedAnswer(file, exchange.Status, body, exchange.ContentType) : null);
        }
        catch (JsonException exception)
        {
            throw Invalid(file, $"not JSON ({exception.Message})", exception);
        }
        catch (InvalidDataException exception)
        {
            throw Invalid(file, exception.Message, exception);
        }
    }

    private static InvalidDataException Invalid(string file, string what, Exception? inner = null)
        => new($"--replay: the recording {file} cannot be replayed: {what}.", inner);
}
