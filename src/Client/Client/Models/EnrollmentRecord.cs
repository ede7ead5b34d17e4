using System;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A period of enrollment (Enrollment History).</summary>
public sealed class EnrollmentRecord
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Student number.</summary>
    [JsonPropertyName("StudentNumber")]
    public int StudentNumber { get; init; }

    /// <summary>Year the school year starts, e.g. 2024.</summary>
    [JsonPropertyName("AcademicYear")]
    public int AcademicYear { get; init; }

    /// <summary>Grade.</summary>
    [JsonPropertyName("Grade")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Grade { get; init; }

    /// <summary>Enter date.</summary>
    [JsonPropertyName("EnterDate")]
    public DateTime? EnterDate { get; init; }

    /// <summary>Leave date.</summary>
    [JsonPropertyName("LeaveDate")]
    public DateTime? LeaveDate { get; init; }

    /// <summary>Exit reason.</summary>
    [JsonPropertyName("ExitReasonCode")]
    public string? ExitReasonCode { get; init; }

    /// <summary>Track.</summary>
    [JsonPropertyName("Track")]
    public string? Track { get; init; }

    /// <summary>Attendance program.</summary>
    [JsonPropertyName("AttendanceProgramCode")]
    public string? AttendanceProgramCode { get; init; }
}
