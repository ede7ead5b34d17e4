using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A student (table STU) with the field names and types of the Student Information example (a subset of its fields).</summary>
public sealed record Student(
    int StudentID,
    int OldStudentID,
    int SchoolCode,
    int StudentNumber,
    string StateStudentID,
    string LastName,
    string FirstName,
    string MiddleName,
    string LastNameAlias,
    string FirstNameAlias,
    string MiddleNameAlias,
    string Gender,
    int Grade,
    string GradeLevelShortDescription,
    string GradeLevelLongDescription,
    DateTime Birthdate,
    string ParentGuardianName,
    string HomePhone,
    string StudentMobilePhone,
    string MailingAddress,
    string MailingAddressCity,
    string MailingAddressState,
    string MailingAddressZipCode,
    string MailingAddressZipExt,
    string ResidenceAddress,
    string ResidenceAddressCity,
    string ResidenceAddressState,
    string ResidenceAddressZipCode,
    string ResidenceAddressZipExt,
    bool AddressVerified,
    string EthnicityCode,
    string RaceCode1,
    DateTime SchoolEnterDate,
    DateTime? SchoolLeaveDate,
    DateTime DistrictEnterDate,
    string Track,
    string AttendanceProgramCodePrimary,
    int LowSchedulingPeriod,
    int HighSchedulingPeriod,
    string InactiveStatusCode,
    int FamilyKey,
    string LanguageFluencyCode,
    string HomeLanguageCode,
    string CorrespondenceLanguageCode,
    string ParentEdLevelCode,
    string ParentEmailAddress,
    string StudentEmailAddress,
    string StudentPersonalEmailAddress,
    string NetworkLoginID,
    int CounselorNumber,
    decimal EarlyWarningPoints,
    string HomeRoomTeacherNumber,
    string NotificationPreferenceCode,
    int NextSchoolCode,
    int NextGrade,
    string RecordsReleaseCode);

/// <summary>
/// A parent or guardian (table CON) with the fields of the Contacts example: its indicators are
/// strings ("Y", "N" or ""), only RedFlag is a boolean.
/// </summary>
public sealed record Contact(
    int StudentID,
    int SchoolCode,
    int SequenceNumber,
    int ContactOrder,
    string MailingName,
    string NamePrefix,
    string FirstName,
    string LastName,
    string MiddleName,
    string NameSuffix,
    string Address,
    string AddressCity,
    string AddressState,
    string AddressZipCode,
    string AddressZipExt,
    string RelationshipToStudentCode,
    string LivesWithStudentIndicator,
    string EducationalRightsHolder,
    string AccessToPortal,
    string AttendanceNotification,
    string EnrolledTheStudentIndicator,
    string PrimaryContact,
    bool RedFlag,
    string HomePhone,
    string WorkPhone,
    string WorkPhoneExt,
    string CellPhone,
    string EmailAddress,
    string CorrespondenceLanguageCode,
    string NotificationPreferenceCode,
    string MailTagCode,
    DateTime? RecordAddedDate,
    string Comments);

/// <summary>A program a student takes part in, with the fields of the Programs example.</summary>
public sealed record StudentProgram(
    IReadOnlyList<ExtendedProperty> ExtendedProperties,
    int StudentID,
    string ProgramCode,
    string ProgramDescription,
    DateTime? EligibilityStartDate,
    DateTime? EligibilityEndDate,
    DateTime? ParticipationStartDate,
    DateTime? ParticipationEndDate);

/// <summary>A name and value pair of a program or staff record's ExtendedProperties.</summary>
public sealed record ExtendedProperty(string Name, string Value);

/// <summary>A student's school or district supplemental data: its columns nested, as the article shows.</summary>
public sealed record SupplementalRecord(int StudentID, IReadOnlyList<SupplementalColumn> Columns);

/// <summary>One supplemental column of a student.</summary>
public sealed record SupplementalColumn(string ColumnCode, string ColumnDescription, string Value, string ColumnType);

/// <summary>An enrollment period (table ENR) with the documented fields.</summary>
public sealed record EnrollmentRecord(
    int StudentID,
    int SchoolCode,
    int StudentNumber,
    int AcademicYear,
    DateTime EnterDate,
    DateTime? LeaveDate,
    string ExitReasonCode,
    int Grade,
    string Track,
    string AttendanceProgramCode,
    string AttendanceProgramCodeAdditional1,
    string AttendanceProgramCodeAdditional2,
    string ElementaryTeacherName,
    int ElementaryTeacherNumber,
    string InterIntraDistrictTransferCode,
    string InterIntraDistrictStateCode);

/// <summary>A discipline incident (Discipline or Assertive Discipline; shape not documented).</summary>
public sealed record DisciplineIncident(int StudentID, int SchoolCode, int SequenceNumber, DateTime IncidentDate, string ViolationCode, string DispositionCode, string Comment);

/// <summary>A test taken by a student, with the fields of the Test Scores example.</summary>
public sealed record TestRecord(
    int StudentID,
    IReadOnlyList<TestScoreValue> Scores,
    int SequenceNumber,
    string TestID,
    string TestPart,
    string TestDescription,
    decimal GradeLevel,
    string TestingAdministration,
    DateTime TestDate,
    string TestTypeCode,
    string TestSourceCode);

/// <summary>A score of a test ("ScaleScore", "Other" …).</summary>
public sealed record TestScoreValue(string Type, decimal Score);

/// <summary>A student's college entrance tests, with the fields of the College Entrance Tests example.</summary>
public sealed record CollegeTestRecord(int StudentID, IReadOnlyList<CollegeTestScore> TestScores);

/// <summary>One college entrance test.</summary>
public sealed record CollegeTestScore(
    IReadOnlyList<CollegeSubTest> SubTests,
    string TestSourceCode,
    string TestTypeCode,
    string CollegeAndCareerReadinessEnglishBenchmarkIndicator,
    string CollegeAndCareerReadinessMathBenchmarkIndicator,
    string GradeLevel,
    DateTime TestDate,
    string TestName,
    decimal OverallScore);

/// <summary>A sub-test score.</summary>
public sealed record CollegeSubTest(string Code, decimal Score);

/// <summary>A student's pictures, nested as the Student Pictures article shows.</summary>
public sealed record StudentPictures(int StudentID, IReadOnlyList<StudentPicture> Pictures, int SchoolCode);

/// <summary>One picture: RawBinary is the documented "serialized byte array" (base64 in JSON).</summary>
public sealed record StudentPicture(int SchoolYear, byte[] RawBinary, string FileExtension, int FileSize);

/// <summary>A fee or fine (shape not documented).</summary>
public sealed record FeeRecord(int StudentID, int SchoolCode, int SequenceNumber, string Code, string Description, decimal Amount, decimal AmountPaid, DateTime DateAssessed);

/// <summary>A grade of a student in a section (shape not documented).</summary>
public sealed record GradeRecord(int StudentID, int SchoolCode, int SectionNumber, string CourseID, string MarkingPeriod, string Mark);

/// <summary>An authorization of a student (shape not documented).</summary>
public sealed record Authorization(int StudentID, int SequenceNumber, string AuthorizationCode, string Description, DateTime? ExpirationDate);

/// <summary>An activity or award of a student (shape not documented).</summary>
public sealed record Activity(int StudentID, int SequenceNumber, string ActivityCode, string Description, DateTime StartDate);

/// <summary>
/// A course request for next year, with the fields of the Student Course Requests example (table
/// SSS). The mock assigns no sections and links no alternates, so those fields keep Aeries' empty
/// values; Priority only orders the generated requests and is not sent.
/// </summary>
public sealed record CourseRequest(int StudentID, int SchoolCode, int SequenceNumber, string CourseID, [property: System.Text.Json.Serialization.JsonIgnore] int Priority)
{
    /// <summary>The alternates linked to this request (ACR through ACA); the mock links none.</summary>
    public IReadOnlyList<CourseRequestAlternate> AlternateCourseRequests { get; init; } = Array.Empty<CourseRequestAlternate>();

    /// <summary>The original course while the scheduler has swapped in an alternate (AlternateTag "X").</summary>
    public string ActualPrimaryCourseID { get; init; } = string.Empty;

    /// <summary>The Scheduling Master Schedule section assigned; 0 when none.</summary>
    public int SectionNumber { get; init; }

    /// <summary>The preferred teacher's school-based number; 0 when none.</summary>
    public int PreferredTeacherNumber { get; init; }

    /// <summary>Why the course could not be scheduled ("*": the section is locked).</summary>
    public string RejectCode { get; init; } = string.Empty;

    /// <summary>"X" when the scheduler swapped in an alternate.</summary>
    public string AlternateTag { get; init; } = string.Empty;

    /// <summary>Non-blank when the assigned section is locked.</summary>
    public string PermanentLockCode { get; init; } = string.Empty;
}

/// <summary>An alternate course request as a primary request nests it (the example's AlternateCourseRequests items).</summary>
public sealed record CourseRequestAlternate(int StudentID, int SchoolCode, int SequenceNumber, string CourseID, decimal PrioritySortOrder);

/// <summary>The keys of records changed since a time (<c>…DataChanges</c>; shape not documented).</summary>
public sealed record DataChanges(string DataArea, DateTime Since, IReadOnlyList<string> Keys);

/// <summary>What Pre-Enroll Student answers (the Pre-Enroll article's PreEnrollStudentResult): a log line per record it tried to copy, and every record of the student.</summary>
public sealed record PreEnrollStudentResult(IReadOnlyList<PreEnrollLogDetail> LogDetails, IReadOnlyList<Student> Students);

/// <summary>One line of a pre-enrollment's log, with the article's fields.</summary>
public sealed record PreEnrollLogDetail(int StudentID, int SchoolCode, int StudentNumber, int Grade, int NextGrade, int NextSchool, int NewStudentNumber, string Copied, string Exception);

/// <summary>A row of a student's class schedule (shape not documented).</summary>
public sealed record ClassScheduleEntry(int StudentID, int SchoolCode, int SectionNumber, string Period, string CourseID, string CourseTitle, int StaffID, DateTime DateStarted, DateTime? DateEnded);

/// <summary>The body of an activity insert or update.</summary>
public sealed record ActivityInput(string? ActivityCode, string? Description, [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? StartDate);

/// <summary>The body of an authorization insert or update.</summary>
public sealed record AuthorizationInput(string? AuthorizationCode, string? Description, [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? ExpirationDate);

/// <summary>
/// The body of a course request insert or update (the article's StudentCourseRequestUpdate): the
/// fields a request keeps. SequenceNumber, PreferredStaffID and the alternate references are read
/// by nothing (the path's sequence wins; the mock has no Section-Staff schools and links no alternates).
/// </summary>
public sealed record CourseRequestInput(
    string? CourseID,
    int? SectionNumber = null,
    int? PreferredTeacherNumber = null,
    string? RejectCode = null,
    string? AlternateTag = null,
    string? ActualPrimaryCourseID = null,
    string? PermanentLockCode = null);

/// <summary>One column change of the supplemental update body ({"ColumnCode": "PI", "NewValue": "Test"}).</summary>
public sealed record SupplementalColumnUpdate(string? ColumnCode, string? NewValue);

/// <summary>The answer of an alert sent (shape not documented).</summary>
public sealed record AlertResult(string Alert, int Recipients, string Result);
