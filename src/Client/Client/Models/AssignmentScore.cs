using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's score on an assignment (Gradebook Scores).</summary>
public sealed class AssignmentScore
{
    /// <summary>The gradebook.</summary>
    [JsonPropertyName("GradebookNumber")]
    public int GradebookNumber { get; init; }

    /// <summary>The assignment.</summary>
    [JsonPropertyName("AssignmentNumber")]
    public int AssignmentNumber { get; init; }

    /// <summary>The student.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Mark.</summary>
    [JsonPropertyName("Mark")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Mark { get; init; }

    /// <summary>Number correct.</summary>
    [JsonPropertyName("NumberCorrect")]
    public decimal? NumberCorrect { get; init; }

    /// <summary>Number correct possible.</summary>
    [JsonPropertyName("NumberCorrectPossible")]
    public decimal NumberCorrectPossible { get; init; }

    /// <summary>Percent correct; null for a student not scored yet (the mock answers null there).</summary>
    [JsonPropertyName("PercentCorrect")]
    public decimal? PercentCorrect { get; init; }

    /// <summary>Points earned; null for a student not scored yet.</summary>
    [JsonPropertyName("PointsEarned")]
    public decimal? PointsEarned { get; init; }

    /// <summary>Points possible.</summary>
    [JsonPropertyName("PointsPossible")]
    public decimal PointsPossible { get; init; }

    /// <summary>Date completed.</summary>
    [JsonPropertyName("DateCompleted")]
    public DateTime? DateCompleted { get; init; }

    /// <summary>Missing.</summary>
    [JsonPropertyName("IsMissing")]
    public bool IsMissing { get; init; }

    /// <summary>Scores by standard.</summary>
    [JsonPropertyName("StandardScores")]
    public IReadOnlyList<StandardScore> StandardScores { get; init; } = Array.Empty<StandardScore>();
}

/// <summary>A score on one standard.</summary>
public sealed class StandardScore
{
    /// <summary>Standard, e.g. "CEL.4.L.5".</summary>
    [JsonPropertyName("StandardId")]
    public string? StandardId { get; init; }

    /// <summary>Mark.</summary>
    [JsonPropertyName("Mark")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Mark { get; init; }

    /// <summary>Number correct.</summary>
    [JsonPropertyName("NumberCorrect")]
    public decimal NumberCorrect { get; init; }

    /// <summary>Points earned.</summary>
    [JsonPropertyName("PointsEarned")]
    public decimal PointsEarned { get; init; }
}
