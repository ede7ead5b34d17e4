using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's credits in one subject area of a <see cref="GraduationStatus"/>: required, completed, in progress and still needed.</summary>
public sealed class SubjectAreaStatus
{
    /// <summary>Subject area code.</summary>
    [JsonPropertyName("SubjectAreaCode")]
    public string? SubjectAreaCode { get; init; }

    /// <summary>Subject area description.</summary>
    [JsonPropertyName("SubjectAreaDescription")]
    public string? SubjectAreaDescription { get; init; }

    /// <summary>Credits required.</summary>
    [JsonPropertyName("CreditsRequired")]
    public decimal CreditsRequired { get; init; }

    /// <summary>Credits completed.</summary>
    [JsonPropertyName("CreditsCompleted")]
    public decimal CreditsCompleted { get; init; }

    /// <summary>Credits currently enrolled.</summary>
    [JsonPropertyName("CreditsCurrentlyEnrolled")]
    public decimal CreditsCurrentlyEnrolled { get; init; }

    /// <summary>Credits needed.</summary>
    [JsonPropertyName("CreditsNeeded")]
    public decimal CreditsNeeded { get; init; }
}
