using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's progress towards graduation per subject area (Student Graduation Status Summary, student_grades_endpoints.html).</summary>
public sealed class GraduationStatus
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Subject areas.</summary>
    [JsonPropertyName("SubjectAreas")]
    public IReadOnlyList<SubjectAreaStatus> SubjectAreas { get; init; } = Array.Empty<SubjectAreaStatus>();

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Graduation requirement track.</summary>
    [JsonPropertyName("GraduationRequirementTrack")]
    public string? GraduationRequirementTrack { get; init; }
}
