using System;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// The body of an assignment insert (<c>POST gradebooks/{GradebookNumber}/Assignments</c>) or update
/// (<c>PUT gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}</c>), in Aeries' spelling.
/// </summary>
public sealed class AssignmentInput
{
    /// <summary>Description (the assignment's name in the gradebook).</summary>
    [JsonPropertyName("Description")]
    public string Description { get; init; } = string.Empty;

    /// <summary>Category code (one character).</summary>
    [JsonPropertyName("AssignmentCategoryCode")]
    public string? AssignmentCategoryCode { get; init; }

    /// <summary>Date assigned.</summary>
    [JsonPropertyName("DateAssigned")]
    public DateOnly? DateAssigned { get; init; }

    /// <summary>Date due.</summary>
    [JsonPropertyName("DateDue")]
    public DateOnly? DateDue { get; init; }

    /// <summary>Number correct possible.</summary>
    [JsonPropertyName("NumberCorrectPossible")]
    public decimal NumberCorrectPossible { get; init; }

    /// <summary>Points possible.</summary>
    [JsonPropertyName("PointsPossible")]
    public decimal PointsPossible { get; init; }

    /// <summary>Grading completed (update only).</summary>
    [JsonPropertyName("GradingCompleted")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? GradingCompleted { get; init; }

    /// <summary>Comment.</summary>
    [JsonPropertyName("Comment")]
    public string? Comment { get; init; }

    /// <summary>"F" (formative) or "S" (summative).</summary>
    [JsonPropertyName("FormativeSummativeIndicator")]
    public string? FormativeSummativeIndicator { get; init; }

    /// <summary>Rubric assignment.</summary>
    [JsonPropertyName("RubricAssignment")]
    public bool RubricAssignment { get; init; }

    /// <summary>
    /// The caller's own identifier. The client finds an existing assignment by it before inserting,
    /// so a repeated run never creates a duplicate: give every assignment one.
    /// </summary>
    [JsonPropertyName("ExternalID")]
    public string? ExternalID { get; init; }

    /// <summary>Also create the assignment in linked gradebooks (insert; Aeries' default is true).</summary>
    [JsonPropertyName("CreateInLinkedGradebooksToo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? CreateInLinkedGradebooksToo { get; init; }

    /// <summary>Also update the assignment in linked gradebooks (update).</summary>
    [JsonPropertyName("UpdateLinkedGradebooksToo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UpdateLinkedGradebooksToo { get; init; }
}
