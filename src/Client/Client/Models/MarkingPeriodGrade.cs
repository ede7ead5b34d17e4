using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>The mark, credit, comments and attendance totals of a report card course in one marking period (1 to 12).</summary>
public sealed class MarkingPeriodGrade
{
    /// <summary>Primary staff ID.</summary>
    [JsonPropertyName("PrimaryStaffID")]
    public int PrimaryStaffID { get; init; }

    /// <summary>Hours.</summary>
    [JsonPropertyName("Hours")]
    public decimal Hours { get; init; }

    /// <summary>Attendance based grades indicator.</summary>
    [JsonPropertyName("AttendanceBasedGradesIndicator")]
    public string? AttendanceBasedGradesIndicator { get; init; }

    /// <summary>Marking period.</summary>
    [JsonPropertyName("MarkingPeriod")]
    public int MarkingPeriod { get; init; }

    /// <summary>Mark.</summary>
    [JsonPropertyName("Mark")]
    public string? Mark { get; init; }

    /// <summary>Credit.</summary>
    [JsonPropertyName("Credit")]
    public decimal Credit { get; init; }

    /// <summary>Comment1 code.</summary>
    [JsonPropertyName("Comment1Code")]
    public string? Comment1Code { get; init; }

    /// <summary>Comment2 code.</summary>
    [JsonPropertyName("Comment2Code")]
    public string? Comment2Code { get; init; }

    /// <summary>Comment3 code.</summary>
    [JsonPropertyName("Comment3Code")]
    public string? Comment3Code { get; init; }

    /// <summary>Citizenship code.</summary>
    [JsonPropertyName("CitizenshipCode")]
    public string? CitizenshipCode { get; init; }

    /// <summary>Work habits code.</summary>
    [JsonPropertyName("WorkHabitsCode")]
    public string? WorkHabitsCode { get; init; }

    /// <summary>Total absences.</summary>
    [JsonPropertyName("TotalAbsences")]
    public int TotalAbsences { get; init; }

    /// <summary>Total tardies.</summary>
    [JsonPropertyName("TotalTardies")]
    public int TotalTardies { get; init; }

    /// <summary>Total days enrolled.</summary>
    [JsonPropertyName("TotalDaysEnrolled")]
    public int TotalDaysEnrolled { get; init; }

    /// <summary>Total days present.</summary>
    [JsonPropertyName("TotalDaysPresent")]
    public int TotalDaysPresent { get; init; }

    /// <summary>Total excused absences.</summary>
    [JsonPropertyName("TotalExcusedAbsences")]
    public int TotalExcusedAbsences { get; init; }

    /// <summary>Total un excused absences.</summary>
    [JsonPropertyName("TotalUnExcusedAbsences")]
    public int TotalUnExcusedAbsences { get; init; }

    /// <summary>Total days of suspension.</summary>
    [JsonPropertyName("TotalDaysOfSuspension")]
    public int TotalDaysOfSuspension { get; init; }
}
