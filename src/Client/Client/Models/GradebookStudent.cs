using System;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A student of a gradebook term, as the Gradebook Student Information article shows it (Gradebook Data).</summary>
public sealed class GradebookStudent
{
    /// <summary>The student's current overall mark in the gradebook.</summary>
    [JsonPropertyName("CurrentMark")]
    public string? CurrentMark { get; init; }

    /// <summary>The student's current overall percentage.</summary>
    [JsonPropertyName("CurrentPercentage")]
    public decimal CurrentPercentage { get; init; }

    /// <summary>The term the mark is of (F, S, Y, 1-4 ...).</summary>
    [JsonPropertyName("CurrentTerm")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? CurrentTerm { get; init; }

    /// <summary>The teacher's sort position of the student.</summary>
    [JsonPropertyName("CustomSortOrder")]
    public int CustomSortOrder { get; init; }

    /// <summary>The student's last day in the gradebook.</summary>
    [JsonPropertyName("EndDate")]
    public DateTime? EndDate { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("HighAssignmentNumber")]
    public int HighAssignmentNumber { get; init; }

    /// <summary>Set when the student is inactive in the gradebook.</summary>
    [JsonPropertyName("InactiveTag")]
    public string? InactiveTag { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("LowAssignmentNumber")]
    public int LowAssignmentNumber { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>The student's first day in the gradebook.</summary>
    [JsonPropertyName("StartDate")]
    public DateTime? StartDate { get; init; }

    /// <summary>First name.</summary>
    [JsonPropertyName("StudentFirstName")]
    public string? StudentFirstName { get; init; }

    /// <summary>Grade level.</summary>
    [JsonPropertyName("StudentGradeLevel")]
    public int StudentGradeLevel { get; init; }

    /// <summary>District permanent ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Last name.</summary>
    [JsonPropertyName("StudentLastName")]
    public string? StudentLastName { get; init; }

    /// <summary>Middle name.</summary>
    [JsonPropertyName("StudentMiddleName")]
    public string? StudentMiddleName { get; init; }

    /// <summary>School-based student number.</summary>
    [JsonPropertyName("StudentNumber")]
    public int StudentNumber { get; init; }

    /// <summary>Sex or gender code.</summary>
    [JsonPropertyName("StudentSex")]
    public string? StudentSex { get; init; }
}
