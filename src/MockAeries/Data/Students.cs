using System;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A student (Aeries table STU) in the v5 shape (StudentID where v3 said PermanentID).</summary>
public sealed record Student(
    int StudentID,
    int SchoolCode,
    int StudentNumber,
    string StateStudentID,
    string LastName,
    string FirstName,
    string MiddleName,
    string Gender,
    int Grade,
    DateTime Birthdate,
    string HomeLanguageCode,
    string LanguageFluencyCode,
    string StudentEmailAddress,
    string ParentEmailAddress,
    DateTime SchoolEnterDate,
    DateTime? SchoolLeaveDate,
    string InactiveStatusCode,
    string Track,
    int CounselorNumber,
    int HomeRoomTeacherNumber,
    string MailingAddress,
    string MailingAddressCity,
    string MailingAddressState,
    string MailingAddressZipCode,
    string HomePhone);

/// <summary>A parent or guardian of a student (Aeries spells CorrespondanceLanguageCode this way).</summary>
public sealed record Contact(
    int StudentID,
    int SchoolCode,
    int SequenceNumber,
    int ContactOrder,
    string FirstName,
    string LastName,
    string RelationshipToStudentCode,
    string HomePhone,
    string CellPhone,
    string EmailAddress,
    bool LivesWithStudentIndicator,
    bool EducationalRightsHolder,
    bool AccessToPortal,
    string CorrespondanceLanguageCode);

/// <summary>A program a student takes part in. Which programs appear depends on the areas granted.</summary>
public sealed record StudentProgram(int StudentID, string ProgramCode, string ProgramDescription, DateTime EligibilityStartDate, DateTime? EligibilityEndDate);

/// <summary>A row of a student's class schedule or history.</summary>
public sealed record ClassScheduleEntry(int StudentID, int SchoolCode, int SectionNumber, int Period, string CourseID, string CourseTitle, int TeacherNumber, DateTime DateStarted, DateTime? DateEnded);

/// <summary>A supplemental field of a student (school or district supplemental data).</summary>
public sealed record SupplementalField(int StudentID, string FieldName, string Value);

/// <summary>An enrollment period of a student at a school.</summary>
public sealed record EnrollmentRecord(int StudentID, int SchoolCode, int AcademicYear, DateTime EnterDate, DateTime? LeaveDate, string EnterCode, string LeaveCode, int Grade);

/// <summary>A discipline incident (Assertive Discipline).</summary>
public sealed record DisciplineIncident(int StudentID, int SchoolCode, int IncidentID, DateTime IncidentDate, string ViolationCode, string Disposition);

/// <summary>A test score part.</summary>
public sealed record TestScore(int StudentID, string TestID, string TestDescription, string TestPart, DateTime TestDate, int GradeLevel, int ScaleScore, string PerformanceLevel);

/// <summary>A college entrance test result (SAT, ACT).</summary>
public sealed record CollegeTestScore(int StudentID, string TestType, DateTime TestDate, string Subject, int Score);

/// <summary>A student's picture, base64 JPEG (large bodies).</summary>
public sealed record StudentPicture(int StudentID, string PictureData);

/// <summary>A report card mark.</summary>
public sealed record ReportCardMark(int StudentID, int SchoolCode, int SectionNumber, string CourseID, string Term, string Mark);

/// <summary>A transcript course record.</summary>
public sealed record TranscriptRecord(int StudentID, string CourseID, string CourseTitle, int SchoolYear, string Term, string Mark, decimal CreditsAttempted, decimal CreditsCompleted);

/// <summary>A student's standing against graduation requirements.</summary>
public sealed record GraduationStatus(int StudentID, int SchoolCode, decimal CreditsCompleted, decimal CreditsRequired, bool OnTrack);
