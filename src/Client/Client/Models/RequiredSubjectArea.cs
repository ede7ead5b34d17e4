using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>The credits one subject area of a <see cref="GraduationRequirements"/> track requires by grade level.</summary>
public sealed class RequiredSubjectArea
{
    /// <summary>Subject area code.</summary>
    [JsonPropertyName("SubjectAreaCode")]
    public string? SubjectAreaCode { get; init; }

    /// <summary>Subject area description.</summary>
    [JsonPropertyName("SubjectAreaDescription")]
    public string? SubjectAreaDescription { get; init; }

    /// <summary>Required credit for12th graders.</summary>
    [JsonPropertyName("RequiredCreditFor12thGraders")]
    public decimal RequiredCreditFor12thGraders { get; init; }

    /// <summary>Required credit for11th graders.</summary>
    [JsonPropertyName("RequiredCreditFor11thGraders")]
    public decimal RequiredCreditFor11thGraders { get; init; }

    /// <summary>Required credit for10th graders.</summary>
    [JsonPropertyName("RequiredCreditFor10thGraders")]
    public decimal RequiredCreditFor10thGraders { get; init; }

    /// <summary>Required credit for9th graders.</summary>
    [JsonPropertyName("RequiredCreditFor9thGraders")]
    public decimal RequiredCreditFor9thGraders { get; init; }
}
