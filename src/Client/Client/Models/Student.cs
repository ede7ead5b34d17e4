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

    /// <summary>Old student ID.</summary>
    [JsonPropertyName("OldStudentID")]
    public int OldStudentID { get; init; }

    /// <summary>Student personal email address.</summary>
    [JsonPropertyName("StudentPersonalEmailAddress")]
    public string? StudentPersonalEmailAddress { get; init; }

    /// <summary>Last name alias.</summary>
    [JsonPropertyName("LastNameAlias")]
    public string? LastNameAlias { get; init; }

    /// <summary>First name alias.</summary>
    [JsonPropertyName("FirstNameAlias")]
    public string? FirstNameAlias { get; init; }

    /// <summary>Middle name alias.</summary>
    [JsonPropertyName("MiddleNameAlias")]
    public string? MiddleNameAlias { get; init; }

    /// <summary>Grade level long description.</summary>
    [JsonPropertyName("GradeLevelLongDescription")]
    public string? GradeLevelLongDescription { get; init; }

    /// <summary>Parent guardian name.</summary>
    [JsonPropertyName("ParentGuardianName")]
    public string? ParentGuardianName { get; init; }

    /// <summary>Home phone.</summary>
    [JsonPropertyName("HomePhone")]
    public string? HomePhone { get; init; }

    /// <summary>Student mobile phone.</summary>
    [JsonPropertyName("StudentMobilePhone")]
    public string? StudentMobilePhone { get; init; }

    /// <summary>Mailing address.</summary>
    [JsonPropertyName("MailingAddress")]
    public string? MailingAddress { get; init; }

    /// <summary>Mailing address city.</summary>
    [JsonPropertyName("MailingAddressCity")]
    public string? MailingAddressCity { get; init; }

    /// <summary>Mailing address state.</summary>
    [JsonPropertyName("MailingAddressState")]
    public string? MailingAddressState { get; init; }

    /// <summary>Mailing address zip code.</summary>
    [JsonPropertyName("MailingAddressZipCode")]
    public string? MailingAddressZipCode { get; init; }

    /// <summary>Mailing address zip ext.</summary>
    [JsonPropertyName("MailingAddressZipExt")]
    public string? MailingAddressZipExt { get; init; }

    /// <summary>Residence address.</summary>
    [JsonPropertyName("ResidenceAddress")]
    public string? ResidenceAddress { get; init; }

    /// <summary>Residence address city.</summary>
    [JsonPropertyName("ResidenceAddressCity")]
    public string? ResidenceAddressCity { get; init; }

    /// <summary>Residence address state.</summary>
    [JsonPropertyName("ResidenceAddressState")]
    public string? ResidenceAddressState { get; init; }

    /// <summary>Residence address zip code.</summary>
    [JsonPropertyName("ResidenceAddressZipCode")]
    public string? ResidenceAddressZipCode { get; init; }

    /// <summary>Residence address zip ext.</summary>
    [JsonPropertyName("ResidenceAddressZipExt")]
    public string? ResidenceAddressZipExt { get; init; }

    /// <summary>Address verified.</summary>
    [JsonPropertyName("AddressVerified")]
    public bool AddressVerified { get; init; }

    /// <summary>Ethnicity code.</summary>
    [JsonPropertyName("EthnicityCode")]
    public string? EthnicityCode { get; init; }

    /// <summary>Race code 1.</summary>
    [JsonPropertyName("RaceCode1")]
    public string? RaceCode1 { get; init; }

    /// <summary>Race code 2.</summary>
    [JsonPropertyName("RaceCode2")]
    public string? RaceCode2 { get; init; }

    /// <summary>Race code 3.</summary>
    [JsonPropertyName("RaceCode3")]
    public string? RaceCode3 { get; init; }

    /// <summary>Race code 4.</summary>
    [JsonPropertyName("RaceCode4")]
    public string? RaceCode4 { get; init; }

    /// <summary>Race code 5.</summary>
    [JsonPropertyName("RaceCode5")]
    public string? RaceCode5 { get; init; }

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

    /// <summary>User code 9.</summary>
    [JsonPropertyName("UserCode9")]
    public string? UserCode9 { get; init; }

    /// <summary>User code 10.</summary>
    [JsonPropertyName("UserCode10")]
    public string? UserCode10 { get; init; }

    /// <summary>User code 11.</summary>
    [JsonPropertyName("UserCode11")]
    public string? UserCode11 { get; init; }

    /// <summary>User code 12.</summary>
    [JsonPropertyName("UserCode12")]
    public string? UserCode12 { get; init; }

    /// <summary>User code 13.</summary>
    [JsonPropertyName("UserCode13")]
    public string? UserCode13 { get; init; }

    /// <summary>District enter date.</summary>
    [JsonPropertyName("DistrictEnterDate")]
    public DateTime? DistrictEnterDate { get; init; }

    /// <summary>Attendance program code primary.</summary>
    [JsonPropertyName("AttendanceProgramCodePrimary")]
    public string? AttendanceProgramCodePrimary { get; init; }

    /// <summary>Attendance program code additional 1.</summary>
    [JsonPropertyName("AttendanceProgramCodeAdditional1")]
    public string? AttendanceProgramCodeAdditional1 { get; init; }

    /// <summary>Attendance program code additional 2.</summary>
    [JsonPropertyName("AttendanceProgramCodeAdditional2")]
    public string? AttendanceProgramCodeAdditional2 { get; init; }

    /// <summary>Locker number.</summary>
    [JsonPropertyName("LockerNumber")]
    public string? LockerNumber { get; init; }

    /// <summary>Low scheduling period.</summary>
    [JsonPropertyName("LowSchedulingPeriod")]
    public int LowSchedulingPeriod { get; init; }

    /// <summary>High scheduling period.</summary>
    [JsonPropertyName("HighSchedulingPeriod")]
    public int HighSchedulingPeriod { get; init; }

    /// <summary>Language fluency code.</summary>
    [JsonPropertyName("LanguageFluencyCode")]
    public string? LanguageFluencyCode { get; init; }

    /// <summary>Parent ed level code.</summary>
    [JsonPropertyName("ParentEdLevelCode")]
    public string? ParentEdLevelCode { get; init; }

    /// <summary>Notification preference code.</summary>
    [JsonPropertyName("NotificationPreferenceCode")]
    public string? NotificationPreferenceCode { get; init; }

    /// <summary>Next school code.</summary>
    [JsonPropertyName("NextSchoolCode")]
    public int NextSchoolCode { get; init; }

    /// <summary>Next grade.</summary>
    [JsonPropertyName("NextGrade")]
    public int NextGrade { get; init; }

    /// <summary>Next grade level short description.</summary>
    [JsonPropertyName("NextGradeLevelShortDescription")]
    public string? NextGradeLevelShortDescription { get; init; }

    /// <summary>Next grade level long description.</summary>
    [JsonPropertyName("NextGradeLevelLongDescription")]
    public string? NextGradeLevelLongDescription { get; init; }

    /// <summary>Records release code.</summary>
    [JsonPropertyName("RecordsReleaseCode")]
    public string? RecordsReleaseCode { get; init; }
}
