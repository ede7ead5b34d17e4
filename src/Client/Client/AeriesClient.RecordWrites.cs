using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Microsoft.Extensions.Logging;

namespace IlluminatePerms.Client;

// Single-record writes (insert, update, delete of one numbered record): one request each, never
// repeated, because a write whose answer was lost may have happened. The caller reads back to know.
public sealed partial class AeriesClient
{
    /// <summary>Sends <paramref name="body"/> and answers the one record Aeries says it wrote; any other answer is an <see cref="Errors.AeriesUnexpectedAnswerException"/>.</summary>
    private async Task<T> WriteRecordAsync<TBody, T>(AeriesOperation operation, Dictionary<string, string> values, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> type, CancellationToken cancellationToken, Grant? grant = null)
        where T : class
    {
        using var response = await SendAsync(operation, values, null, JsonContent.Create(body, bodyType), cancellationToken, grant).ConfigureAwait(false);
        AeriesAnswerCheck.EnsureJson(operation, response, certificate);
        var status = (int)response.StatusCode;
        var raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var (first, answer) = await PrefixedReadStream.PeekAsync(new CappedReadStream(raw, options.MaxResponseBytes), cancellationToken).ConfigureAwait(false);
        await using var stream = answer.ConfigureAwait(false);
        if (first == 0)
        {
            throw AeriesAnswerCheck.Empty(operation, status);
        }

        JsonElement root;
        try
        {
            using var document = await JsonDocument.ParseAsync(answer, cancellationToken: cancellationToken).ConfigureAwait(false);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw AeriesAnswerCheck.Unparsable(operation, status);
        }

        // The record written is the proof of what Aeries holds now: without it, say so rather than guess.
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw AeriesAnswerCheck.NotRecords(operation, status, root) ?? new Errors.AeriesUnexpectedAnswerException(status, operation.Id, $"answered {status} with {root.ValueKind} where Aeries sends the one record it wrote");
        }

        logger.LogInformation("Aeries {Operation}: {Status}, record written", operation.Id, status);
        return root.Deserialize(type) ?? throw AeriesAnswerCheck.Empty(operation, status);
    }

    /// <summary>Deletes what <paramref name="values"/> address; a success status is the whole answer.</summary>
    private async Task DeleteRecordsAsync(AeriesOperation operation, Dictionary<string, string> values, CancellationToken cancellationToken, Grant? grant = null)
    {
        using var response = await SendAsync(operation, values, null, null, cancellationToken, grant).ConfigureAwait(false);
        logger.LogInformation("Aeries {Operation}: {Status}, deleted", operation.Id, (int)response.StatusCode);
    }
}
