using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A student (table STU) with every field of the Student Information example, by its names and JSON types.</summary>
internal sealed record Student(
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
    string RecordsReleaseCode)
{
    /// <summary>Second to fifth reported race: none by default.</summary>
    public string RaceCode2 { get; init; } = string.Empty;

    /// <summary>Third reported race.</summary>
    public string RaceCode3 { get; init; } = string.Empty;

    /// <summary>Fourth reported race.</summary>
    public string RaceCode4 { get; init; } = string.Empty;

    /// <summary>Fifth reported race.</summary>
    public string RaceCode5 { get; init; } = string.Empty;

    /// <summary>Locker number: none assigned by default.</summary>
    public string LockerNumber { get; init; } = string.Empty;

    /// <summary>Additional attendance programs: none by default.</summary>
    public string AttendanceProgramCodeAdditional1 { get; init; } = string.Empty;

    /// <summary>Second additional attendance program.</summary>
    public string AttendanceProgramCodeAdditional2 { get; init; } = string.Empty;

    /// <summary>Short text of <see cref="NextGrade"/>, as the example pairs it.</summary>
    public string NextGradeLevelShortDescription => GradeNames.Short(NextGrade);

    /// <summary>Long text of <see cref="NextGrade"/>.</summary>
    public string NextGradeLevelLongDescription => GradeNames.Long(NextGrade);

    /// <summary>User-defined code 1: blank unless the district sets it.</summary>
    public string UserCode1 { get; init; } = string.Empty;

    /// <summary>User-defined code 2: blank unless the district sets it.</summary>
    public string UserCode2 { get; init; } = string.Empty;

    /// <summary>User-defined code 3: blank unless the district sets it.</summary>
    public string UserCode3 { get; init; } = string.Empty;

    /// <summary>User-defined code 4: blank unless the district sets it.</summary>
    public string UserCode4 { get; init; } = string.Empty;

    /// <summary>User-defined code 5: blank unless the district sets it.</summary>
    public string UserCode5 { get; init; } = string.Empty;

    /// <summary>User-defined code 6: blank unless the district sets it.</summary>
    public string UserCode6 { get; init; } = string.Empty;

    /// <summary>User-defined code 7: blank unless the district sets it.</summary>
    public string UserCode7 { get; init; } = string.Empty;

    /// <summary>User-defined code 8: blank unless the district sets it.</summary>
    public string UserCode8 { get; init; } = string.Empty;

    /// <summary>User-defined code 9: blank unless the district sets it.</summary>
    public string UserCode9 { get; init; } = string.Empty;

    /// <summary>User-defined code 10: blank unless the district sets it.</summary>
    public string UserCode10 { get; init; } = string.Empty;

    /// <summary>User-defined code 11: blank unless the district sets it.</summary>
    public string UserCode11 { get; init; } = string.Empty;

    /// <summary>User-defined code 12: blank unless the district sets it.</summary>
    public string UserCode12 { get; init; } = string.Empty;

    /// <summary>User-defined code 13: blank unless the district sets it.</summary>
    public string UserCode13 { get; init; } = string.Empty;
}

/// <summary>
/// A parent or guardian (table CON) with every field of the Contacts example: its indicators are
/// strings ("Y", "N" or ""), only RedFlag is a boolean; the fields no write sets are blank, 0 or null.
/// </summary>
internal sealed record Contact(
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
    string Comments)
{
    /// <summary>Set when the contact record is locked for editing; blank by default.</summary>
    public string AdministrativeLockCode { get; init; } = string.Empty;

    /// <summary>The contact's birthdate; not recorded by default.</summary>
    public DateTime? Birthdate { get; init; }

    /// <summary>The contact's occupation.</summary>
    public string Occupation { get; init; } = string.Empty;

    /// <summary>Status of the contact's TB test.</summary>
    public string TuberculosisTestStatusCode { get; init; } = string.Empty;

    /// <summary>When the TB test expires.</summary>
    public DateTime? TuberculosisTestExpirationDate { get; init; }

    /// <summary>Whether a fingerprint was obtained.</summary>
    public string FingerprintStatusCode { get; init; } = string.Empty;

    /// <summary>When the fingerprint was submitted.</summary>
    public DateTime? FingerprintDate { get; init; }

    /// <summary>User-defined code 1.</summary>
    public string UserCode1 { get; init; } = string.Empty;

    /// <summary>User-defined code 2.</summary>
    public string UserCode2 { get; init; } = string.Empty;

    /// <summary>User-defined code 3.</summary>
    public string UserCode3 { get; init; } = string.Empty;

    /// <summary>User-defined code 4.</summary>
    public string UserCode4 { get; init; } = string.Empty;

    /// <summary>User-defined code 5.</summary>
    public string UserCode5 { get; init; } = string.Empty;

    /// <summary>User-defined code 6.</summary>
    public string UserCode6 { get; init; } = string.Empty;

    /// <summary>User-defined code 7.</summary>
    public string UserCode7 { get; init; } = string.Empty;

    /// <summary>User-defined code 8.</summary>
    public string UserCode8 { get; init; } = string.Empty;

    /// <summary>The Parent Portal account whose email matches the contact's; 0 when none does.</summary>
    public int PortalAccountID { get; init; }

    /// <summary>Record type code.</summary>
    public string MiscCode { get; init; } = string.Empty;

    /// <summary>Address type.</summary>
    public string AddressTypeCode { get; init; } = string.Empty;

    /// <summary>Type of additional contact number 1.</summary>
    public string AdditionalCommunicationTypeCode1 { get; init; } = string.Empty;

    /// <summary>Type of additional contact number 2.</summary>
    public string AdditionalCommunicationTypeCode2 { get; init; } = string.Empty;

    /// <summary>Type of additional contact number 3.</summary>
    public string AdditionalCommunicationTypeCode3 { get; init; } = string.Empty;

    /// <summary>Type of additional contact number 4.</summary>
    public string AdditionalCommunicationTypeCode4 { get; init; } = string.Empty;

    /// <summary>Additional contact number 1.</summary>
    public string AdditionalCommunicationDetail1 { get; init; } = string.Empty;

    /// <summary>Additional contact number 2.</summary>
    public string AdditionalCommunicationDetail2 { get; init; } = string.Empty;

    /// <summary>Additional contact number 3.</summary>
    public string AdditionalCommunicationDetail3 { get; init; } = string.Empty;

    /// <summary>Additional contact number 4.</summary>
    public string AdditionalCommunicationDetail4 { get; init; } = string.Empty;

    /// <summary>When the address was verified.</summary>
    public DateTime? AddressVerificationDate { get; init; }

    /// <summary>Military user code 1.</summary>
    public string MilitaryUserFieldCode1 { get; init; } = string.Empty;

    /// <summary>Military user code 2.</summary>
    public string MilitaryUserFieldCode2 { get; init; } = string.Empty;

    /// <summary>Military user code 3.</summary>
    public string MilitaryUserFieldCode3 { get; init; } = string.Empty;

    /// <summary>Military user code 4.</summary>
    public string MilitaryUserFieldCode4 { get; init; } = string.Empty;

    /// <summary>Military user code 5.</summary>
    public string MilitaryUserFieldCode5 { get; init; } = string.Empty;

    /// <summary>Which phone field is linked to the student's first primary contact number.</summary>
    public string PrimaryContact1Field { get; init; } = string.Empty;

    /// <summary>Which phone field is linked to the student's second primary contact number.</summary>
    public string PrimaryContact2Field { get; init; } = string.Empty;

    /// <summary>Description of the first primary contact number.</summary>
    public string PrimaryContact1Description { get; init; } = string.Empty;

    /// <summary>Description of the second primary contact number.</summary>
    public string PrimaryContact2Description { get; init; } = string.Empty;

    /// <summary>Pager number.</summary>
    public string Pager { get; init; } = string.Empty;

    /// <summary>The contact's employer.</summary>
    public string EmployerName { get; init; } = string.Empty;

    /// <summary>Where the employer is.</summary>
    public string EmployerLocation { get; init; } = string.Empty;

    /// <summary>Branch of service, for a contact in the military.</summary>
    public string MilitaryBranchCode { get; init; } = string.Empty;

    /// <summary>Military rank.</summary>
    public string MilitaryRankCode { get; init; } = string.Empty;

    /// <summary>Military supervisor's name.</summary>
    public string MilitarySupervisorName { get; init; } = string.Empty;

    /// <summary>Military supervisor's phone.</summary>
    public string MilitarySupervisorPhone { get; init; } = string.Empty;

    /// <summary>Military service status.</summary>
    public string MilitaryStatusCode { get; init; } = string.Empty;
}

/// <summary>A program a student takes part in, with the fields of the Programs example.</summary>
internal sealed record StudentProgram(
    IReadOnlyList<ExtendedProperty> ExtendedProperties,
    int StudentID,
    string ProgramCode,
    string ProgramDescription,
    DateTime? EligibilityStartDate,
    DateTime? EligibilityEndDate,
    DateTime? ParticipationStartDate,
    DateTime? ParticipationEndDate);

/// <summary>A name and value pair of a program or staff record's ExtendedProperties.</summary>
internal sealed record ExtendedProperty(string Name, string Value);

/// <summary>A student's school or district supplemental data: its columns nested, as the article shows.</summary>
internal sealed record SupplementalRecord(int StudentID, IReadOnlyList<SupplementalColumn> Columns);

/// <summary>One supplemental column of a student.</summary>
internal sealed record SupplementalColumn(string ColumnCode, string ColumnDescription, string Value, string ColumnType);

/// <summary>An enrollment period (table ENR) with the documented fields.</summary>
internal sealed record EnrollmentRecord(
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

/// <summary>A test taken by a student, with the fields of the Test Scores example.</summary>
internal sealed record TestRecord(
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
internal sealed record TestScoreValue(string Type, decimal Score);

/// <summary>A student's college entrance tests, with the fields of the College Entrance Tests example.</summary>
internal sealed record CollegeTestRecord(int StudentID, IReadOnlyList<CollegeTestScore> TestScores);

/// <summary>One college entrance test.</summary>
internal sealed record CollegeTestScore(
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
internal sealed record CollegeSubTest(string Code, decimal Score);

/// <summary>A student's pictures, nested as the Student Pictures article shows.</summary>
internal sealed record StudentPictures(int StudentID, IReadOnlyList<StudentPicture> Pictures, int SchoolCode);

/// <summary>One picture: RawBinary is the documented "serialized byte array" (base64 in JSON).</summary>
internal sealed record StudentPicture(int SchoolYear, byte[] RawBinary, string FileExtension, int FileSize);

/// <summary>A grade of a student in a section (shape not documented).</summary>
internal sealed record GradeRecord(int StudentID, int SchoolCode, int SectionNumber, string CourseID, string MarkingPeriod, string Mark);

/// <summary>An authorization of a student (table AUT) with the fields of the Authorizations example (its status is "Status"; the insert body's is "StatusCode").</summary>
internal sealed record Authorization(
    int StudentID,
    int SchoolCode,
    int SequenceNumber,
    DateTime? DateEntered,
    string TypeCode,
    string MiscCode,
    string Status,
    DateTime? StatusDate,
    DateTime? EffectiveEndDate,
    string Comment,
    string TestAdministration,
    string Source);

/// <summary>
/// An activity or award of a student (table ACT). The article shows no example record, only the
/// insert's field list; the record is that list with the student and sequence number.
/// </summary>
internal sealed record Activity(
    int StudentID,
    int SequenceNumber,
    DateTime? DateEntered,
    string TypeCode,
    string ActivityOrAwardCode,
    string Name,
    DateTime? StartDate,
    DateTime? EndDate,
    decimal Hours,
    string ReasonCode,
    string SeasonCode,
    string StatusCode,
    DateTime? TransportationDate,
    string TransportationStatusCode,
    string CareerPathwayCode,
    string Comment);

/// <summary>
/// A course request for next year, with the fields of the Student Course Requests example (table
/// SSS). The mock assigns no sections and links no alternates, so those fields keep Aeries' empty
/// values; Priority only orders the generated requests and is not sent.
/// </summary>
internal sealed record CourseRequest(int StudentID, int SchoolCode, int SequenceNumber, string CourseID, [property: System.Text.Json.Serialization.JsonIgnore] int Priority)
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
internal sealed record CourseRequestAlternate(int StudentID, int SchoolCode, int SequenceNumber, string CourseID, decimal PrioritySortOrder);

/// <summary>A student whose data in an area changed (the Student Data Changes example's record).</summary>
internal sealed record StudentDataChange(int StudentID, int SchoolCode, int StudentNumber);

/// <summary>The keys of records changed since a time (the scheduling <c>…DataChanges</c> feeds; shape not documented).</summary>
internal sealed record DataChanges(string DataArea, DateTime Since, IReadOnlyList<string> Keys);

/// <summary>What Pre-Enroll Student answers (the Pre-Enroll article's PreEnrollStudentResult): a log line per record it tried to copy, and every record of the student.</summary>
internal sealed record PreEnrollStudentResult(IReadOnlyList<PreEnrollLogDetail> LogDetails, IReadOnlyList<Student> Students);

/// <summary>One line of a pre-enrollment's log, with the article's fields.</summary>
internal sealed record PreEnrollLogDetail(int StudentID, int SchoolCode, int StudentNumber, int Grade, int NextGrade, int NextSchool, int NewStudentNumber, string Copied, string Exception);

/// <summary>A row of a student's class schedule (shape not documented).</summary>
internal sealed record ClassScheduleEntry(int StudentID, int SchoolCode, int SectionNumber, string Period, string CourseID, string CourseTitle, int StaffID, DateTime DateStarted, DateTime? DateEnded);

/// <summary>The body of an activity insert or update: the article's field list.</summary>
internal sealed record ActivityInput(
    [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? DateEntered,
    string? TypeCode,
    string? ActivityOrAwardCode,
    string? Name,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? StartDate,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? EndDate,
    decimal? Hours,
    string? ReasonCode,
    string? SeasonCode,
    string? StatusCode,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? TransportationDate,
    string? TransportationStatusCode,
    string? CareerPathwayCode,
    string? Comment);

/// <summary>The body of an authorization insert or update: the article's example payload (StatusCode, dates as "2020-07-07 09:59:39.397" or "").</summary>
internal sealed record AuthorizationInput(
    [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? DateEntered,
    string? TypeCode,
    string? MiscCode,
    string? StatusCode,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? StatusDate,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? EffectiveEndDate,
    string? Comment,
    string? TestAdministration,
    string? Source);

/// <summary>
/// The body of a course request insert or update (the article's StudentCourseRequestUpdate): the
/// fields a request keeps. SequenceNumber, PreferredStaffID and the alternate references are read
/// by nothing (the path's sequence wins; the mock has no Section-Staff schools and links no alternates).
/// </summary>
internal sealed record CourseRequestInput(
    string? CourseID,
    int? SectionNumber = null,
    int? PreferredTeacherNumber = null,
    string? RejectCode = null,
    string? AlternateTag = null,
    string? ActualPrimaryCourseID = null,
    string? PermanentLockCode = null);

/// <summary>One column change of the supplemental update body ({"ColumnCode": "PI", "NewValue": "Test"}).</summary>
internal sealed record SupplementalColumnUpdate(string? ColumnCode, string? NewValue);

/// <summary>The answer of an alert sent (shape not documented).</summary>
internal sealed record AlertResult(string Alert, int Recipients, string Result);
