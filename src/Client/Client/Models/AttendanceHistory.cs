using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's attendance history (Attendance History).</summary>
public sealed class AttendanceHistory
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>One per school year and school.</summary>
    [JsonPropertyName("HistorySummaries")]
    public IReadOnlyList<AttendanceHistorySummary> HistorySummaries { get; init; } = Array.Empty<AttendanceHistorySummary>();
}

/// <summary>Attendance totals for a school year.</summary>
public sealed class AttendanceHistorySummary
{
    /// <summary>School year, e.g. "2013-2014".</summary>
    [JsonPropertyName("SchoolYear")]
    public string? SchoolYear { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Reporting school code.</summary>
    [JsonPropertyName("ReportingSchoolCode")]
    public int ReportingSchoolCode { get; init; }

    /// <summary>Days enrolled.</summary>
    [JsonPropertyName("DaysEnrolled")]
    public int DaysEnrolled { get; init; }

    /// <summary>Days present.</summary>
    [JsonPropertyName("DaysPresent")]
    public int DaysPresent { get; init; }

    /// <summary>Days absent.</summary>
    [JsonPropertyName("DaysAbsence")]
    public int DaysAbsence { get; init; }

    /// <summary>Days excused.</summary>
    [JsonPropertyName("DaysExcused")]
    public int DaysExcused { get; init; }

    /// <summary>Days unexcused.</summary>
    [JsonPropertyName("DaysUnexcused")]
    public int DaysUnexcused { get; init; }

    /// <summary>Days tardy.</summary>
    [JsonPropertyName("DaysTardy")]
    public int DaysTardy { get; init; }

    /// <summary>Days of truancy.</summary>
    [JsonPropertyName("DaysOfTruancy")]
    public int DaysOfTruancy { get; init; }

    /// <summary>Days suspended.</summary>
    [JsonPropertyName("DaysSuspension")]
    public int DaysSuspension { get; init; }
}
