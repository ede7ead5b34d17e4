using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using IlluminatePerms.MockAeries.Journal;
using WireMock.Admin.Requests;
using WireMock.Types;

namespace IlluminatePerms.MockAeries.Admin;

/// <summary>
/// <c>GET /__admin/requests</c> in WireMock.Net's model (<see cref="LogEntryModel"/>), read from the
/// mock's journal: WireMock's own log would keep the AERIES-CERT header whole, so the mock keeps none.
/// </summary>
internal static class RequestLog
{
    /// <summary>The header's stand-in: the certificate's profile, never its value.</summary>
    public const string RedactedCertificate = "(redacted; profile {0})";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The journal's entries, newest first as WireMock lists them, as UTF-8 JSON.</summary>
    public static byte[] Of(RequestJournal journal, Uri baseUrl)
        => JsonSerializer.SerializeToUtf8Bytes(journal.Entries.Reverse().Select(entry => Model(entry, baseUrl)).ToList(), Json);

    private static LogEntryModel Model(JournalEntry entry, Uri baseUrl) => new()
    {
        // Stable for an entry: its sequence number, in the Guid's last eight bytes.
        Guid = new Guid(0, 0, 0, BitConverter.GetBytes(entry.Sequence)),
        Request = new LogRequestModel
        {
            ClientIP = entry.Client ?? string.Empty,
            DateTime = entry.Time.UtcDateTime,
            Method = entry.Method,
            Path = entry.Path,
            AbsolutePath = entry.Path,
            Url = new Uri(baseUrl, entry.Path).ToString(),
            AbsoluteUrl = new Uri(baseUrl, entry.Path).ToString(),
            Headers = entry.Profile == "none"
                ? null
                : new Dictionary<string, WireMockList<string>> { ["AERIES-CERT"] = new(string.Format(System.Globalization.CultureInfo.InvariantCulture, RedactedCertificate, entry.Profile)) },
        },
        Response = new LogResponseModel
        {
            DateTime = entry.Time.UtcDateTime,
            StatusCode = entry.StatusCode,
            FaultType = entry.Fault == Faults.FaultKind.None ? null : entry.Fault.ToString(),
        },
    };
}
