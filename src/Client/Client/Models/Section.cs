using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A section of the master schedule (Master Schedule, Scheduling Master Schedule).</summary>
public sealed class Section
{
    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Section number.</summary>
    [JsonPropertyName("SectionNumber")]
    public int SectionNumber { get; init; }

    /// <summary>Period (a string in Aeries' answers).</summary>
    [JsonPropertyName("Period")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Period { get; init; }

    /// <summary>Period block.</summary>
    [JsonPropertyName("PeriodBlock")]
    public int PeriodBlock { get; init; }

    /// <summary>Term code.</summary>
    [JsonPropertyName("Semester")]
    public string? Semester { get; init; }

    /// <summary>Class calendar.</summary>
    [JsonPropertyName("ClassCalendar")]
    public string? ClassCalendar { get; init; }

    /// <summary>Course ID (a string).</summary>
    [JsonPropertyName("CourseID")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? CourseID { get; init; }

    /// <summary>Room.</summary>
    [JsonPropertyName("Room")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Room { get; init; }

    /// <summary>Staff of the section.</summary>
    [JsonPropertyName("SectionStaffMembers")]
    public IReadOnlyList<SectionStaffMember> SectionStaffMembers { get; init; } = Array.Empty<SectionStaffMember>();
}

/// <summary>A staff member of a section.</summary>
public sealed class SectionStaffMember
{
    /// <summary>Staff ID.</summary>
    [JsonPropertyName("StaffID")]
    public int StaffID { get; init; }

    /// <summary>Last name.</summary>
    [JsonPropertyName("LastName")]
    public string? LastName { get; init; }

    /// <summary>First name.</summary>
    [JsonPropertyName("FirstName")]
    public string? FirstName { get; init; }

    /// <summary>Primary teacher.</summary>
    [JsonPropertyName("IsPrimaryTeacher")]
    public bool IsPrimaryTeacher { get; init; }

    /// <summary>Blank when active.</summary>
    [JsonPropertyName("InactiveStatusCode")]
    public string? InactiveStatusCode { get; init; }
}
