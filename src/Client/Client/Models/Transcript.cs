using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's transcript (Student Transcripts, student_grades_endpoints.html): every course grade on record.</summary>
public sealed class Transcript
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Course grades.</summary>
    [JsonPropertyName("CourseGrades")]
    public IReadOnlyList<TranscriptCourseGrade> CourseGrades { get; init; } = Array.Empty<TranscriptCourseGrade>();

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }
}
