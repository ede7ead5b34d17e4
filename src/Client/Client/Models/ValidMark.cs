using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A mark a school accepts, with its grade points and how it counts (Valid Marks, student_grades_endpoints.html). The article shows its example as an image: the field names are the field table's, the JSON types (booleans for the Count flags) are assumed.</summary>
public sealed class ValidMark
{
    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Mark.</summary>
    [JsonPropertyName("Mark")]
    public string? Mark { get; init; }

    /// <summary>Non honor points.</summary>
    [JsonPropertyName("NonHonorPoints")]
    public decimal NonHonorPoints { get; init; }

    /// <summary>Honor points.</summary>
    [JsonPropertyName("HonorPoints")]
    public decimal HonorPoints { get; init; }

    /// <summary>Count as attempted.</summary>
    [JsonPropertyName("CountAsAttempted")]
    public bool CountAsAttempted { get; init; }

    /// <summary>Count as completed.</summary>
    [JsonPropertyName("CountAsCompleted")]
    public bool CountAsCompleted { get; init; }

    /// <summary>Count in GPA.</summary>
    [JsonPropertyName("CountInGPA")]
    public bool CountInGPA { get; init; }

    /// <summary>Sequence number.</summary>
    [JsonPropertyName("SequenceNumber")]
    public int SequenceNumber { get; init; }

    /// <summary>Non academic points.</summary>
    [JsonPropertyName("NonAcademicPoints")]
    public decimal NonAcademicPoints { get; init; }

    /// <summary>Low percentage.</summary>
    [JsonPropertyName("LowPercentage")]
    public decimal LowPercentage { get; init; }

    /// <summary>High percentage.</summary>
    [JsonPropertyName("HighPercentage")]
    public decimal HighPercentage { get; init; }

    /// <summary>Mark type.</summary>
    [JsonPropertyName("MarkType")]
    public string? MarkType { get; init; }

    /// <summary>Appoints.</summary>
    [JsonPropertyName("Appoints")]
    public decimal Appoints { get; init; }
}
