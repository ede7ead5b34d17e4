using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A standard an assignment scores (Assignment Information, Standards).</summary>
public sealed class AssignmentStandard
{
    /// <summary>The standard's ID in third-party systems.</summary>
    [JsonPropertyName("AcademicBenchmarkId")]
    public string? AcademicBenchmarkId { get; init; }

    /// <summary>The assignment.</summary>
    [JsonPropertyName("AssignmentNumber")]
    public int AssignmentNumber { get; init; }

    /// <summary>The gradebook.</summary>
    [JsonPropertyName("GradebookNumber")]
    public int GradebookNumber { get; init; }

    /// <summary>Points of this standard possible on the assignment.</summary>
    [JsonPropertyName("NumberCorrectPossible")]
    public decimal NumberCorrectPossible { get; init; }

    /// <summary>The standard's description.</summary>
    [JsonPropertyName("StandardDescription")]
    public string? StandardDescription { get; init; }

    /// <summary>The Aeries standard ID, e.g. "SHA.H.1".</summary>
    [JsonPropertyName("StandardId")]
    public string? StandardId { get; init; }
}
