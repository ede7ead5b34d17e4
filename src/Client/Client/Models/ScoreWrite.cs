using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// One student's score in a score write-back (<c>POST gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/Scores</c>).
/// </summary>
public sealed class ScoreWrite
{
    /// <summary>The student.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Number correct; for a rubric assignment, the rubric's numeric value (the Gradebook article).</summary>
    [JsonPropertyName("NumberCorrect")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? NumberCorrect { get; init; }

    /// <summary>Mark, for narrative grading. Not among the article's update fields (an assumption: sent only when there is no number correct).</summary>
    [JsonPropertyName("Mark")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Mark { get; init; }

    /// <summary>Marks the score missing. Not among the article's update fields (an assumption, under the field's read name).</summary>
    [JsonPropertyName("IsMissing")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsMissing { get; init; }

    /// <summary>The form of <see cref="DateCompleted"/> in Aeries' example: "2017/02/17".</summary>
    public const string DateFormat = "yyyy/MM/dd";

    /// <summary>
    /// Date completed, as Aeries' example writes it: "2017/02/17" (<see cref="DateFormat"/>). Left out,
    /// Aeries uses the assignment's due date (the Gradebook article).
    /// </summary>
    [JsonPropertyName("DateCompleted")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DateCompleted { get; init; }
}
