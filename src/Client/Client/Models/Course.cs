using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A course (Course Data).</summary>
public sealed class Course
{
    /// <summary>Course ID (a string, e.g. "0001").</summary>
    [JsonPropertyName("ID")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? ID { get; init; }

    /// <summary>Title.</summary>
    [JsonPropertyName("Title")]
    public string? Title { get; init; }

    /// <summary>Blank when active.</summary>
    [JsonPropertyName("InactiveStatusCode")]
    public string? InactiveStatusCode { get; init; }

    /// <summary>CSF credit code.</summary>
    [JsonPropertyName("CSFCreditCode")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? CSFCreditCode { get; init; }

    /// <summary>Default credit.</summary>
    [JsonPropertyName("CreditDefault")]
    public decimal CreditDefault { get; init; }

    /// <summary>Lowest grade.</summary>
    [JsonPropertyName("LowGrade")]
    public int LowGrade { get; init; }

    /// <summary>Highest grade.</summary>
    [JsonPropertyName("HighGrade")]
    public int HighGrade { get; init; }
}
