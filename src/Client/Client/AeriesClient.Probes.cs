using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Client;

// What the certificate checker calls: any contract read, as little of it as a probe needs, and the
// no-op score write, sent once.
public sealed partial class AeriesClient
{
    // A probe reads one record; a body larger than this is not read further.
    private const long MaxProbeBytes = 4L * 1024 * 1024;

    /// <summary>
    /// Calls a read of the contract for one record (single-record paging where the operation pages)
    /// and answers its body: Aeries' JSON records only (see <see cref="AeriesAnswerCheck"/>), since a
    /// probe's answer is evidence. Errors throw the client's typed exceptions; a body cut off in
    /// transit is an <see cref="AeriesConnectionException"/>.
    /// </summary>
    internal async Task<JsonDocument> ProbeAsync(AeriesOperation operation, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var query = operation.Pages
            ? new Dictionary<string, string> { ["StartingRecord"] = "1", ["EndingRecord"] = "1" }
            : null;
        using var response = await SendAsync(operation, values, query, null, cancellationToken).ConfigureAwait(false);
        return await ReadRecordsAsync(operation, response, cancellationToken).ConfigureAwait(false)
               ?? throw AeriesAnswerCheck.Empty(operation, (int)response.StatusCode);
    }

    /// <summary>
    /// Sends one score write, once, for the checker's no-op proof, and answers the success status.
    /// Unlike <see cref="WriteScoresAsync"/> it neither reads back nor tries again: a 5xx, a 429 or a
    /// lost answer is thrown, since a write that may not have reached Aeries proves nothing. The
    /// answer must be read whole, and be Aeries' JSON records or empty.
    /// </summary>
    internal async Task<int> WriteScoreOnceAsync(int gradebookNumber, int assignmentNumber, ScoreWrite score, CancellationToken cancellationToken)
    {
        var operation = Operation(WriteScores);
        var values = Values(("GradebookNumber", gradebookNumber), ("AssignmentNumber", assignmentNumber));
        var content = JsonContent.Create(new List<ScoreWrite> { score }, AeriesJsonContext.Default.ListScoreWrite);
        using var response = await SendAsync(operation, values, null, content, cancellationToken).ConfigureAwait(false);
        (await ReadRecordsAsync(operation, response, cancellationToken).ConfigureAwait(false))?.Dispose();
        return (int)response.StatusCode;
    }

    /// <summary>Reads a success answer whole as Aeries' JSON records (null for an empty body), or throws what it is instead.</summary>
    private async Task<JsonDocument?> ReadRecordsAsync(AeriesOperation operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        AeriesAnswerCheck.EnsureJson(operation, response, certificate);
        var status = (int)response.StatusCode;
        try
        {
            var raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var (first, body) = await PrefixedReadStream.PeekAsync(new CappedReadStream(raw, System.Math.Min(MaxProbeBytes, options.MaxResponseBytes)), cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                if (first == 0)
                {
                    return null;
                }

                JsonDocument document;
                try
                {
                    document = await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
                }
                catch (AeriesResponseTooLargeException) when (first is not ((byte)'[' or (byte)'{'))
                {
                    // Too large to parse is still "Aeries answered" only for a body that starts as records.
                    throw AeriesAnswerCheck.Unparsable(operation, status);
                }

                if (AeriesAnswerCheck.NotRecords(operation, status, document.RootElement) is { } misfit)
                {
                    document.Dispose();
                    throw misfit;
                }

                return document;
            }
        }
        catch (JsonException)
        {
            throw AeriesAnswerCheck.Unparsable(operation, status);
        }
        catch (IOException cut) when (cut is not AeriesResponseTooLargeException)
        {
            throw new AeriesConnectionException(baseUrl.Host, operation.Id, false, ServerText.Scrubbed(cut, certificate));
        }
        catch (HttpRequestException cut) when (cut is not AeriesConnectionException)
        {
            throw new AeriesConnectionException(baseUrl.Host, operation.Id, false, ServerText.Scrubbed(cut, certificate));
        }
    }
}
