using System;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A student in a section (Class Schedules/History).</summary>
public sealed class RosterEntry
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Section number.</summary>
    [JsonPropertyName("SectionNumber")]
    public int SectionNumber { get; init; }

    /// <summary>Period.</summary>
    [JsonPropertyName("Period")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Period { get; init; }

    /// <summary>Date started.</summary>
    [JsonPropertyName("DateStarted")]
    public DateTime? DateStarted { get; init; }

    /// <summary>Date ended.</summary>
    [JsonPropertyName("DateEnded")]
    public DateTime? DateEnded { get; init; }
}
