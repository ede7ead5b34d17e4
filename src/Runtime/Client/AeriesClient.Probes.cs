using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
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
    /// and answers its body as JSON (null for an empty body). Errors throw the client's typed exceptions.
    /// </summary>
    internal async Task<JsonDocument?> ProbeAsync(AeriesOperation operation, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var query = operation.Pages
            ? new Dictionary<string, string> { ["StartingRecord"] = "1", ["EndingRecord"] = "1" }
            : null;
        using var response = await SendAsync(operation, values, query, null, cancellationToken).ConfigureAwait(false);
        var raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var (first, body) = await PrefixedReadStream.PeekAsync(new CappedReadStream(raw, System.Math.Min(MaxProbeBytes, options.MaxResponseBytes)), cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            return first == 0 ? null : await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
        }
    }
}
