using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// The body of an alternate course request insert or update (Scheduling-related article,
/// "Alternate Course Requests - Create / Update"). A property left null is not sent.
/// </summary>
public sealed class AlternateCourseRequestInput
{
    /// <summary>The course (required for an insert).</summary>
    [JsonPropertyName("CourseID")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CourseID { get; init; }

    /// <summary>
    /// The 1-based place among the student's alternates (2 puts it second); null puts a new request
    /// last. Aeries refuses 0.
    /// </summary>
    [JsonPropertyName("RelativePrioritySortOrder")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RelativePrioritySortOrder { get; init; }
}
