using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A student's grade point averages, with every field of the Student GPAs example.</summary>
internal sealed record GpaRecord(
    int StudentID,
    int SchoolCode,
    int ClassRank,
    int ClassSize,
    int ClassRank1012,
    decimal GPA_CumulativeAcademic,
    decimal GPA_CumulativeTotal,
    decimal GPA_CumulativeAcademic1012,
    decimal GPA_CumulativeAcademicNonWeighted,
    decimal GPA_CumulativeTotalNonWeighted,
    decimal GPA_CumulativeAcademic1012NonWeighted,
    decimal GradePointsCumulative,
    decimal GPA_UC_Preliminary,
    decimal GPA_CSU_Preliminary,
    decimal GPA_CumulativeCitizenship,
    decimal GPA_GradeReportingCitizenship,
    decimal CreditsAttempted,
    decimal CreditsCompleted,
    decimal GPA_GradeReportingAcademic,
    decimal GPA_GradeReportingTotal,
    decimal GPA_GradeReportingAcademicNonWeighted,
    decimal GPA_GradeReportingTotalNonWeighted,
    int GradeReportingClassRank,
    int GradeReportingClassSize,
    decimal GradeReportingCreditsAttempted,
    decimal GradeReportingCreditsCompleted);

/// <summary>A student's report card, as the Student Report Cards example: the courses, each with its marking period grades.</summary>
internal sealed record ReportCard(int StudentID, IReadOnlyList<ReportCardCourse> StudentReportCardCourses);

/// <summary>A course of a report card; Period is a string ("1 Flex" at flex schools).</summary>
internal sealed record ReportCardCourse(int SchoolCode, string CourseID, string CourseTitle, string Period, int SectionNumber, int TeacherNumber, IReadOnlyList<MarkingPeriodGrade> MarkingPeriodGrades);

/// <summary>The grade of a course in one marking period (1 to 12).</summary>
internal sealed record MarkingPeriodGrade(
    int PrimaryStaffID,
    decimal Hours,
    string AttendanceBasedGradesIndicator,
    int MarkingPeriod,
    string Mark,
    decimal Credit,
    string Comment1Code,
    string Comment2Code,
    string Comment3Code,
    string CitizenshipCode,
    string WorkHabitsCode,
    int TotalAbsences,
    int TotalTardies,
    int TotalDaysEnrolled,
    int TotalDaysPresent,
    int TotalExcusedAbsences,
    int TotalUnExcusedAbsences,
    int TotalDaysOfSuspension);

/// <summary>One report card marking period of a school (the School Report Card Marking Periods example lists one object per period).</summary>
internal sealed record ReportCardMarkingPeriod(DateTime BeginningDate, DateTime EndingDate, string StateReportingCode, int MarkingPeriod, string ShortDescription, string LongDescription, bool IsCurrentMarkingPeriod);

/// <summary>A school's graduation requirements of one graduation track, as the School Graduation Requirements example.</summary>
internal sealed record GraduationRequirements(IReadOnlyList<RequiredSubjectArea> SubjectAreas, int SchoolCode, string GraduationRequirementTrack);

/// <summary>The credits a subject area requires by grade level.</summary>
internal sealed record RequiredSubjectArea(string SubjectAreaCode, string SubjectAreaDescription, decimal RequiredCreditFor12thGraders, decimal RequiredCreditFor11thGraders, decimal RequiredCreditFor10thGraders, decimal RequiredCreditFor9thGraders);

/// <summary>A student's graduation status, as the Student Graduation Status Summary example.</summary>
internal sealed record GraduationStatus(int StudentID, IReadOnlyList<SubjectAreaStatus> SubjectAreas, int SchoolCode, string GraduationRequirementTrack);

/// <summary>A student's credits in one subject area.</summary>
internal sealed record SubjectAreaStatus(string SubjectAreaCode, string SubjectAreaDescription, decimal CreditsRequired, decimal CreditsCompleted, decimal CreditsCurrentlyEnrolled, decimal CreditsNeeded);

/// <summary>A student's transcript, as the Student Transcripts example.</summary>
internal sealed record Transcript(int StudentID, IReadOnlyList<TranscriptCourseGrade> CourseGrades, int SchoolCode);

/// <summary>A course of a transcript; SchoolYear is written "2016-2017".</summary>
internal sealed record TranscriptCourseGrade(
    decimal Hours,
    string RecordSourceCode,
    int DualEnrollmentCreditSchoolCode,
    DateTime? DateOfCompletion,
    decimal CollegeCreditHours,
    string PassFailCreditCode,
    string CourseID,
    string TranscriptCourseTitle,
    string Mark,
    decimal CreditAttempted,
    decimal CreditCompleted,
    int StudentGrade,
    int Term,
    string TermDescription,
    string SchoolYear,
    int SchoolTakenID,
    string SchoolTakenName,
    string SchoolTakenStateID,
    string RepeatTagCode,
    string CitizenshipMark,
    int SequenceNumber,
    int TotalAbsences,
    int TotalTardies,
    int TotalDaysEnrolled,
    int TotalDaysPresent,
    int TotalExcusedAbsences,
    int TotalUnExcusedAbsences,
    int TotalDaysOfSuspension,
    int SectionNumber,
    int StaffID);

/// <summary>
/// A valid mark of a school, with the Valid Marks field table's names (the example is an image:
/// the JSON types are assumed, booleans for the Count… flags).
/// </summary>
internal sealed record ValidMark(
    int SchoolCode,
    string Mark,
    decimal NonHonorPoints,
    decimal HonorPoints,
    bool CountAsAttempted,
    bool CountAsCompleted,
    bool CountInGPA,
    int SequenceNumber,
    decimal NonAcademicPoints,
    decimal LowPercentage,
    decimal HighPercentage,
    string MarkType,
    decimal Appoints);

/// <summary>
/// One student item of the grades update body, with the Student Grades field table's names: one
/// mark (MarkNumber 1 to 12, MarkValue) per item; comments, citizenship and work habits change
/// only for the current marking period.
/// </summary>
internal sealed record GradeUpdate(
    int StudentID,
    int? PeriodNumber,
    string? CourseNumber,
    int? TeacherNumber,
    int SectionNumber,
    int? MarkNumber,
    string? MarkValue,
    string? Comment1,
    string? Comment2,
    string? Comment3,
    string? Citizenship,
    string? WorkHabits);
