using System.ComponentModel;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's contact (Contacts).</summary>
public sealed class Contact
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Contact sequence number.</summary>
    [JsonPropertyName("SequenceNumber")]
    public int SequenceNumber { get; init; }

    /// <summary>Order among the student's contacts.</summary>
    [JsonPropertyName("ContactOrder")]
    public int ContactOrder { get; init; }

    /// <summary>First name.</summary>
    [JsonPropertyName("FirstName")]
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    [JsonPropertyName("LastName")]
    public string? LastName { get; init; }

    /// <summary>Mailing name.</summary>
    [JsonPropertyName("MailingName")]
    public string? MailingName { get; init; }

    /// <summary>Relationship code.</summary>
    [JsonPropertyName("RelationshipToStudentCode")]
    public string? RelationshipToStudentCode { get; init; }

    /// <summary>Home phone.</summary>
    [JsonPropertyName("HomePhone")]
    public string? HomePhone { get; init; }

    /// <summary>Work phone.</summary>
    [JsonPropertyName("WorkPhone")]
    public string? WorkPhone { get; init; }

    /// <summary>Cell phone.</summary>
    [JsonPropertyName("CellPhone")]
    public string? CellPhone { get; init; }

    /// <summary>E-mail address.</summary>
    [JsonPropertyName("EmailAddress")]
    public string? EmailAddress { get; init; }

    /// <summary>"Y", "N" or blank.</summary>
    [JsonPropertyName("LivesWithStudentIndicator")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? LivesWithStudentIndicator { get; init; }

    /// <summary>"Y", "N" or blank.</summary>
    [JsonPropertyName("AttendanceNotification")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? AttendanceNotification { get; init; }

    /// <summary>"Y", "N" or blank.</summary>
    [JsonPropertyName("AccessToPortal")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? AccessToPortal { get; init; }

    /// <summary>"Y", "N" or blank.</summary>
    [JsonPropertyName("EducationalRightsHolder")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? EducationalRightsHolder { get; init; }

    /// <summary>Correspondence language code (also read from CorrespondanceLanguageCode).</summary>
    [JsonPropertyName("CorrespondenceLanguageCode")]
    public string? CorrespondenceLanguageCode { get; init; }

    /// <summary>The other spelling of <see cref="CorrespondenceLanguageCode"/>; read only into it.</summary>
    [JsonPropertyName("CorrespondanceLanguageCode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? CorrespondanceLanguageCode { get => null; init => CorrespondenceLanguageCode ??= value; }

    /// <summary>Notification preference code.</summary>
    [JsonPropertyName("NotificationPreferenceCode")]
    public string? NotificationPreferenceCode { get; init; }

    /// <summary>Red flag.</summary>
    [JsonPropertyName("RedFlag")]
    public bool RedFlag { get; init; }
}
