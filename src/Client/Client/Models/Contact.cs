using System;
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

    /// <summary>Administrative lock code.</summary>
    [JsonPropertyName("AdministrativeLockCode")]
    public string? AdministrativeLockCode { get; init; }

    /// <summary>Enrolled the student indicator.</summary>
    [JsonPropertyName("EnrolledTheStudentIndicator")]
    public string? EnrolledTheStudentIndicator { get; init; }

    /// <summary>Birthdate.</summary>
    [JsonPropertyName("Birthdate")]
    public DateTime? Birthdate { get; init; }

    /// <summary>Occupation.</summary>
    [JsonPropertyName("Occupation")]
    public string? Occupation { get; init; }

    /// <summary>Tuberculosis test status code.</summary>
    [JsonPropertyName("TuberculosisTestStatusCode")]
    public string? TuberculosisTestStatusCode { get; init; }

    /// <summary>Tuberculosis test expiration date.</summary>
    [JsonPropertyName("TuberculosisTestExpirationDate")]
    public DateTime? TuberculosisTestExpirationDate { get; init; }

    /// <summary>Fingerprint status code.</summary>
    [JsonPropertyName("FingerprintStatusCode")]
    public string? FingerprintStatusCode { get; init; }

    /// <summary>Fingerprint date.</summary>
    [JsonPropertyName("FingerprintDate")]
    public DateTime? FingerprintDate { get; init; }

    /// <summary>User code 1.</summary>
    [JsonPropertyName("UserCode1")]
    public string? UserCode1 { get; init; }

    /// <summary>User code 2.</summary>
    [JsonPropertyName("UserCode2")]
    public string? UserCode2 { get; init; }

    /// <summary>User code 3.</summary>
    [JsonPropertyName("UserCode3")]
    public string? UserCode3 { get; init; }

    /// <summary>User code 4.</summary>
    [JsonPropertyName("UserCode4")]
    public string? UserCode4 { get; init; }

    /// <summary>User code 5.</summary>
    [JsonPropertyName("UserCode5")]
    public string? UserCode5 { get; init; }

    /// <summary>User code 6.</summary>
    [JsonPropertyName("UserCode6")]
    public string? UserCode6 { get; init; }

    /// <summary>User code 7.</summary>
    [JsonPropertyName("UserCode7")]
    public string? UserCode7 { get; init; }

    /// <summary>User code 8.</summary>
    [JsonPropertyName("UserCode8")]
    public string? UserCode8 { get; init; }

    /// <summary>Portal account ID.</summary>
    [JsonPropertyName("PortalAccountID")]
    public int PortalAccountID { get; init; }

    /// <summary>Misc code.</summary>
    [JsonPropertyName("MiscCode")]
    public string? MiscCode { get; init; }

    /// <summary>Mail tag code.</summary>
    [JsonPropertyName("MailTagCode")]
    public string? MailTagCode { get; init; }

    /// <summary>Address type code.</summary>
    [JsonPropertyName("AddressTypeCode")]
    public string? AddressTypeCode { get; init; }

    /// <summary>Additional communication type code 1.</summary>
    [JsonPropertyName("AdditionalCommunicationTypeCode1")]
    public string? AdditionalCommunicationTypeCode1 { get; init; }

    /// <summary>Additional communication type code 2.</summary>
    [JsonPropertyName("AdditionalCommunicationTypeCode2")]
    public string? AdditionalCommunicationTypeCode2 { get; init; }

    /// <summary>Additional communication type code 3.</summary>
    [JsonPropertyName("AdditionalCommunicationTypeCode3")]
    public string? AdditionalCommunicationTypeCode3 { get; init; }

    /// <summary>Additional communication type code 4.</summary>
    [JsonPropertyName("AdditionalCommunicationTypeCode4")]
    public string? AdditionalCommunicationTypeCode4 { get; init; }

    /// <summary>Additional communication detail 1.</summary>
    [JsonPropertyName("AdditionalCommunicationDetail1")]
    public string? AdditionalCommunicationDetail1 { get; init; }

    /// <summary>Additional communication detail 2.</summary>
    [JsonPropertyName("AdditionalCommunicationDetail2")]
    public string? AdditionalCommunicationDetail2 { get; init; }

    /// <summary>Additional communication detail 3.</summary>
    [JsonPropertyName("AdditionalCommunicationDetail3")]
    public string? AdditionalCommunicationDetail3 { get; init; }

    /// <summary>Additional communication detail 4.</summary>
    [JsonPropertyName("AdditionalCommunicationDetail4")]
    public string? AdditionalCommunicationDetail4 { get; init; }

    /// <summary>Address verification date.</summary>
    [JsonPropertyName("AddressVerificationDate")]
    public DateTime? AddressVerificationDate { get; init; }

    /// <summary>Record added date.</summary>
    [JsonPropertyName("RecordAddedDate")]
    public DateTime? RecordAddedDate { get; init; }

    /// <summary>Military user field code 1.</summary>
    [JsonPropertyName("MilitaryUserFieldCode1")]
    public string? MilitaryUserFieldCode1 { get; init; }

    /// <summary>Military user field code 2.</summary>
    [JsonPropertyName("MilitaryUserFieldCode2")]
    public string? MilitaryUserFieldCode2 { get; init; }

    /// <summary>Military user field code 3.</summary>
    [JsonPropertyName("MilitaryUserFieldCode3")]
    public string? MilitaryUserFieldCode3 { get; init; }

    /// <summary>Military user field code 4.</summary>
    [JsonPropertyName("MilitaryUserFieldCode4")]
    public string? MilitaryUserFieldCode4 { get; init; }

    /// <summary>Military user field code 5.</summary>
    [JsonPropertyName("MilitaryUserFieldCode5")]
    public string? MilitaryUserFieldCode5 { get; init; }

    /// <summary>Primary contact 1 field.</summary>
    [JsonPropertyName("PrimaryContact1Field")]
    public string? PrimaryContact1Field { get; init; }

    /// <summary>Primary contact 2 field.</summary>
    [JsonPropertyName("PrimaryContact2Field")]
    public string? PrimaryContact2Field { get; init; }

    /// <summary>Primary contact 1 description.</summary>
    [JsonPropertyName("PrimaryContact1Description")]
    public string? PrimaryContact1Description { get; init; }

    /// <summary>Primary contact 2 description.</summary>
    [JsonPropertyName("PrimaryContact2Description")]
    public string? PrimaryContact2Description { get; init; }

    /// <summary>Primary contact.</summary>
    [JsonPropertyName("PrimaryContact")]
    public string? PrimaryContact { get; init; }

    /// <summary>Name prefix.</summary>
    [JsonPropertyName("NamePrefix")]
    public string? NamePrefix { get; init; }

    /// <summary>Middle name.</summary>
    [JsonPropertyName("MiddleName")]
    public string? MiddleName { get; init; }

    /// <summary>Name suffix.</summary>
    [JsonPropertyName("NameSuffix")]
    public string? NameSuffix { get; init; }

    /// <summary>Address.</summary>
    [JsonPropertyName("Address")]
    public string? Address { get; init; }

    /// <summary>Address city.</summary>
    [JsonPropertyName("AddressCity")]
    public string? AddressCity { get; init; }

    /// <summary>Address state.</summary>
    [JsonPropertyName("AddressState")]
    public string? AddressState { get; init; }

    /// <summary>Address zip code.</summary>
    [JsonPropertyName("AddressZipCode")]
    public string? AddressZipCode { get; init; }

    /// <summary>Address zip ext.</summary>
    [JsonPropertyName("AddressZipExt")]
    public string? AddressZipExt { get; init; }

    /// <summary>Work phone ext.</summary>
    [JsonPropertyName("WorkPhoneExt")]
    public string? WorkPhoneExt { get; init; }

    /// <summary>Pager.</summary>
    [JsonPropertyName("Pager")]
    public string? Pager { get; init; }

    /// <summary>Employer name.</summary>
    [JsonPropertyName("EmployerName")]
    public string? EmployerName { get; init; }

    /// <summary>Employer location.</summary>
    [JsonPropertyName("EmployerLocation")]
    public string? EmployerLocation { get; init; }

    /// <summary>Military branch code.</summary>
    [JsonPropertyName("MilitaryBranchCode")]
    public string? MilitaryBranchCode { get; init; }

    /// <summary>Military rank code.</summary>
    [JsonPropertyName("MilitaryRankCode")]
    public string? MilitaryRankCode { get; init; }

    /// <summary>Military supervisor name.</summary>
    [JsonPropertyName("MilitarySupervisorName")]
    public string? MilitarySupervisorName { get; init; }

    /// <summary>Military supervisor phone.</summary>
    [JsonPropertyName("MilitarySupervisorPhone")]
    public string? MilitarySupervisorPhone { get; init; }

    /// <summary>Military status code.</summary>
    [JsonPropertyName("MilitaryStatusCode")]
    public string? MilitaryStatusCode { get; init; }

    /// <summary>Comments.</summary>
    [JsonPropertyName("Comments")]
    public string? Comments { get; init; }
}
