using System;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>One report card marking period of a school, with its dates (School Report Card Marking Periods, student_grades_endpoints.html).</summary>
public sealed class ReportCardMarkingPeriod
{
    /// <summary>Beginning date.</summary>
    [JsonPropertyName("BeginningDate")]
    public DateTime? BeginningDate { get; init; }

    /// <summary>Ending date.</summary>
    [JsonPropertyName("EndingDate")]
    public DateTime? EndingDate { get; init; }

    /// <summary>State reporting code.</summary>
    [JsonPropertyName("StateReportingCode")]
    public string? StateReportingCode { get; init; }

    /// <summary>Marking period.</summary>
    [JsonPropertyName("MarkingPeriod")]
    public int MarkingPeriod { get; init; }

    /// <summary>Short description.</summary>
    [JsonPropertyName("ShortDescription")]
    public string? ShortDescription { get; init; }

    /// <summary>Long description.</summary>
    [JsonPropertyName("LongDescription")]
    public string? LongDescription { get; init; }

    /// <summary>Is current marking period.</summary>
    [JsonPropertyName("IsCurrentMarkingPeriod")]
    public bool IsCurrentMarkingPeriod { get; init; }
}
