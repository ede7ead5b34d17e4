using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A teacher of a school (Teacher Data).</summary>
public sealed class Teacher
{
    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Teacher number.</summary>
    [JsonPropertyName("TeacherNumber")]
    public int TeacherNumber { get; init; }

    /// <summary>Display name.</summary>
    [JsonPropertyName("DisplayName")]
    public string? DisplayName { get; init; }

    /// <summary>First name.</summary>
    [JsonPropertyName("FirstName")]
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    [JsonPropertyName("LastName")]
    public string? LastName { get; init; }

    /// <summary>E-mail address.</summary>
    [JsonPropertyName("EmailAddress")]
    public string? EmailAddress { get; init; }

    /// <summary>Room.</summary>
    [JsonPropertyName("Room")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Room { get; init; }

    /// <summary>Staff ID of the teacher.</summary>
    [JsonPropertyName("StaffID1")]
    public int StaffID1 { get; init; }

    /// <summary>Second staff ID.</summary>
    [JsonPropertyName("StaffID2")]
    public int StaffID2 { get; init; }

    /// <summary>Third staff ID.</summary>
    [JsonPropertyName("StaffID3")]
    public int StaffID3 { get; init; }

    /// <summary>Lowest grade taught.</summary>
    [JsonPropertyName("LowGrade")]
    public int LowGrade { get; init; }

    /// <summary>Highest grade taught.</summary>
    [JsonPropertyName("HighGrade")]
    public int HighGrade { get; init; }

    /// <summary>Blank when active.</summary>
    [JsonPropertyName("InactiveStatusCode")]
    public string? InactiveStatusCode { get; init; }
}
