using System;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// A student's extended information (Student Information Extended, Student Data): keys, enrollment
/// history, English learner and home language survey data. A record of its own, not a <see cref="Student"/>:
/// it has no names or addresses. School years are written yyyy-yyyy ("2016-2017").
/// </summary>
public sealed class StudentExtended
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Count in census indicator.</summary>
    [JsonPropertyName("CountInCensusIndicator")]
    public string? CountInCensusIndicator { get; init; }

    /// <summary>Next inter intra district transfer code.</summary>
    [JsonPropertyName("NextInterIntraDistrictTransferCode")]
    public string? NextInterIntraDistrictTransferCode { get; init; }

    /// <summary>Next inter intra district state code.</summary>
    [JsonPropertyName("NextInterIntraDistrictStateCode")]
    public string? NextInterIntraDistrictStateCode { get; init; }

    /// <summary>Summer withdrawal leave date.</summary>
    [JsonPropertyName("SummerWithdrawalLeaveDate")]
    public DateTime? SummerWithdrawalLeaveDate { get; init; }

    /// <summary>Summer withdrawal next school.</summary>
    [JsonPropertyName("SummerWithdrawalNextSchool")]
    public int SummerWithdrawalNextSchool { get; init; }

    /// <summary>End of year next school.</summary>
    [JsonPropertyName("EndOfYearNextSchool")]
    public int EndOfYearNextSchool { get; init; }

    /// <summary>Reporting school code.</summary>
    [JsonPropertyName("ReportingSchoolCode")]
    public int ReportingSchoolCode { get; init; }

    /// <summary>Next attendance program code primary.</summary>
    [JsonPropertyName("NextAttendanceProgramCodePrimary")]
    public string? NextAttendanceProgramCodePrimary { get; init; }

    /// <summary>Next attendance program code additional 1.</summary>
    [JsonPropertyName("NextAttendanceProgramCodeAdditional1")]
    public string? NextAttendanceProgramCodeAdditional1 { get; init; }

    /// <summary>Next attendance program code additional 2.</summary>
    [JsonPropertyName("NextAttendanceProgramCodeAdditional2")]
    public string? NextAttendanceProgramCodeAdditional2 { get; init; }

    /// <summary>Home language survey date.</summary>
    [JsonPropertyName("HomeLanguageSurveyDate")]
    public DateTime? HomeLanguageSurveyDate { get; init; }

    /// <summary>Birthdate verification method code.</summary>
    [JsonPropertyName("BirthdateVerificationMethodCode")]
    public string? BirthdateVerificationMethodCode { get; init; }

    /// <summary>Initial ninth grade entry year.</summary>
    [JsonPropertyName("InitialNinthGradeEntryYear")]
    public string? InitialNinthGradeEntryYear { get; init; }

    /// <summary>Graduation cohort.</summary>
    [JsonPropertyName("GraduationCohort")]
    public string? GraduationCohort { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Student number.</summary>
    [JsonPropertyName("StudentNumber")]
    public int StudentNumber { get; init; }

    /// <summary>State student ID.</summary>
    [JsonPropertyName("StateStudentID")]
    public string? StateStudentID { get; init; }

    /// <summary>School completion date.</summary>
    [JsonPropertyName("SchoolCompletionDate")]
    public DateTime? SchoolCompletionDate { get; init; }

    /// <summary>School completion status code.</summary>
    [JsonPropertyName("SchoolCompletionStatusCode")]
    public string? SchoolCompletionStatusCode { get; init; }

    /// <summary>Qualified UC.</summary>
    [JsonPropertyName("QualifiedUC")]
    public string? QualifiedUC { get; init; }

    /// <summary>Qualified CSU.</summary>
    [JsonPropertyName("QualifiedCSU")]
    public string? QualifiedCSU { get; init; }

    /// <summary>Course completion UC.</summary>
    [JsonPropertyName("CourseCompletionUC")]
    public string? CourseCompletionUC { get; init; }

    /// <summary>Course completion CSU.</summary>
    [JsonPropertyName("CourseCompletionCSU")]
    public string? CourseCompletionCSU { get; init; }

    /// <summary>Inter intra district transfer code.</summary>
    [JsonPropertyName("InterIntraDistrictTransferCode")]
    public string? InterIntraDistrictTransferCode { get; init; }

    /// <summary>Inter intra district state code.</summary>
    [JsonPropertyName("InterIntraDistrictStateCode")]
    public string? InterIntraDistrictStateCode { get; init; }

    /// <summary>Graduation requirements track.</summary>
    [JsonPropertyName("GraduationRequirementsTrack")]
    public string? GraduationRequirementsTrack { get; init; }

    /// <summary>Safe schools act violation date.</summary>
    [JsonPropertyName("SafeSchoolsActViolationDate")]
    public DateTime? SafeSchoolsActViolationDate { get; init; }

    /// <summary>Scheduling group.</summary>
    [JsonPropertyName("SchedulingGroup")]
    public string? SchedulingGroup { get; init; }

    /// <summary>Expected graduation date.</summary>
    [JsonPropertyName("ExpectedGraduationDate")]
    public DateTime? ExpectedGraduationDate { get; init; }

    /// <summary>Summer withdrawal reason code.</summary>
    [JsonPropertyName("SummerWithdrawalReasonCode")]
    public string? SummerWithdrawalReasonCode { get; init; }

    /// <summary>End of year status code.</summary>
    [JsonPropertyName("EndOfYearStatusCode")]
    public string? EndOfYearStatusCode { get; init; }

    /// <summary>Record added date time.</summary>
    [JsonPropertyName("RecordAddedDateTime")]
    public DateTime? RecordAddedDateTime { get; init; }

    /// <summary>Record added system.</summary>
    [JsonPropertyName("RecordAddedSystem")]
    public string? RecordAddedSystem { get; init; }

    /// <summary>School mobility.</summary>
    [JsonPropertyName("SchoolMobility")]
    public int SchoolMobility { get; init; }

    /// <summary>District mobility.</summary>
    [JsonPropertyName("DistrictMobility")]
    public int DistrictMobility { get; init; }

    /// <summary>US schools less than 3 years.</summary>
    [JsonPropertyName("USSchoolsLessThan3Years")]
    public string? USSchoolsLessThan3Years { get; init; }

    /// <summary>US enter date.</summary>
    [JsonPropertyName("USEnterDate")]
    public DateTime? USEnterDate { get; init; }

    /// <summary>US school enter date.</summary>
    [JsonPropertyName("USSchoolEnterDate")]
    public DateTime? USSchoolEnterDate { get; init; }

    /// <summary>State school enter date.</summary>
    [JsonPropertyName("StateSchoolEnterDate")]
    public DateTime? StateSchoolEnterDate { get; init; }

    /// <summary>Date redesignated fluent english proficient.</summary>
    [JsonPropertyName("DateRedesignatedFluentEnglishProficient")]
    public DateTime? DateRedesignatedFluentEnglishProficient { get; init; }

    /// <summary>Home language survey first language code.</summary>
    [JsonPropertyName("HomeLanguageSurveyFirstLanguageCode")]
    public string? HomeLanguageSurveyFirstLanguageCode { get; init; }

    /// <summary>Home language survey primary language code.</summary>
    [JsonPropertyName("HomeLanguageSurveyPrimaryLanguageCode")]
    public string? HomeLanguageSurveyPrimaryLanguageCode { get; init; }

    /// <summary>Home language survey home language code.</summary>
    [JsonPropertyName("HomeLanguageSurveyHomeLanguageCode")]
    public string? HomeLanguageSurveyHomeLanguageCode { get; init; }

    /// <summary>Home language survey adult language code.</summary>
    [JsonPropertyName("HomeLanguageSurveyAdultLanguageCode")]
    public string? HomeLanguageSurveyAdultLanguageCode { get; init; }

    /// <summary>English learner program code.</summary>
    [JsonPropertyName("EnglishLearnerProgramCode")]
    public string? EnglishLearnerProgramCode { get; init; }

    /// <summary>English learner service code.</summary>
    [JsonPropertyName("EnglishLearnerServiceCode")]
    public string? EnglishLearnerServiceCode { get; init; }

    /// <summary>English learner start date.</summary>
    [JsonPropertyName("EnglishLearnerStartDate")]
    public DateTime? EnglishLearnerStartDate { get; init; }

    /// <summary>English learner end date.</summary>
    [JsonPropertyName("EnglishLearnerEndDate")]
    public DateTime? EnglishLearnerEndDate { get; init; }

    /// <summary>Long term english learner code.</summary>
    [JsonPropertyName("LongTermEnglishLearnerCode")]
    public string? LongTermEnglishLearnerCode { get; init; }

    /// <summary>Years as english learner.</summary>
    [JsonPropertyName("YearsAsEnglishLearner")]
    public int YearsAsEnglishLearner { get; init; }

    /// <summary>Birth city.</summary>
    [JsonPropertyName("BirthCity")]
    public string? BirthCity { get; init; }

    /// <summary>Birth state code.</summary>
    [JsonPropertyName("BirthStateCode")]
    public string? BirthStateCode { get; init; }

    /// <summary>Birth country code.</summary>
    [JsonPropertyName("BirthCountryCode")]
    public string? BirthCountryCode { get; init; }

    /// <summary>Last school.</summary>
    [JsonPropertyName("LastSchool")]
    public int LastSchool { get; init; }

    /// <summary>Residence school.</summary>
    [JsonPropertyName("ResidenceSchool")]
    public int ResidenceSchool { get; init; }

    /// <summary>Next residence school.</summary>
    [JsonPropertyName("NextResidenceSchool")]
    public int NextResidenceSchool { get; init; }

    /// <summary>Next grade.</summary>
    [JsonPropertyName("NextGrade")]
    public int NextGrade { get; init; }

    /// <summary>Next school.</summary>
    [JsonPropertyName("NextSchool")]
    public int NextSchool { get; init; }
}
