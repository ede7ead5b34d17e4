using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's report card (Student Report Cards, student_grades_endpoints.html): the courses, each with its marks per marking period.</summary>
public sealed class ReportCard
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Student report card courses.</summary>
    [JsonPropertyName("StudentReportCardCourses")]
    public IReadOnlyList<ReportCardCourse> StudentReportCardCourses { get; init; } = Array.Empty<ReportCardCourse>();
}
