using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// One method per GET of AeriesContract, in contract order; ClientContractTests keeps them in step.
public partial interface IAeriesClient
{
    /// <summary>The Aeries version and database years. <c>GET systeminfo</c> (no permission).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("system.get_aeries_installation_information")]
    Task<SystemInfo> GetSystemInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Schools: one when a school code is given, else every school of the district. <c>GET schools/{SchoolCode?}</c> (no permission).</summary>
    /// <param name="schoolCode">The SchoolCode (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("schools.get_school_information")]
    Task<IReadOnlyList<School>> GetSchoolsAsync(int? schoolCode = null, CancellationToken cancellationToken = default);

    /// <summary>A school's terms. <c>GET schools/{SchoolCode}/terms</c> (no permission).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("schools.get_school_terms")]
    Task<IReadOnlyList<Term>> GetTermsAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A school's calendar. <c>GET schools/{SchoolCode}/calendar</c> (Calendar: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("schools.get_school_calendar")]
    [RequiresGrant("Calendar", AeriesAccess.Read)]
    Task<AeriesRecord> GetCalendarAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A school's bell schedule. <c>GET schools/{SchoolCode}/BellSchedule</c> (Bell Schedule: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("schools.get_bell_schedule")]
    [RequiresGrant("Bell Schedule", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetBellScheduleAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A school's bell schedule on one date. <c>GET schools/{SchoolCode}/BellSchedule/date/{Date}</c> (Bell Schedule: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="date">The Date.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("schools.get_bell_schedule_date_date")]
    [RequiresGrant("Bell Schedule", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetBellScheduleOnDateAsync(int schoolCode, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>A school's absence codes: one when a code is given, else all. <c>GET schools/{SchoolCode}/AbsenceCodes/{AbsenceCode?}</c> (Absence Code Table: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="absenceCode">The AbsenceCode (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("schools.get_absence_codes")]
    [RequiresGrant("Absence Code Table", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetAbsenceCodesAsync(int schoolCode, string? absenceCode = null, CancellationToken cancellationToken = default);

    /// <summary>The codes of a table field. <c>GET codes/{Table}/{Field}</c> (no permission).</summary>
    /// <param name="table">The Table.</param>
    /// <param name="field">The Field.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("schools.get_code_sets")]
    Task<IReadOnlyList<AeriesRecord>> GetCodeSetAsync(string table, string field, CancellationToken cancellationToken = default);

    /// <summary>Triggers pre-enrollment of a student (a GET that changes data: never retried). <c>GET commands/preenrollstudent/{StudentID}</c> (Trigger Student Pre-Enrollment: Insert).</summary>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("pre_enrollment.pre_enroll_student")]
    [RequiresGrant("Trigger Student Pre-Enrollment", AeriesAccess.Insert)]
    Task<AeriesRecord> PreEnrollStudentAsync(int studentId, CancellationToken cancellationToken = default);

    /// <summary>Pre-enrolls an inactive student at the next school (a GET that changes data: never retried) and answers every record of the student, one per school, the new one included. <c>GET PreEnrollInactiveStudent/{StudentID}/{NextSchoolCode}</c> (Student Data: Update).</summary>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="nextSchoolCode">The NextSchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("pre_enrollment.pre_enroll_inactive_student")]
    [RequiresGrant("Student Data", AeriesAccess.Update)]
    Task<IReadOnlyList<Student>> PreEnrollInactiveStudentAsync(int studentId, int nextSchoolCode, CancellationToken cancellationToken = default);

    /// <summary>Students of a school, paged; one when a student ID is given. <c>GET schools/{SchoolCode}/students/{StudentID?}</c> (Student Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_information")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    IAsyncEnumerable<Student> GetStudentsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>Students of a school in one grade, paged. <c>GET schools/{SchoolCode}/students/grade/{GradeLevel}</c> (Student Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="gradeLevel">The GradeLevel.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_information_grade_grade_level")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    IAsyncEnumerable<Student> GetStudentsInGradeAsync(int schoolCode, int gradeLevel, CancellationToken cancellationToken = default);

    /// <summary>A student by student number. <c>GET schools/{SchoolCode}/students/sn/{StudentNumber}</c> (Student Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentNumber">The StudentNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_information_sn_student_number")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    Task<IReadOnlyList<Student>> GetStudentByNumberAsync(int schoolCode, int studentNumber, CancellationToken cancellationToken = default);

    /// <summary>Extended records of a student (one per school it is enrolled at), or of every student of the school for StudentID 0, paged. <c>GET schools/{SchoolCode}/students/{StudentID}/extended</c> (Student Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (0: every student of the school).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_information_extended")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    IAsyncEnumerable<StudentExtended> GetStudentsExtendedAsync(int schoolCode, int studentId, CancellationToken cancellationToken = default);

    /// <summary>Extended records of the students of one grade, paged. <c>GET schools/{SchoolCode}/students/grade/{GradeLevel}/extended</c> (Student Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="gradeLevel">The GradeLevel.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_information_extended_grade_grade_level_extended")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    IAsyncEnumerable<StudentExtended> GetStudentsInGradeExtendedAsync(int schoolCode, int gradeLevel, CancellationToken cancellationToken = default);

    /// <summary>The extended records of a student by student number. <c>GET schools/{SchoolCode}/students/sn/{StudentNumber}/extended</c> (Student Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentNumber">The StudentNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_information_extended_sn_student_number_extended")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    Task<IReadOnlyList<StudentExtended>> GetStudentByNumberExtendedAsync(int schoolCode, int studentNumber, CancellationToken cancellationToken = default);

    /// <summary>Students whose data in an area changed since a time, one entry per student record. <c>GET StudentDataChanges/{DataArea}/{year}/{month}/{day}/{hour}/{minute}</c> (Student Data: Read).</summary>
    /// <param name="dataArea">The DataArea: student, contact, program, test, class or enrollment.</param>
    /// <param name="since">Changes after this local time of the district (to the minute).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_data_changes")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    Task<IReadOnlyList<StudentDataChange>> GetStudentDataChangesAsync(string dataArea, DateTime since, CancellationToken cancellationToken = default);

    /// <summary>Contacts of a student, or of every student of the school. <c>GET schools/{SchoolCode}/contacts/{StudentID?}</c> (Contacts: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_contacts")]
    [RequiresGrant("Contacts", AeriesAccess.Read)]
    Task<IReadOnlyList<Contact>> GetContactsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>Programs of a student (0: every student). <c>GET schools/{SchoolCode}/students/{StudentID}/programs</c> (Special Programs: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_programs")]
    [RequiresGrant("Special Programs", AeriesAccess.Read)]
    Task<IReadOnlyList<StudentProgram>> GetProgramsAsync(int schoolCode, int studentId, CancellationToken cancellationToken = default);

    /// <summary>A student's test scores. <c>GET students/{StudentID}/tests</c> (Test Scores: Read).</summary>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_test_scores")]
    [RequiresGrant("Test Scores", AeriesAccess.Read)]
    Task<IReadOnlyList<TestScoreRecord>> GetTestScoresAsync(int studentId, CancellationToken cancellationToken = default);

    /// <summary>College entrance tests of a student, or of every student of the school. <c>GET schools/{SchoolCode}/CollegeTestScores/{StudentID?}</c> (College Entrance Tests: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_college_entrance_test_scores")]
    [RequiresGrant("College Entrance Tests", AeriesAccess.Read)]
    Task<IReadOnlyList<CollegeTestScores>> GetCollegeTestScoresAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>Assertive discipline records. <c>GET schools/{SchoolCode}/AssertiveDiscipline/{StudentID?}</c> (Assertive Discipline: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_assertive_discipline")]
    [RequiresGrant("Assertive Discipline", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetAssertiveDisciplineAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>Discipline records. <c>GET schools/{SchoolCode}/Discipline/{StudentID?}</c> (Discipline: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_discipline")]
    [RequiresGrant("Discipline", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetDisciplineAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>District supplemental data. <c>GET schools/{SchoolCode}/DistrictSupplemental/{StudentID?}</c> (District Supplemental Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_district_supplemental_student_data")]
    [RequiresGrant("District Supplemental Data", AeriesAccess.Read)]
    Task<IReadOnlyList<SupplementalRecord>> GetDistrictSupplementalDataAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>School supplemental data. <c>GET schools/{SchoolCode}/SchoolSupplemental/{StudentID?}</c> (Supplemental Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_school_supplemental_student_data")]
    [RequiresGrant("Supplemental Data", AeriesAccess.Read)]
    Task<IReadOnlyList<SupplementalRecord>> GetSchoolSupplementalDataAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>Fees and fines. <c>GET schools/{SchoolCode}/fees/{StudentID?}</c> (Fees and Fines: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_fees_and_fines")]
    [RequiresGrant("Fees and Fines", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetFeesAndFinesAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>Student pictures, paged (large: ask for one student where you can). <c>GET schools/{SchoolCode}/StudentPictures/{StudentID?}</c> (Student Pictures: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_picture")]
    [RequiresGrant("Student Pictures", AeriesAccess.Read)]
    IAsyncEnumerable<StudentPictures> GetStudentPicturesAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>A school's student groups. <c>GET schools/{SchoolCode}/StudentGroups</c> (Student Groups: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_groups")]
    [RequiresGrant("Student Groups", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetStudentGroupsAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A school's activities and awards. <c>GET schools/{SchoolCode}/activities</c> (Activities and Awards: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_school_activities")]
    [RequiresGrant("Activities and Awards", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetSchoolActivitiesAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A school's activities and awards of one code. <c>GET schools/{SchoolCode}/activities/code/{ActivityCode}</c> (Activities and Awards: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="activityCode">The ActivityCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_school_activities_code")]
    [RequiresGrant("Activities and Awards", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetSchoolActivitiesByCodeAsync(int schoolCode, string activityCode, CancellationToken cancellationToken = default);

    /// <summary>A student's activities and awards. <c>GET schools/{SchoolCode}/students/{StudentID}/activities/{SequenceNumber?}</c> (Activities and Awards: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_activities")]
    [RequiresGrant("Activities and Awards", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetStudentActivitiesAsync(int schoolCode, int studentId, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A student's activities and awards of one code. <c>GET schools/{SchoolCode}/students/{StudentID}/activities/code/{ActivityCode}</c> (Activities and Awards: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="activityCode">The ActivityCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_activities_code")]
    [RequiresGrant("Activities and Awards", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetStudentActivitiesByCodeAsync(int schoolCode, int studentId, string activityCode, CancellationToken cancellationToken = default);

    /// <summary>A school's authorizations. <c>GET schools/{SchoolCode}/authorizations</c> (Authorizations: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_school_authorizations")]
    [RequiresGrant("Authorizations", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetSchoolAuthorizationsAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A student's authorizations. <c>GET schools/{SchoolCode}/students/{StudentID}/authorizations/{SequenceNumber?}</c> (Authorizations: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("students.get_student_authorizations")]
    [RequiresGrant("Authorizations", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetStudentAuthorizationsAsync(int schoolCode, int studentId, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>Grade point averages, paged. <c>GET schools/{SchoolCode}/gpas/{StudentID?}</c> (Student Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("grades.get_student_gp_as")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    IAsyncEnumerable<StudentGpa> GetGpasAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>A school's grades. <c>GET schools/{SchoolCode}/Grades</c> (Grades: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("grades.get_student_grades")]
    [RequiresGrant("Grades", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetGradesAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>Report cards. <c>GET schools/{SchoolCode}/ReportCard/{StudentID?}</c> (Grades: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("grades.get_student_report_cards")]
    [RequiresGrant("Grades", AeriesAccess.Read)]
    Task<IReadOnlyList<ReportCard>> GetReportCardsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>A school's report card marking periods, one record each. <c>GET schools/{SchoolCode}/ReportCardMarkingPeriods</c> (Grades: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("grades.get_school_report_card_marking_periods")]
    [RequiresGrant("Grades", AeriesAccess.Read)]
    Task<IReadOnlyList<ReportCardMarkingPeriod>> GetReportCardMarkingPeriodsAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A school's graduation requirements, one record per graduation track. <c>GET schools/{SchoolCode}/GraduationRequirements</c> (Graduation Requirements: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("grades.get_school_graduation_requirements")]
    [RequiresGrant("Graduation Requirements", AeriesAccess.Read)]
    Task<IReadOnlyList<GraduationRequirements>> GetGraduationRequirementsAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A student's graduation status (Aeries answers one object). <c>GET schools/{SchoolCode}/GraduationStatusSummary/{StudentID}</c> (Graduation Status: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("grades.get_student_graduation_status_summary")]
    [RequiresGrant("Graduation Status", AeriesAccess.Read)]
    Task<GraduationStatus> GetGraduationStatusAsync(int schoolCode, int studentId, CancellationToken cancellationToken = default);

    /// <summary>The graduation status of every student of a school, paged. <c>GET schools/{SchoolCode}/GraduationStatusSummary</c> (Graduation Status: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    [AeriesOperation("grades.get_student_graduation_status_summary")]
    [RequiresGrant("Graduation Status", AeriesAccess.Read)]
    IAsyncEnumerable<GraduationStatus> GetGraduationStatusesAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>The graduation status of every student of a grade, paged. <c>GET schools/{SchoolCode}/GraduationStatusSummary/grade/{GradeLevel}</c> (Graduation Status: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="gradeLevel">The GradeLevel.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    [AeriesOperation("grades.get_student_graduation_status_summary_grade_grade_level")]
    [RequiresGrant("Graduation Status", AeriesAccess.Read)]
    IAsyncEnumerable<GraduationStatus> GetGraduationStatusInGradeAsync(int schoolCode, int gradeLevel, CancellationToken cancellationToken = default);

    /// <summary>Transcripts. <c>GET schools/{SchoolCode}/Transcript/{StudentID?}</c> (Transcripts: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("grades.get_student_transcripts")]
    [RequiresGrant("Transcripts", AeriesAccess.Read)]
    Task<IReadOnlyList<Transcript>> GetTranscriptsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>A school's valid marks. <c>GET schools/{SchoolCode}/validmarks</c> (Valid Marks: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("grades.get_valid_marks")]
    [RequiresGrant("Valid Marks", AeriesAccess.Read)]
    Task<IReadOnlyList<ValidMark>> GetValidMarksAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A student's enrollment in every year (large: prefer a year). <c>GET enrollment/{StudentID}</c> (Enrollment History: Read).</summary>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_student_enrollment_history")]
    [RequiresGrant("Enrollment History", AeriesAccess.Read)]
    Task<IReadOnlyList<EnrollmentRecord>> GetEnrollmentHistoryAsync(int studentId, CancellationToken cancellationToken = default);

    /// <summary>A student's enrollment in one year (0: every student). <c>GET enrollment/{StudentID}/year/{AcademicYear}</c> (Enrollment History: Read).</summary>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="academicYear">The AcademicYear.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_student_enrollment_history_year_academic_year")]
    [RequiresGrant("Enrollment History", AeriesAccess.Read)]
    Task<IReadOnlyList<EnrollmentRecord>> GetEnrollmentHistoryForYearAsync(int studentId, int academicYear, CancellationToken cancellationToken = default);

    /// <summary>A student's enrollment at a school (0: every student). <c>GET schools/{SchoolCode}/enrollment/{StudentID}</c> (Enrollment History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id")]
    [RequiresGrant("Enrollment History", AeriesAccess.Read)]
    Task<IReadOnlyList<EnrollmentRecord>> GetSchoolEnrollmentHistoryAsync(int schoolCode, int studentId, CancellationToken cancellationToken = default);

    /// <summary>A student's enrollment at a school in one year (0: every student). <c>GET schools/{SchoolCode}/enrollment/{StudentID}/year/{AcademicYear}</c> (Enrollment History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="academicYear">The AcademicYear.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id_year_academic_year")]
    [RequiresGrant("Enrollment History", AeriesAccess.Read)]
    Task<IReadOnlyList<EnrollmentRecord>> GetSchoolEnrollmentHistoryForYearAsync(int schoolCode, int studentId, int academicYear, CancellationToken cancellationToken = default);

    /// <summary>Attendance of a student, or of every student of the school, read record by record into one list: no whole-answer cap (a school's is tens of megabytes), each record capped as in <see cref="StreamAttendanceAsync"/>, which reads them without holding them all. <c>GET schools/{SchoolCode}/attendance/{StudentID?}</c> (Attendance: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_student_attendance")]
    [RequiresGrant("Attendance", AeriesAccess.Read)]
    Task<IReadOnlyList<StudentAttendance>> GetAttendanceAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>Attendance history totals of a student, or (StudentID left out) of every student now at the school. <c>GET schools/{SchoolCode}/AttendanceHistory/summary/{StudentID?}</c> (Attendance History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode (ignored by Aeries when a StudentID is given).</param>
    /// <param name="studentId">The StudentID (omitted: every student now at the school).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_attendance_history_summary")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    Task<IReadOnlyList<AttendanceHistory>> GetAttendanceHistorySummaryAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>Attendance history totals of a school year. <c>GET schools/{SchoolCode}/AttendanceHistory/summary/year/{year}</c> (Attendance History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="year">The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_attendance_history_summary_year_year")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    Task<IReadOnlyList<AttendanceHistory>> GetAttendanceHistorySummaryForYearAsync(int schoolCode, AcademicYear year, CancellationToken cancellationToken = default);

    /// <summary>Attendance history details of a student, or (StudentID left out) of every student now at the school. <c>GET schools/{SchoolCode}/AttendanceHistory/details/{StudentID?}</c> (Attendance History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: every student now at the school).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_attendance_history_details")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetAttendanceHistoryDetailsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>Attendance history details of a school year. <c>GET schools/{SchoolCode}/AttendanceHistory/details/year/{year}</c> (Attendance History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="year">The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_attendance_history_details_year_year")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetAttendanceHistoryDetailsForYearAsync(int schoolCode, AcademicYear year, CancellationToken cancellationToken = default);

    /// <summary>Absence codes used in attendance history. <c>GET schools/{SchoolCode}/AttendanceHistory/AbsenceCodes</c> (Attendance History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_attendance_history_attendance_codes")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetAttendanceHistoryAbsenceCodesAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>Absence codes used in attendance history of a year. <c>GET schools/{SchoolCode}/AttendanceHistory/AbsenceCodes/year/{year}</c> (Attendance History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="year">The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("attendance.get_attendance_history_attendance_codes_year_year")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetAttendanceHistoryAbsenceCodesForYearAsync(int schoolCode, AcademicYear year, CancellationToken cancellationToken = default);

    /// <summary>Staff: one when a staff ID is given, else the district's. <c>GET staff/{StaffID?}</c> (Staff Data: Read).</summary>
    /// <param name="staffId">The StaffID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_information")]
    [RequiresGrant("Staff Data", AeriesAccess.Read)]
    Task<IReadOnlyList<Staff>> GetStaffAsync(int? staffId = null, CancellationToken cancellationToken = default);

    /// <summary>A staff member by human resources ID. <c>GET staff/hrid/{HRID}</c> (Staff Data: Read).</summary>
    /// <param name="humanResourcesId">The HRID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_by_hrid")]
    [RequiresGrant("Staff Data", AeriesAccess.Read)]
    Task<Staff> GetStaffByHumanResourcesIdAsync(string humanResourcesId, CancellationToken cancellationToken = default);

    /// <summary>Staff changed since a time. <c>GET StaffDataChanges/{year}/{month}/{day}/{hour}/{minute}</c> (Staff Data: Read).</summary>
    /// <param name="since">Changes after this local time of the district (to the minute).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_data_changes")]
    [RequiresGrant("Staff Data", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetStaffDataChangesAsync(DateTime since, CancellationToken cancellationToken = default);

    /// <summary>A staff member's job assignments. <c>GET staff/{StaffID}/assignments</c> (Staff Job Assignments: Read).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_assignments")]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Read)]
    Task<IReadOnlyList<StaffAssignment>> GetStaffAssignmentsAsync(int staffId, CancellationToken cancellationToken = default);

    /// <summary>A staff member's certificated assignments. <c>GET staff/{StaffID}/assignments/certificated/{SequenceNumber?}</c> (Staff Job Assignments: Read).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_certificated_assignments")]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Read)]
    Task<IReadOnlyList<StaffAssignment>> GetStaffCertificatedAssignmentsAsync(int staffId, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A staff member's classified assignments. <c>GET staff/{StaffID}/assignments/classified/{SequenceNumber?}</c> (Staff Assignments (Classified): Read).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_classified_assignments")]
    [RequiresGrant("Staff Assignments (Classified)", AeriesAccess.Read)]
    Task<IReadOnlyList<StaffAssignment>> GetStaffClassifiedAssignmentsAsync(int staffId, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A staff member's assignments of both types in effect on a day (rows of an area the certificate lacks may be left out). <c>GET staff/{StaffID}/assignments/date/{year}/{month}/{day}</c> (Staff Job Assignments: Read).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="date">The day the assignments are in effect.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_assignments_date")]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Read)]
    Task<IReadOnlyList<StaffAssignment>> GetStaffAssignmentsOnDateAsync(int staffId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>A staff member's certificated assignments in effect on a day. <c>GET staff/{StaffID}/assignments/date/{year}/{month}/{day}/certificated</c> (Staff Job Assignments: Read).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="date">The day the assignments are in effect.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_certificated_assignments_date")]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Read)]
    Task<IReadOnlyList<StaffAssignment>> GetStaffCertificatedAssignmentsOnDateAsync(int staffId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>A staff member's classified assignments in effect on a day. <c>GET staff/{StaffID}/assignments/date/{year}/{month}/{day}/classified</c> (Staff Assignments (Classified): Read).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="date">The day the assignments are in effect.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_classified_assignments_date")]
    [RequiresGrant("Staff Assignments (Classified)", AeriesAccess.Read)]
    Task<IReadOnlyList<StaffAssignment>> GetStaffClassifiedAssignmentsOnDateAsync(int staffId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>Teachers of a school; one when a teacher number is given. <c>GET schools/{SchoolCode}/teachers/{TeacherNumber?}</c> (Teacher Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="teacherNumber">The TeacherNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_teachers")]
    [RequiresGrant("Teacher Data", AeriesAccess.Read)]
    Task<IReadOnlyList<Teacher>> GetTeachersAsync(int schoolCode, int? teacherNumber = null, CancellationToken cancellationToken = default);

    /// <summary>The teacher records of a staff member. <c>GET staff/{StaffID}/teachers</c> (Teacher Data: Read).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("staff.get_staff_teachers")]
    [RequiresGrant("Teacher Data", AeriesAccess.Read)]
    Task<IReadOnlyList<Teacher>> GetTeachersOfStaffAsync(int staffId, CancellationToken cancellationToken = default);

    /// <summary>Courses: one when a course ID is given, else the district's. <c>GET courses/{CourseID?}</c> (Course Data: Read).</summary>
    /// <param name="courseId">The CourseID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_course_information")]
    [RequiresGrant("Course Data", AeriesAccess.Read)]
    Task<IReadOnlyList<Course>> GetCoursesAsync(string? courseId = null, CancellationToken cancellationToken = default);

    /// <summary>Courses changed since a time. <c>GET CourseDataChanges/{year}/{month}/{day}/{hour}/{minute}</c> (Course Data: Read).</summary>
    /// <param name="since">Changes after this local time of the district (to the minute).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_course_data_changes")]
    [RequiresGrant("Course Data", AeriesAccess.Read)]
    Task<AeriesRecord> GetCourseDataChangesAsync(DateTime since, CancellationToken cancellationToken = default);

    /// <summary>Master schedule sections: one when a section number is given. <c>GET schools/{SchoolCode}/sections/{SectionNumber?}</c> (Master Schedule: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="sectionNumber">The SectionNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_sections_from_master_schedule")]
    [RequiresGrant("Master Schedule", AeriesAccess.Read)]
    Task<IReadOnlyList<Section>> GetSectionsAsync(int schoolCode, int? sectionNumber = null, CancellationToken cancellationToken = default);

    /// <summary>Sections changed since a time. <c>GET SectionDataChanges/{year}/{month}/{day}/{hour}/{minute}</c> (Master Schedule: Read).</summary>
    /// <param name="since">Changes after this local time of the district (to the minute).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_section_data_changes_from_master_schedule")]
    [RequiresGrant("Master Schedule", AeriesAccess.Read)]
    Task<AeriesRecord> GetSectionDataChangesAsync(DateTime since, CancellationToken cancellationToken = default);

    /// <summary>The sections a staff member teaches. <c>GET staff/{StaffID}/classes</c> (Master Schedule: Read).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_staff_classes_sections")]
    [RequiresGrant("Master Schedule", AeriesAccess.Read)]
    Task<IReadOnlyList<Section>> GetStaffClassesAsync(int staffId, CancellationToken cancellationToken = default);

    /// <summary>The students of a section. <c>GET schools/{SchoolCode}/sections/{SectionNumber}/students</c> (Class Schedules/History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="sectionNumber">The SectionNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_section_class_roster")]
    [RequiresGrant("Class Schedules/History", AeriesAccess.Read)]
    Task<IReadOnlyList<RosterEntry>> GetSectionRosterAsync(int schoolCode, int sectionNumber, CancellationToken cancellationToken = default);

    /// <summary>Rosters changed since a time. <c>GET SectionRosterDataChanges/{year}/{month}/{day}/{hour}/{minute}</c> (Class Schedules/History: Read).</summary>
    /// <param name="since">Changes after this local time of the district (to the minute).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_section_class_roster_data_changes")]
    [RequiresGrant("Class Schedules/History", AeriesAccess.Read)]
    Task<AeriesRecord> GetSectionRosterDataChangesAsync(DateTime since, CancellationToken cancellationToken = default);

    /// <summary>Scheduling master schedule sections (next year's). <c>GET schools/{SchoolCode}/scheduling/sections/{SectionNumber?}</c> (Schedule Master Schedule: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="sectionNumber">The SectionNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_section_from_scheduling_master_schedule")]
    [RequiresGrant("Schedule Master Schedule", AeriesAccess.Read)]
    Task<IReadOnlyList<Section>> GetSchedulingSectionsAsync(int schoolCode, int? sectionNumber = null, CancellationToken cancellationToken = default);

    /// <summary>Class schedules of a student, or of every student of the school. <c>GET schools/{SchoolCode}/classes/{StudentID?}</c> (Class Schedules/History: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_student_classes")]
    [RequiresGrant("Class Schedules/History", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetStudentClassesAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);

    /// <summary>A school's class calendars. <c>GET schools/{SchoolCode}/classcalendars/{SequenceNumber?}</c> (Class Calendars: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_class_calendars")]
    [RequiresGrant("Class Calendars", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetClassCalendarsAsync(int schoolCode, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A school's class calendars of a year. <c>GET schools/{SchoolCode}/classcalendars/year/{AcademicYear}</c> (Class Calendars: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="academicYear">The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_class_calendars_year")]
    [RequiresGrant("Class Calendars", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetClassCalendarsForYearAsync(int schoolCode, AcademicYear academicYear, CancellationToken cancellationToken = default);

    /// <summary>The dates of a class calendar. <c>GET schools/{SchoolCode}/classcalendars/{SequenceNumber}/dates</c> (Class Calendars: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="sequenceNumber">The SequenceNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_class_calendar_dates")]
    [RequiresGrant("Class Calendars", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetClassCalendarDatesAsync(int schoolCode, int sequenceNumber, CancellationToken cancellationToken = default);

    /// <summary>A school's flex periods. <c>GET schools/{SchoolCode}/flexperiods/{SequenceNumber?}</c> (Flex Periods: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_flex_periods")]
    [RequiresGrant("Flex Periods", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetFlexPeriodsAsync(int schoolCode, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A school's flex periods of a year. <c>GET schools/{SchoolCode}/flexperiods/year/{AcademicYear}</c> (Flex Periods: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="academicYear">The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_flex_periods_year")]
    [RequiresGrant("Flex Periods", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetFlexPeriodsForYearAsync(int schoolCode, AcademicYear academicYear, CancellationToken cancellationToken = default);

    /// <summary>A school's course requests. <c>GET schools/{SchoolCode}/scheduling/courserequests</c> (Student Scheduling Schedules (Course Requests): Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_school_course_requests")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetSchoolCourseRequestsAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A student's course requests. <c>GET schools/{SchoolCode}/students/{StudentID}/courserequests/{SequenceNumber?}</c> (Student Scheduling Schedules (Course Requests): Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_student_course_requests")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetStudentCourseRequestsAsync(int schoolCode, int studentId, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A student's course requests, by student number. <c>GET schools/{SchoolCode}/students/sn/{StudentNumber}/courserequests/{SequenceNumber?}</c> (Student Scheduling Schedules (Course Requests): Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentNumber">The StudentNumber.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_student_course_requests_sn")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    Task<IReadOnlyList<AeriesRecord>> GetStudentCourseRequestsByNumberAsync(int schoolCode, int studentNumber, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A school's alternate course requests. <c>GET schools/{SchoolCode}/scheduling/alternatecourserequests</c> (Student Scheduling Schedules (Course Requests): Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_school_alternate_course_requests")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    Task<IReadOnlyList<AlternateCourseRequest>> GetSchoolAlternateCourseRequestsAsync(int schoolCode, CancellationToken cancellationToken = default);

    /// <summary>A student's alternate course requests. <c>GET schools/{SchoolCode}/students/{StudentID}/alternatecourserequests/{SequenceNumber?}</c> (Student Scheduling Schedules (Course Requests): Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_student_alternate_course_requests")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    Task<IReadOnlyList<AlternateCourseRequest>> GetStudentAlternateCourseRequestsAsync(int schoolCode, int studentId, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A student's alternate course requests by student number. <c>GET schools/{SchoolCode}/students/sn/{StudentNumber}/alternatecourserequests/{SequenceNumber?}</c> (Student Scheduling Schedules (Course Requests): Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentNumber">The StudentNumber.</param>
    /// <param name="sequenceNumber">The SequenceNumber (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("scheduling.get_student_alternate_course_requests_sn")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    Task<IReadOnlyList<AlternateCourseRequest>> GetStudentAlternateCourseRequestsByNumberAsync(int schoolCode, int studentNumber, int? sequenceNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A teacher's gradebooks. <c>GET staff/{StaffID}/gradebooks</c> (Gradebook Data: Read).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_gradebook_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<IReadOnlyList<Gradebook>> GetStaffGradebooksAsync(int staffId, CancellationToken cancellationToken = default);

    /// <summary>The gradebooks of a section. <c>GET schools/{SchoolCode}/sections/{SectionNumber}/gradebooks</c> (Gradebook Data: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="sectionNumber">The SectionNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_gradebook_information_schools_school_code_sections_section_number_gradebooks")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<IReadOnlyList<Gradebook>> GetSectionGradebooksAsync(int schoolCode, int sectionNumber, CancellationToken cancellationToken = default);

    /// <summary>One gradebook. <c>GET gradebooks/{GradebookNumber}</c> (Gradebook Data: Read).</summary>
    /// <param name="gradebookNumber">The GradebookNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_gradebook_information_gradebooks_gradebook_number")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<Gradebook> GetGradebookAsync(int gradebookNumber, CancellationToken cancellationToken = default);

    /// <summary>A gradebook's assignments. <c>GET gradebooks/{GradebookNumber}/assignments</c> (Gradebook Data: Read).</summary>
    /// <param name="gradebookNumber">The GradebookNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_assignment_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<IReadOnlyList<Assignment>> GetAssignmentsAsync(int gradebookNumber, CancellationToken cancellationToken = default);

    /// <summary>One assignment (Aeries answers one object). <c>GET gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}</c> (Gradebook Data: Read).</summary>
    /// <param name="gradebookNumber">The GradebookNumber.</param>
    /// <param name="assignmentNumber">The AssignmentNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_assignment_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<Assignment> GetAssignmentAsync(int gradebookNumber, int assignmentNumber, CancellationToken cancellationToken = default);

    /// <summary>An assignment by its unique ID. <c>GET gradebooks/Assignments/{UniqueID}</c> (Gradebook Data: Read).</summary>
    /// <param name="uniqueId">The UniqueID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_assignment_information_assignments_unique_id")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<Assignment> GetAssignmentByUniqueIdAsync(string uniqueId, CancellationToken cancellationToken = default);

    /// <summary>A gradebook's final mark ranges. <c>GET gradebooks/{GradebookNumber}/FinalMarks</c> (Gradebook Data: Read).</summary>
    /// <param name="gradebookNumber">The GradebookNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_final_mark_ranges")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<IReadOnlyList<FinalMark>> GetFinalMarkRangesAsync(int gradebookNumber, CancellationToken cancellationToken = default);

    /// <summary>The students of a gradebook term. <c>GET gradebooks/{GradebookNumber}/{GradebookTerm}/students</c> (Gradebook Data: Read).</summary>
    /// <param name="gradebookNumber">The GradebookNumber.</param>
    /// <param name="gradebookTerm">The GradebookTerm: a term code of the gradebook.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_gradebook_student_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<IReadOnlyList<GradebookStudent>> GetGradebookStudentsAsync(int gradebookNumber, string gradebookTerm, CancellationToken cancellationToken = default);

    /// <summary>One student of a gradebook term (Aeries answers one object). <c>GET gradebooks/{GradebookNumber}/{GradebookTerm}/students/{StudentID}</c> (Gradebook Data: Read).</summary>
    /// <param name="gradebookNumber">The GradebookNumber.</param>
    /// <param name="gradebookTerm">The GradebookTerm: a term code of the gradebook.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_gradebook_student_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<GradebookStudent> GetGradebookStudentAsync(int gradebookNumber, string gradebookTerm, int studentId, CancellationToken cancellationToken = default);

    /// <summary>Every score of an assignment. <c>GET gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/scores</c> (Gradebook Scores: Read).</summary>
    /// <param name="gradebookNumber">The GradebookNumber.</param>
    /// <param name="assignmentNumber">The AssignmentNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_assignment_scores")]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    Task<IReadOnlyList<AssignmentScore>> GetAssignmentScoresAsync(int gradebookNumber, int assignmentNumber, CancellationToken cancellationToken = default);

    /// <summary>One student's score on an assignment (Aeries answers one object). <c>GET gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/scores/{StudentID}</c> (Gradebook Scores: Read).</summary>
    /// <param name="gradebookNumber">The GradebookNumber.</param>
    /// <param name="assignmentNumber">The AssignmentNumber.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_assignment_scores")]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    Task<AssignmentScore> GetAssignmentScoreAsync(int gradebookNumber, int assignmentNumber, int studentId, CancellationToken cancellationToken = default);

    /// <summary>Every score of an assignment, by its unique ID. <c>GET gradebooks/assignments/{UniqueID}/scores</c> (Gradebook Scores: Read).</summary>
    /// <param name="uniqueId">The UniqueID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_assignment_scores_assignments_unique_id_scores_student_id")]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    Task<IReadOnlyList<AssignmentScore>> GetAssignmentScoresByUniqueIdAsync(string uniqueId, CancellationToken cancellationToken = default);

    /// <summary>One student's score on an assignment, by its unique ID (Aeries answers one object). <c>GET gradebooks/assignments/{UniqueID}/scores/{StudentID}</c> (Gradebook Scores: Read).</summary>
    /// <param name="uniqueId">The UniqueID.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation("gradebook.get_assignment_scores_assignments_unique_id_scores_student_id")]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    Task<AssignmentScore> GetAssignmentScoreByUniqueIdAsync(string uniqueId, int studentId, CancellationToken cancellationToken = default);
}
