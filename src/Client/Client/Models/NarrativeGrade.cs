using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>One mark of a narrative grading scale (Assignment Information, NarrativeGradeSet).</summary>
public sealed class NarrativeGrade
{
    /// <summary>The mark a teacher picks.</summary>
    [JsonPropertyName("Mark")]
    public string? Mark { get; init; }

    /// <summary>The narrative grade set.</summary>
    [JsonPropertyName("NarrativeGradeSetID")]
    public int NarrativeGradeSetID { get; init; }

    /// <summary>The percentage the mark stands for.</summary>
    [JsonPropertyName("PercentValue")]
    public decimal PercentValue { get; init; }
}
