using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// An alternate course request of a student, with the fields of the Scheduling-related article's
/// example ("Student Alternate Course Requests").
/// </summary>
public sealed class AlternateCourseRequest
{
    /// <summary>The student.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>The school.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>The request's number among the student's alternates.</summary>
    [JsonPropertyName("SequenceNumber")]
    public int SequenceNumber { get; init; }

    /// <summary>The course asked for.</summary>
    [JsonPropertyName("CourseID")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? CourseID { get; init; }

    /// <summary>
    /// Aeries' own sort key: its order among the student's alternates is the place, the value is not
    /// (Aeries picks values between its neighbours', so it differs from the place asked for).
    /// </summary>
    [JsonPropertyName("PrioritySortOrder")]
    public decimal PrioritySortOrder { get; init; }
}
