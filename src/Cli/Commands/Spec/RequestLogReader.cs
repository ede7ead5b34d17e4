using System.Collections.Generic;
using System.Text.Json;
using IlluminatePerms.Cli.Files;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// The requests of the mock's request log: the JSON array <c>GET /__admin/requests</c> answers
/// (WireMock.Net's <c>LogEntryModel</c>: <c>Request.Method</c>, <c>Request.Path</c>,
/// <c>Response.StatusCode</c>), or the harness's journal serialized as it is (<c>JournalEntry</c>:
/// <c>Method</c>, <c>Path</c>, <c>StatusCode</c>). Read capped; an entry of neither shape stops the
/// reading with its number.
/// </summary>
internal static class RequestLogReader
{
    /// <summary>The requests of the log at <paramref name="path"/>, in the log's order.</summary>
    /// <exception cref="CliException">The file cannot be read, is not a JSON array, or an entry names no method and path.</exception>
    public static List<TrafficRequest> Read(string path)
    {
        using (var document = CappedJson.Read(path, "request log", "Save the mock's GET /__admin/requests answer in a file and give its path.", "give the answer of the mock's GET /__admin/requests."))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"the request log {path} is not a JSON array of requests: give the answer of the mock's GET /__admin/requests.");
            }

            var requests = new List<TrafficRequest>();
            var number = 0;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                number++;
                requests.Add(Read(entry, path, number));
            }

            return requests;
        }
    }

    private static TrafficRequest Read(JsonElement entry, string path, int number)
    {
        // LogEntryModel nests the request and the response; a journal entry is flat.
        var request = JsonField.Get(entry, "Request");
        var isLogEntry = request.ValueKind == JsonValueKind.Object;
        var fields = isLogEntry ? request : entry;
        var method = JsonField.Text(fields, "Method");
        var requestPath = JsonField.Text(fields, "Path") ?? JsonField.Text(fields, "AbsolutePath");
        if (method is null || requestPath is null)
        {
            throw new CliException($"entry {number} of the request log {path} names no request method and path (neither WireMock's LogEntryModel nor a journal entry).");
        }

        var status = isLogEntry ? JsonField.Number(JsonField.Get(entry, "Response"), "StatusCode") : JsonField.Number(entry, "StatusCode");

        // A dropped connection is logged with status 0: no answer came.
        return new TrafficRequest(method, requestPath, status is 0 ? null : status, $"{System.IO.Path.GetFileName(path)} #{number}");
    }
}
