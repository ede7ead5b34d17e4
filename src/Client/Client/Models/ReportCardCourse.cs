using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>One course of a <see cref="ReportCard"/>. Period is text, not a number ("1 Flex" at schools with flex periods).</summary>
public sealed class ReportCardCourse
{
    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Course ID.</summary>
    [JsonPropertyName("CourseID")]
    public string? CourseID { get; init; }

    /// <summary>Course title.</summary>
    [JsonPropertyName("CourseTitle")]
    public string? CourseTitle { get; init; }

    /// <summary>Period.</summary>
    [JsonPropertyName("Period")]
    public string? Period { get; init; }

    /// <summary>Section number.</summary>
    [JsonPropertyName("SectionNumber")]
    public int SectionNumber { get; init; }

    /// <summary>Teacher number.</summary>
    [JsonPropertyName("TeacherNumber")]
    public int TeacherNumber { get; init; }

    /// <summary>Marking period grades.</summary>
    [JsonPropertyName("MarkingPeriodGrades")]
    public IReadOnlyList<MarkingPeriodGrade> MarkingPeriodGrades { get; init; } = Array.Empty<MarkingPeriodGrade>();
}
