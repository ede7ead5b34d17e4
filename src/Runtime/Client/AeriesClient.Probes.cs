using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Client;

// What the certificate checker calls: any contract read, as little of it as a probe needs.
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
        AeriesAnswerCheck.EnsureJson(operation, response, options.Certificate);
        var status = (int)response.StatusCode;
        try
        {
            var raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var (first, body) = await PrefixedReadStream.PeekAsync(new CappedReadStream(raw, System.Math.Min(MaxProbeBytes, options.MaxResponseBytes)), cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                if (first == 0)
                {
                    throw AeriesAnswerCheck.Empty(operation, status);
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
            throw new AeriesConnectionException(options.BaseUrl!.Host, operation.Id, false, cut);
        }
        catch (HttpRequestException cut) when (cut is not AeriesConnectionException)
        {
            throw new AeriesConnectionException(options.BaseUrl!.Host, operation.Id, false, cut);
        }
    }
}
