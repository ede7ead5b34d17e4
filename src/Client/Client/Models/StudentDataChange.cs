using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// A student whose data in one area changed since a time (Student Data Changes): the keys to read
/// that student's records again with the area's own endpoint.
/// </summary>
public sealed class StudentDataChange
{
    /// <summary>Permanent student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>School code of the student's record.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Student number within that school.</summary>
    [JsonPropertyName("StudentNumber")]
    public int StudentNumber { get; init; }
}
