using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>What <c>systeminfo</c> answers: the Aeries version and the database years (needs no certificate).</summary>
public sealed class SystemInfo
{
    /// <summary>The Aeries version, e.g. "9.21.2.25".</summary>
    [JsonPropertyName("AeriesVersion")]
    public string? AeriesVersion { get; init; }

    /// <summary>The default database year as Aeries writes it, e.g. "2020-2021".</summary>
    [JsonPropertyName("DatabaseYear")]
    public string? DatabaseYear { get; init; }

    /// <summary>The years with data, e.g. "2020-2021", "2019-2020".</summary>
    [JsonPropertyName("AvailableDatabaseYears")]
    public IReadOnlyList<string> AvailableDatabaseYears { get; init; } = Array.Empty<string>();

    /// <summary>The server's time zone, e.g. "(UTC-08:00) Pacific Time (US &amp; Canada)".</summary>
    [JsonPropertyName("LocalTimeZoneName")]
    public string? LocalTimeZoneName { get; init; }

    /// <summary>The server's clock, with its UTC offset.</summary>
    [JsonPropertyName("CurrentDateTime")]
    public DateTimeOffset? CurrentDateTime { get; init; }
}
