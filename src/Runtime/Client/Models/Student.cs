using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A student (Student Data).</summary>
public sealed class Student
{
    /// <summary>Permanent student ID, e.g. 99400001.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Student number within the school.</summary>
    [JsonPropertyName("StudentNumber")]
    public int StudentNumber { get; init; }

    /// <summary>State student ID.</summary>
    [JsonPropertyName("StateStudentID")]
    public string? StateStudentID { get; init; }

    /// <summary>Last name.</summary>
    [JsonPropertyName("LastName")]
    public string? LastName { get; init; }

    /// <summary>First name.</summary>
    [JsonPropertyName("FirstName")]
    public string? FirstName { get; init; }

    /// <summary>Middle name.</summary>
    [JsonPropertyName("MiddleName")]
    public string? MiddleName { get; init; }

    /// <summary>Gender code.</summary>
    [JsonPropertyName("Gender")]
    public string? Gender { get; init; }

    /// <summary>Grade level.</summary>
    [JsonPropertyName("Grade")]
    public int Grade { get; init; }

    /// <summary>Grade, short text.</summary>
    [JsonPropertyName("GradeLevelShortDescription")]
    public string? GradeLevelShortDescription { get; init; }

    /// <summary>Date of birth.</summary>
    [JsonPropertyName("Birthdate")]
    public DateTime? Birthdate { get; init; }

    /// <summary>Home language code.</summary>
    [JsonPropertyName("HomeLanguageCode")]
    public string? HomeLanguageCode { get; init; }

    /// <summary>Correspondence language code (also read from Aeries' other spelling, CorrespondanceLanguageCode).</summary>
    [JsonPropertyName("CorrespondenceLanguageCode")]
    public string? CorrespondenceLanguageCode { get; init; }

    /// <summary>The other spelling of <see cref="CorrespondenceLanguageCode"/> that some Aeries answers use; read only into it.</summary>
    [JsonPropertyName("CorrespondanceLanguageCode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? CorrespondanceLanguageCode { get => null; init => CorrespondenceLanguageCode ??= value; }

    /// <summary>Student e-mail address.</summary>
    [JsonPropertyName("StudentEmailAddress")]
    public string? StudentEmailAddress { get; init; }

    /// <summary>Parent e-mail address.</summary>
    [JsonPropertyName("ParentEmailAddress")]
    public string? ParentEmailAddress { get; init; }

    /// <summary>Network login.</summary>
    [JsonPropertyName("NetworkLoginID")]
    public string? NetworkLoginID { get; init; }

    /// <summary>Blank when enrolled.</summary>
    [JsonPropertyName("InactiveStatusCode")]
    public string? InactiveStatusCode { get; init; }

    /// <summary>Date entered the school.</summary>
    [JsonPropertyName("SchoolEnterDate")]
    public DateTime? SchoolEnterDate { get; init; }

    /// <summary>Date left the school.</summary>
    [JsonPropertyName("SchoolLeaveDate")]
    public DateTime? SchoolLeaveDate { get; init; }

    /// <summary>Counselor number.</summary>
    [JsonPropertyName("CounselorNumber")]
    public int CounselorNumber { get; init; }

    /// <summary>Home room teacher number (a string in Aeries' answers).</summary>
    [JsonPropertyName("HomeRoomTeacherNumber")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? HomeRoomTeacherNumber { get; init; }

    /// <summary>Family key.</summary>
    [JsonPropertyName("FamilyKey")]
    public int FamilyKey { get; init; }

    /// <summary>Early warning points.</summary>
    [JsonPropertyName("EarlyWarningPoints")]
    public decimal EarlyWarningPoints { get; init; }

    /// <summary>Track.</summary>
    [JsonPropertyName("Track")]
    public string? Track { get; init; }
}
