using System;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A gradebook's options, the Settings object of the Gradebook Information article.</summary>
public sealed class GradebookSettings
{
    /// <summary>Students follow the section roster.</summary>
    [JsonPropertyName("AddDropStudentsAutomatically")]
    public bool AddDropStudentsAutomatically { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("ApplyRangeToStudent")]
    public bool ApplyRangeToStudent { get; init; }

    /// <summary>Scores count at once, whatever an assignment's GradingCompleted.</summary>
    [JsonPropertyName("CountCompletedNow")]
    public bool CountCompletedNow { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("CountHi")]
    public int CountHi { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("CountLo")]
    public int CountLo { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("CountMaxDate")]
    public DateTime? CountMaxDate { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("CountMinDate")]
    public DateTime? CountMinDate { get; init; }

    /// <summary>Formative and summative assignments are weighted apart.</summary>
    [JsonPropertyName("DoingFormativeSummativeWeight")]
    public bool DoingFormativeSummativeWeight { get; init; }

    /// <summary>Assignment scores are scaled into the min/max range.</summary>
    [JsonPropertyName("DoingMinMaxAssignmentValues")]
    public bool DoingMinMaxAssignmentValues { get; init; }

    /// <summary>Rubric grading (trend analysis).</summary>
    [JsonPropertyName("DoingRubric")]
    public bool DoingRubric { get; init; }

    /// <summary>Assignment categories carry weights.</summary>
    [JsonPropertyName("DoingWeight")]
    public bool DoingWeight { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("FilterAssignmentsBy")]
    public string? FilterAssignmentsBy { get; init; }

    /// <summary>Weight of formative assignments.</summary>
    [JsonPropertyName("FormativePercentage")]
    public decimal FormativePercentage { get; init; }

    /// <summary>The gradebook.</summary>
    [JsonPropertyName("GradebookNumber")]
    public int GradebookNumber { get; init; }

    /// <summary>Dropped students are hidden.</summary>
    [JsonPropertyName("HideDroppedStudents")]
    public bool HideDroppedStudents { get; init; }

    /// <summary>The overall score is hidden from staff.</summary>
    [JsonPropertyName("HideOverallScore")]
    public bool HideOverallScore { get; init; }

    /// <summary>The overall score is hidden from parents and students.</summary>
    [JsonPropertyName("HideOverallScoreFromParentStudent")]
    public bool HideOverallScoreFromParentStudent { get; init; }

    /// <summary>The max of the min/max range.</summary>
    [JsonPropertyName("MaxAssignmentValue")]
    public decimal MaxAssignmentValue { get; init; }

    /// <summary>The min of the min/max range.</summary>
    [JsonPropertyName("MinAssignmentValue")]
    public decimal MinAssignmentValue { get; init; }

    /// <summary>The overall mark is shown to staff.</summary>
    [JsonPropertyName("ShowFinalMark")]
    public bool ShowFinalMark { get; init; }

    /// <summary>The overall mark is shown to parents and students.</summary>
    [JsonPropertyName("ShowFinalMarkToParentStudent")]
    public bool ShowFinalMarkToParentStudent { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("ShowHi")]
    public int ShowHi { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("ShowLo")]
    public int ShowLo { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("ShowMaxDate")]
    public DateTime? ShowMaxDate { get; init; }

    /// <summary>No longer used (article).</summary>
    [JsonPropertyName("ShowMinDate")]
    public DateTime? ShowMinDate { get; init; }

    /// <summary>The overall point ratio is shown to the teacher.</summary>
    [JsonPropertyName("ShowPointRatio")]
    public bool ShowPointRatio { get; init; }

    /// <summary>One year-long term instead of the school's terms.</summary>
    [JsonPropertyName("SingleTermGradebook")]
    public bool SingleTermGradebook { get; init; }

    /// <summary>Weight of summative assignments.</summary>
    [JsonPropertyName("SummativePercentage")]
    public decimal SummativePercentage { get; init; }
}
