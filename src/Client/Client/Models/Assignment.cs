using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A gradebook assignment (Gradebook Data).</summary>
public sealed class Assignment
{
    /// <summary>The gradebook.</summary>
    [JsonPropertyName("GradebookNumber")]
    public int GradebookNumber { get; init; }

    /// <summary>Assignment number within the gradebook.</summary>
    [JsonPropertyName("AssignmentNumber")]
    public int AssignmentNumber { get; init; }

    /// <summary>Description.</summary>
    [JsonPropertyName("Description")]
    public string? Description { get; init; }

    /// <summary>The category, when Aeries nests it.</summary>
    [JsonPropertyName("AssignmentCategory")]
    public AssignmentCategory? AssignmentCategory { get; init; }

    /// <summary>The category code (one character), when Aeries gives it flat.</summary>
    [JsonPropertyName("AssignmentCategoryCode")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? AssignmentCategoryCode { get; init; }

    /// <summary>Comment.</summary>
    [JsonPropertyName("Comment")]
    public string? Comment { get; init; }

    /// <summary>Date assigned.</summary>
    [JsonPropertyName("DateAssigned")]
    public DateTime? DateAssigned { get; init; }

    /// <summary>Date due.</summary>
    [JsonPropertyName("DateDue")]
    public DateTime? DateDue { get; init; }

    /// <summary>Number correct possible.</summary>
    [JsonPropertyName("NumberCorrectPossible")]
    public decimal NumberCorrectPossible { get; init; }

    /// <summary>Points possible.</summary>
    [JsonPropertyName("PointsPossible")]
    public decimal PointsPossible { get; init; }

    /// <summary>"F" or "S".</summary>
    [JsonPropertyName("FormativeSummativeIndicator")]
    public string? FormativeSummativeIndicator { get; init; }

    /// <summary>Grading completed.</summary>
    [JsonPropertyName("GradingCompleted")]
    public bool GradingCompleted { get; init; }

    /// <summary>The caller's own identifier (how an insert avoids duplicates).</summary>
    [JsonPropertyName("ExternalID")]
    public string? ExternalID { get; init; }

    /// <summary>Aeries' unique identifier (a GUID).</summary>
    [JsonPropertyName("UniqueID")]
    public string? UniqueID { get; init; }

    /// <summary>Visible to parents.</summary>
    [JsonPropertyName("VisibleToParents")]
    public bool VisibleToParents { get; init; }

    /// <summary>Scores visible to parents.</summary>
    [JsonPropertyName("ScoresVisibleToParents")]
    public bool ScoresVisibleToParents { get; init; }

    /// <summary>Rubric assignment.</summary>
    [JsonPropertyName("RubricAssignment")]
    public bool RubricAssignment { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("AeriesAnalyticsExamID")]
    public int AeriesAnalyticsExamID { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("AeriesAnalyticsExamTestAdmin")]
    public int AeriesAnalyticsExamTestAdmin { get; init; }

    /// <summary>Students may upload a document to the assignment.</summary>
    [JsonPropertyName("AllowStudentDropBox")]
    public bool AllowStudentDropBox { get; init; }

    /// <summary>Upload deadline with the drop box (0001-01-01T00:00:00 when none).</summary>
    [JsonPropertyName("DueTime")]
    public DateTime? DueTime { get; init; }

    /// <summary>Scores are entered per standard.</summary>
    [JsonPropertyName("InputScoresByStandard")]
    public bool InputScoresByStandard { get; init; }

    /// <summary>The narrative grading scale in use; 0 when none.</summary>
    [JsonPropertyName("NarrativeGradeSetID")]
    public int NarrativeGradeSetID { get; init; }

    /// <summary>The marks of the narrative grading scale.</summary>
    [JsonPropertyName("NarrativeGradeSet")]
    public IReadOnlyList<NarrativeGrade> NarrativeGradeSet { get; init; } = Array.Empty<NarrativeGrade>();

    /// <summary>The standards the assignment scores.</summary>
    [JsonPropertyName("Standards")]
    public IReadOnlyList<AssignmentStandard> Standards { get; init; } = Array.Empty<AssignmentStandard>();
}

/// <summary>An assignment category.</summary>
public sealed class AssignmentCategory
{
    /// <summary>Code.</summary>
    [JsonPropertyName("Code")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Code { get; init; }

    /// <summary>Description, e.g. "Homework".</summary>
    [JsonPropertyName("Description")]
    public string? Description { get; init; }

    /// <summary>Colour.</summary>
    [JsonPropertyName("Color")]
    public string? Color { get; init; }

    /// <summary>The gradebook.</summary>
    [JsonPropertyName("GradebookNumber")]
    public int GradebookNumber { get; init; }

    /// <summary>Weight.</summary>
    [JsonPropertyName("PercentageOfGrade")]
    public decimal PercentageOfGrade { get; init; }
}
