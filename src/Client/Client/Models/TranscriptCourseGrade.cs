using System;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>One course grade of a <see cref="Transcript"/>. SchoolYear is written yyyy-yyyy ("2016-2017").</summary>
public sealed class TranscriptCourseGrade
{
    /// <summary>Hours.</summary>
    [JsonPropertyName("Hours")]
    public decimal Hours { get; init; }

    /// <summary>Record source code.</summary>
    [JsonPropertyName("RecordSourceCode")]
    public string? RecordSourceCode { get; init; }

    /// <summary>Dual enrollment credit school code.</summary>
    [JsonPropertyName("DualEnrollmentCreditSchoolCode")]
    public int DualEnrollmentCreditSchoolCode { get; init; }

    /// <summary>Date of completion.</summary>
    [JsonPropertyName("DateOfCompletion")]
    public DateTime? DateOfCompletion { get; init; }

    /// <summary>College credit hours.</summary>
    [JsonPropertyName("CollegeCreditHours")]
    public decimal CollegeCreditHours { get; init; }

    /// <summary>Pass fail credit code.</summary>
    [JsonPropertyName("PassFailCreditCode")]
    public string? PassFailCreditCode { get; init; }

    /// <summary>Course ID.</summary>
    [JsonPropertyName("CourseID")]
    public string? CourseID { get; init; }

    /// <summary>Transcript course title.</summary>
    [JsonPropertyName("TranscriptCourseTitle")]
    public string? TranscriptCourseTitle { get; init; }

    /// <summary>Mark.</summary>
    [JsonPropertyName("Mark")]
    public string? Mark { get; init; }

    /// <summary>Credit attempted.</summary>
    [JsonPropertyName("CreditAttempted")]
    public decimal CreditAttempted { get; init; }

    /// <summary>Credit completed.</summary>
    [JsonPropertyName("CreditCompleted")]
    public decimal CreditCompleted { get; init; }

    /// <summary>Student grade.</summary>
    [JsonPropertyName("StudentGrade")]
    public int StudentGrade { get; init; }

    /// <summary>Term.</summary>
    [JsonPropertyName("Term")]
    public int Term { get; init; }

    /// <summary>Term description.</summary>
    [JsonPropertyName("TermDescription")]
    public string? TermDescription { get; init; }

    /// <summary>School year.</summary>
    [JsonPropertyName("SchoolYear")]
    public string? SchoolYear { get; init; }

    /// <summary>School taken ID.</summary>
    [JsonPropertyName("SchoolTakenID")]
    public int SchoolTakenID { get; init; }

    /// <summary>School taken name.</summary>
    [JsonPropertyName("SchoolTakenName")]
    public string? SchoolTakenName { get; init; }

    /// <summary>School taken state ID.</summary>
    [JsonPropertyName("SchoolTakenStateID")]
    public string? SchoolTakenStateID { get; init; }

    /// <summary>Repeat tag code.</summary>
    [JsonPropertyName("RepeatTagCode")]
    public string? RepeatTagCode { get; init; }

    /// <summary>Citizenship mark.</summary>
    [JsonPropertyName("CitizenshipMark")]
    public string? CitizenshipMark { get; init; }

    /// <summary>Sequence number.</summary>
    [JsonPropertyName("SequenceNumber")]
    public int SequenceNumber { get; init; }

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

    /// <summary>Section number.</summary>
    [JsonPropertyName("SectionNumber")]
    public int SectionNumber { get; init; }

    /// <summary>Staff ID.</summary>
    [JsonPropertyName("StaffID")]
    public int StaffID { get; init; }
}
