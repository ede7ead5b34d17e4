using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's attendance (Attendance).</summary>
public sealed class StudentAttendance
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Days with attendance.</summary>
    [JsonPropertyName("AttendanceDays")]
    public IReadOnlyList<AttendanceDay> AttendanceDays { get; init; } = Array.Empty<AttendanceDay>();
}

/// <summary>One day of attendance.</summary>
public sealed class AttendanceDay
{
    /// <summary>The day.</summary>
    [JsonPropertyName("CalendarDate")]
    public DateTime? CalendarDate { get; init; }

    /// <summary>All-day code.</summary>
    [JsonPropertyName("AllDayAttendanceCode")]
    public string? AllDayAttendanceCode { get; init; }

    /// <summary>Per period.</summary>
    [JsonPropertyName("Classes")]
    public IReadOnlyList<ClassAttendance> Classes { get; init; } = Array.Empty<ClassAttendance>();
}

/// <summary>Attendance in one class.</summary>
public sealed class ClassAttendance
{
    /// <summary>Section.</summary>
    [JsonPropertyName("SectionNumber")]
    public int SectionNumber { get; init; }

    /// <summary>Period (a string in Aeries' answers).</summary>
    [JsonPropertyName("Period")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Period { get; init; }

    /// <summary>Code.</summary>
    [JsonPropertyName("AttendanceCode")]
    public string? AttendanceCode { get; init; }
}
