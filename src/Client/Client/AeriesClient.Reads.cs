using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// One method per GET of AeriesContract, in contract order; ClientContractTests keeps them in step.
public sealed partial class AeriesClient
{
    /// <inheritdoc />
    [AeriesOperation("system.get_aeries_installation_information")]
    public Task<SystemInfo> GetSystemInfoAsync(CancellationToken cancellationToken = default)
    {
        var operation = Operation("system.get_aeries_installation_information");
        return GetAsync(operation, Values(), AeriesJsonContext.Default.SystemInfo, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("schools.get_school_information")]
    public Task<IReadOnlyList<School>> GetSchoolsAsync(int? schoolCode = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("schools.get_school_information");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.School, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("schools.get_school_terms")]
    public Task<IReadOnlyList<Term>> GetTermsAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("schools.get_school_terms");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.Term, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("schools.get_school_calendar")]
    [RequiresGrant("Calendar", AeriesAccess.Read)]
    public Task<AeriesRecord> GetCalendarAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("schools.get_school_calendar");
        return GetAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("schools.get_bell_schedule")]
    [RequiresGrant("Bell Schedule", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetBellScheduleAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("schools.get_bell_schedule");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("schools.get_bell_schedule_date_date")]
    [RequiresGrant("Bell Schedule", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetBellScheduleOnDateAsync(int schoolCode, DateOnly date, CancellationToken cancellationToken = default)
    {
        var operation = Operation("schools.get_bell_schedule_date_date");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("Date", date)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("schools.get_absence_codes")]
    [RequiresGrant("Absence Code Table", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetAbsenceCodesAsync(int schoolCode, string? absenceCode = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("schools.get_absence_codes");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("AbsenceCode", absenceCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("schools.get_code_sets")]
    public Task<IReadOnlyList<AeriesRecord>> GetCodeSetAsync(string table, string field, CancellationToken cancellationToken = default)
    {
        var operation = Operation("schools.get_code_sets");
        return ListAsync(operation, Values(("Table", table), ("Field", field)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("pre_enrollment.pre_enroll_student")]
    [RequiresGrant("Trigger Student Pre-Enrollment", AeriesAccess.Insert)]
    public Task<AeriesRecord> PreEnrollStudentAsync(int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("pre_enrollment.pre_enroll_student");
        return GetAsync(operation, Values(("StudentID", studentId)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("pre_enrollment.pre_enroll_inactive_student")]
    [RequiresGrant("Student Data", AeriesAccess.Update)]
    public Task<IReadOnlyList<Student>> PreEnrollInactiveStudentAsync(int studentId, int nextSchoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("pre_enrollment.pre_enroll_inactive_student");
        return ListAsync(operation, Values(("StudentID", studentId), ("NextSchoolCode", nextSchoolCode)), AeriesJsonContext.Default.Student, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_information")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    public IAsyncEnumerable<Student> GetStudentsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_information");
        return PageAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.Student, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_information_grade_grade_level")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    public IAsyncEnumerable<Student> GetStudentsInGradeAsync(int schoolCode, int gradeLevel, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_information_grade_grade_level");
        return PageAsync(operation, Values(("SchoolCode", schoolCode), ("GradeLevel", gradeLevel)), AeriesJsonContext.Default.Student, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_information_sn_student_number")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<Student>> GetStudentByNumberAsync(int schoolCode, int studentNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_information_sn_student_number");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentNumber", studentNumber)), AeriesJsonContext.Default.Student, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_information_extended")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    public IAsyncEnumerable<StudentExtended> GetStudentsExtendedAsync(int schoolCode, int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_information_extended");
        return PageAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.StudentExtended, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_information_extended_grade_grade_level_extended")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    public IAsyncEnumerable<StudentExtended> GetStudentsInGradeExtendedAsync(int schoolCode, int gradeLevel, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_information_extended_grade_grade_level_extended");
        return PageAsync(operation, Values(("SchoolCode", schoolCode), ("GradeLevel", gradeLevel)), AeriesJsonContext.Default.StudentExtended, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_information_extended_sn_student_number_extended")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<StudentExtended>> GetStudentByNumberExtendedAsync(int schoolCode, int studentNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_information_extended_sn_student_number_extended");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentNumber", studentNumber)), AeriesJsonContext.Default.StudentExtended, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_data_changes")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<StudentDataChange>> GetStudentDataChangesAsync(string dataArea, DateTime since, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_data_changes");
        return ListAsync(operation, Values(Since(since, ("DataArea", dataArea))), AeriesJsonContext.Default.StudentDataChange, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_contacts")]
    [RequiresGrant("Contacts", AeriesAccess.Read)]
    public Task<IReadOnlyList<Contact>> GetContactsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_contacts");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.Contact, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_programs")]
    [RequiresGrant("Special Programs", AeriesAccess.Read)]
    public Task<IReadOnlyList<StudentProgram>> GetProgramsAsync(int schoolCode, int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_programs");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.StudentProgram, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_test_scores")]
    [RequiresGrant("Test Scores", AeriesAccess.Read)]
    public Task<IReadOnlyList<TestScoreRecord>> GetTestScoresAsync(int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_test_scores");
        return ListAsync(operation, Values(("StudentID", studentId)), AeriesJsonContext.Default.TestScoreRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_college_entrance_test_scores")]
    [RequiresGrant("College Entrance Tests", AeriesAccess.Read)]
    public Task<IReadOnlyList<CollegeTestScores>> GetCollegeTestScoresAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_college_entrance_test_scores");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.CollegeTestScores, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_assertive_discipline")]
    [RequiresGrant("Assertive Discipline", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetAssertiveDisciplineAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_assertive_discipline");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_discipline")]
    [RequiresGrant("Discipline", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetDisciplineAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_discipline");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_district_supplemental_student_data")]
    [RequiresGrant("District Supplemental Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<SupplementalRecord>> GetDistrictSupplementalDataAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_district_supplemental_student_data");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.SupplementalRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_school_supplemental_student_data")]
    [RequiresGrant("Supplemental Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<SupplementalRecord>> GetSchoolSupplementalDataAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_school_supplemental_student_data");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.SupplementalRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_fees_and_fines")]
    [RequiresGrant("Fees and Fines", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetFeesAndFinesAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_fees_and_fines");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_picture")]
    [RequiresGrant("Student Pictures", AeriesAccess.Read)]
    public IAsyncEnumerable<StudentPictures> GetStudentPicturesAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_picture");
        return PageAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.StudentPictures, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_groups")]
    [RequiresGrant("Student Groups", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetStudentGroupsAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_groups");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_school_activities")]
    [RequiresGrant("Activities and Awards", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetSchoolActivitiesAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_school_activities");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_school_activities_code")]
    [RequiresGrant("Activities and Awards", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetSchoolActivitiesByCodeAsync(int schoolCode, string activityCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_school_activities_code");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("ActivityCode", activityCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_activities")]
    [RequiresGrant("Activities and Awards", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetStudentActivitiesAsync(int schoolCode, int studentId, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_activities");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_activities_code")]
    [RequiresGrant("Activities and Awards", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetStudentActivitiesByCodeAsync(int schoolCode, int studentId, string activityCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_activities_code");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("ActivityCode", activityCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_school_authorizations")]
    [RequiresGrant("Authorizations", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetSchoolAuthorizationsAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_school_authorizations");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("students.get_student_authorizations")]
    [RequiresGrant("Authorizations", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetStudentAuthorizationsAsync(int schoolCode, int studentId, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("students.get_student_authorizations");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_student_gp_as")]
    [RequiresGrant("Student Data", AeriesAccess.Read)]
    public IAsyncEnumerable<StudentGpa> GetGpasAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_student_gp_as");
        return PageAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.StudentGpa, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_student_grades")]
    [RequiresGrant("Grades", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetGradesAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_student_grades");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_student_report_cards")]
    [RequiresGrant("Grades", AeriesAccess.Read)]
    public Task<IReadOnlyList<ReportCard>> GetReportCardsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_student_report_cards");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.ReportCard, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_school_report_card_marking_periods")]
    [RequiresGrant("Grades", AeriesAccess.Read)]
    public Task<IReadOnlyList<ReportCardMarkingPeriod>> GetReportCardMarkingPeriodsAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_school_report_card_marking_periods");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.ReportCardMarkingPeriod, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_school_graduation_requirements")]
    [RequiresGrant("Graduation Requirements", AeriesAccess.Read)]
    public Task<IReadOnlyList<GraduationRequirements>> GetGraduationRequirementsAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_school_graduation_requirements");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.GraduationRequirements, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_student_graduation_status_summary")]
    [RequiresGrant("Graduation Status", AeriesAccess.Read)]
    public Task<GraduationStatus> GetGraduationStatusAsync(int schoolCode, int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_student_graduation_status_summary");
        return GetAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.GraduationStatus, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_student_graduation_status_summary")]
    [RequiresGrant("Graduation Status", AeriesAccess.Read)]
    public IAsyncEnumerable<GraduationStatus> GetGraduationStatusesAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_student_graduation_status_summary");
        return PageAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.GraduationStatus, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_student_graduation_status_summary_grade_grade_level")]
    [RequiresGrant("Graduation Status", AeriesAccess.Read)]
    public IAsyncEnumerable<GraduationStatus> GetGraduationStatusInGradeAsync(int schoolCode, int gradeLevel, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_student_graduation_status_summary_grade_grade_level");
        return PageAsync(operation, Values(("SchoolCode", schoolCode), ("GradeLevel", gradeLevel)), AeriesJsonContext.Default.GraduationStatus, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_student_transcripts")]
    [RequiresGrant("Transcripts", AeriesAccess.Read)]
    public Task<IReadOnlyList<Transcript>> GetTranscriptsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_student_transcripts");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.Transcript, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("grades.get_valid_marks")]
    [RequiresGrant("Valid Marks", AeriesAccess.Read)]
    public Task<IReadOnlyList<ValidMark>> GetValidMarksAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("grades.get_valid_marks");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.ValidMark, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_student_enrollment_history")]
    [RequiresGrant("Enrollment History", AeriesAccess.Read)]
    public Task<IReadOnlyList<EnrollmentRecord>> GetEnrollmentHistoryAsync(int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_student_enrollment_history");
        return ListAsync(operation, Values(("StudentID", studentId)), AeriesJsonContext.Default.EnrollmentRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_student_enrollment_history_year_academic_year")]
    [RequiresGrant("Enrollment History", AeriesAccess.Read)]
    public Task<IReadOnlyList<EnrollmentRecord>> GetEnrollmentHistoryForYearAsync(int studentId, int academicYear, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_student_enrollment_history_year_academic_year");
        return ListAsync(operation, Values(("StudentID", studentId), ("AcademicYear", academicYear)), AeriesJsonContext.Default.EnrollmentRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id")]
    [RequiresGrant("Enrollment History", AeriesAccess.Read)]
    public Task<IReadOnlyList<EnrollmentRecord>> GetSchoolEnrollmentHistoryAsync(int schoolCode, int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.EnrollmentRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id_year_academic_year")]
    [RequiresGrant("Enrollment History", AeriesAccess.Read)]
    public Task<IReadOnlyList<EnrollmentRecord>> GetSchoolEnrollmentHistoryForYearAsync(int schoolCode, int studentId, int academicYear, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id_year_academic_year");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("AcademicYear", academicYear)), AeriesJsonContext.Default.EnrollmentRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_student_attendance")]
    [RequiresGrant("Attendance", AeriesAccess.Read)]
    public Task<IReadOnlyList<StudentAttendance>> GetAttendanceAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_student_attendance");
        return CollectAsync(StreamAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), null, AeriesJsonContext.Default.StudentAttendance, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_attendance_history_summary")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    public Task<IReadOnlyList<AttendanceHistory>> GetAttendanceHistorySummaryAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_attendance_history_summary");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.AttendanceHistory, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_attendance_history_summary_year_year")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    public Task<IReadOnlyList<AttendanceHistory>> GetAttendanceHistorySummaryForYearAsync(int schoolCode, AcademicYear year, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_attendance_history_summary_year_year");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("year", year)), AeriesJsonContext.Default.AttendanceHistory, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_attendance_history_details")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetAttendanceHistoryDetailsAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_attendance_history_details");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_attendance_history_details_year_year")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetAttendanceHistoryDetailsForYearAsync(int schoolCode, AcademicYear year, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_attendance_history_details_year_year");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("year", year)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_attendance_history_attendance_codes")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetAttendanceHistoryAbsenceCodesAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_attendance_history_attendance_codes");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("attendance.get_attendance_history_attendance_codes_year_year")]
    [RequiresGrant("Attendance History", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetAttendanceHistoryAbsenceCodesForYearAsync(int schoolCode, AcademicYear year, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_attendance_history_attendance_codes_year_year");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("year", year)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_information")]
    [RequiresGrant("Staff Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<Staff>> GetStaffAsync(int? staffId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_information");
        return ListAsync(operation, Values(("StaffID", staffId)), AeriesJsonContext.Default.Staff, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_by_hrid")]
    [RequiresGrant("Staff Data", AeriesAccess.Read)]
    public Task<Staff> GetStaffByHumanResourcesIdAsync(string humanResourcesId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_by_hrid");
        return GetAsync(operation, Values(("HRID", humanResourcesId)), AeriesJsonContext.Default.Staff, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_data_changes")]
    [RequiresGrant("Staff Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetStaffDataChangesAsync(DateTime since, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_data_changes");
        return ListAsync(operation, Values(Since(since)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_assignments")]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Read)]
    public Task<IReadOnlyList<StaffAssignment>> GetStaffAssignmentsAsync(int staffId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_assignments");
        return ListAsync(operation, Values(("StaffID", staffId)), AeriesJsonContext.Default.StaffAssignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_certificated_assignments")]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Read)]
    public Task<IReadOnlyList<StaffAssignment>> GetStaffCertificatedAssignmentsAsync(int staffId, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_certificated_assignments");
        return ListAsync(operation, Values(("StaffID", staffId), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.StaffAssignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_classified_assignments")]
    [RequiresGrant("Staff Assignments (Classified)", AeriesAccess.Read)]
    public Task<IReadOnlyList<StaffAssignment>> GetStaffClassifiedAssignmentsAsync(int staffId, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_classified_assignments");
        return ListAsync(operation, Values(("StaffID", staffId), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.StaffAssignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_assignments_date")]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Read)]
    public Task<IReadOnlyList<StaffAssignment>> GetStaffAssignmentsOnDateAsync(int staffId, DateOnly date, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_assignments_date");
        return ListAsync(operation, Values(("StaffID", staffId), ("year", date.Year), ("month", date.Month), ("day", date.Day)), AeriesJsonContext.Default.StaffAssignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_certificated_assignments_date")]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Read)]
    public Task<IReadOnlyList<StaffAssignment>> GetStaffCertificatedAssignmentsOnDateAsync(int staffId, DateOnly date, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_certificated_assignments_date");
        return ListAsync(operation, Values(("StaffID", staffId), ("year", date.Year), ("month", date.Month), ("day", date.Day)), AeriesJsonContext.Default.StaffAssignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_classified_assignments_date")]
    [RequiresGrant("Staff Assignments (Classified)", AeriesAccess.Read)]
    public Task<IReadOnlyList<StaffAssignment>> GetStaffClassifiedAssignmentsOnDateAsync(int staffId, DateOnly date, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_classified_assignments_date");
        return ListAsync(operation, Values(("StaffID", staffId), ("year", date.Year), ("month", date.Month), ("day", date.Day)), AeriesJsonContext.Default.StaffAssignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_teachers")]
    [RequiresGrant("Teacher Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<Teacher>> GetTeachersAsync(int schoolCode, int? teacherNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_teachers");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("TeacherNumber", teacherNumber)), AeriesJsonContext.Default.Teacher, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.get_staff_teachers")]
    [RequiresGrant("Teacher Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<Teacher>> GetTeachersOfStaffAsync(int staffId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("staff.get_staff_teachers");
        return ListAsync(operation, Values(("StaffID", staffId)), AeriesJsonContext.Default.Teacher, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_course_information")]
    [RequiresGrant("Course Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<Course>> GetCoursesAsync(string? courseId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_course_information");
        return ListAsync(operation, Values(("CourseID", courseId)), AeriesJsonContext.Default.Course, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_course_data_changes")]
    [RequiresGrant("Course Data", AeriesAccess.Read)]
    public Task<AeriesRecord> GetCourseDataChangesAsync(DateTime since, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_course_data_changes");
        return GetAsync(operation, Values(Since(since)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_sections_from_master_schedule")]
    [RequiresGrant("Master Schedule", AeriesAccess.Read)]
    public Task<IReadOnlyList<Section>> GetSectionsAsync(int schoolCode, int? sectionNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_sections_from_master_schedule");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("SectionNumber", sectionNumber)), AeriesJsonContext.Default.Section, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_section_data_changes_from_master_schedule")]
    [RequiresGrant("Master Schedule", AeriesAccess.Read)]
    public Task<AeriesRecord> GetSectionDataChangesAsync(DateTime since, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_section_data_changes_from_master_schedule");
        return GetAsync(operation, Values(Since(since)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_staff_classes_sections")]
    [RequiresGrant("Master Schedule", AeriesAccess.Read)]
    public Task<IReadOnlyList<Section>> GetStaffClassesAsync(int staffId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_staff_classes_sections");
        return ListAsync(operation, Values(("StaffID", staffId)), AeriesJsonContext.Default.Section, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_section_class_roster")]
    [RequiresGrant("Class Schedules/History", AeriesAccess.Read)]
    public Task<IReadOnlyList<RosterEntry>> GetSectionRosterAsync(int schoolCode, int sectionNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_section_class_roster");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("SectionNumber", sectionNumber)), AeriesJsonContext.Default.RosterEntry, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_section_class_roster_data_changes")]
    [RequiresGrant("Class Schedules/History", AeriesAccess.Read)]
    public Task<AeriesRecord> GetSectionRosterDataChangesAsync(DateTime since, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_section_class_roster_data_changes");
        return GetAsync(operation, Values(Since(since)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_section_from_scheduling_master_schedule")]
    [RequiresGrant("Schedule Master Schedule", AeriesAccess.Read)]
    public Task<IReadOnlyList<Section>> GetSchedulingSectionsAsync(int schoolCode, int? sectionNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_section_from_scheduling_master_schedule");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("SectionNumber", sectionNumber)), AeriesJsonContext.Default.Section, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_student_classes")]
    [RequiresGrant("Class Schedules/History", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetStudentClassesAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_student_classes");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_class_calendars")]
    [RequiresGrant("Class Calendars", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetClassCalendarsAsync(int schoolCode, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_class_calendars");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_class_calendars_year")]
    [RequiresGrant("Class Calendars", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetClassCalendarsForYearAsync(int schoolCode, AcademicYear academicYear, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_class_calendars_year");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("AcademicYear", academicYear)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_class_calendar_dates")]
    [RequiresGrant("Class Calendars", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetClassCalendarDatesAsync(int schoolCode, int sequenceNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_class_calendar_dates");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_flex_periods")]
    [RequiresGrant("Flex Periods", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetFlexPeriodsAsync(int schoolCode, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_flex_periods");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_flex_periods_year")]
    [RequiresGrant("Flex Periods", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetFlexPeriodsForYearAsync(int schoolCode, AcademicYear academicYear, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_flex_periods_year");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("AcademicYear", academicYear)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_school_course_requests")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetSchoolCourseRequestsAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_school_course_requests");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_student_course_requests")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetStudentCourseRequestsAsync(int schoolCode, int studentId, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_student_course_requests");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_student_course_requests_sn")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    public Task<IReadOnlyList<AeriesRecord>> GetStudentCourseRequestsByNumberAsync(int schoolCode, int studentNumber, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_student_course_requests_sn");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentNumber", studentNumber), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.AeriesRecord, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_school_alternate_course_requests")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    public Task<IReadOnlyList<AlternateCourseRequest>> GetSchoolAlternateCourseRequestsAsync(int schoolCode, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_school_alternate_course_requests");
        return ListAsync(operation, Values(("SchoolCode", schoolCode)), AeriesJsonContext.Default.AlternateCourseRequest, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_student_alternate_course_requests")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    public Task<IReadOnlyList<AlternateCourseRequest>> GetStudentAlternateCourseRequestsAsync(int schoolCode, int studentId, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_student_alternate_course_requests");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.AlternateCourseRequest, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.get_student_alternate_course_requests_sn")]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    public Task<IReadOnlyList<AlternateCourseRequest>> GetStudentAlternateCourseRequestsByNumberAsync(int schoolCode, int studentNumber, int? sequenceNumber = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("scheduling.get_student_alternate_course_requests_sn");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("StudentNumber", studentNumber), ("SequenceNumber", sequenceNumber)), AeriesJsonContext.Default.AlternateCourseRequest, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_gradebook_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<Gradebook>> GetStaffGradebooksAsync(int staffId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_gradebook_information");
        return ListAsync(operation, Values(("StaffID", staffId)), AeriesJsonContext.Default.Gradebook, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_gradebook_information_schools_school_code_sections_section_number_gradebooks")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<Gradebook>> GetSectionGradebooksAsync(int schoolCode, int sectionNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_gradebook_information_schools_school_code_sections_section_number_gradebooks");
        return ListAsync(operation, Values(("SchoolCode", schoolCode), ("SectionNumber", sectionNumber)), AeriesJsonContext.Default.Gradebook, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_gradebook_information_gradebooks_gradebook_number")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public Task<Gradebook> GetGradebookAsync(int gradebookNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_gradebook_information_gradebooks_gradebook_number");
        return GetAsync(operation, Values(("GradebookNumber", gradebookNumber)), AeriesJsonContext.Default.Gradebook, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_assignment_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<Assignment>> GetAssignmentsAsync(int gradebookNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_assignment_information");
        return ListAsync(operation, Values(("GradebookNumber", gradebookNumber)), AeriesJsonContext.Default.Assignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_assignment_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public Task<Assignment> GetAssignmentAsync(int gradebookNumber, int assignmentNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_assignment_information");
        return GetAsync(operation, Values(("GradebookNumber", gradebookNumber), ("AssignmentNumber", assignmentNumber)), AeriesJsonContext.Default.Assignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_assignment_information_assignments_unique_id")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public Task<Assignment> GetAssignmentByUniqueIdAsync(string uniqueId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_assignment_information_assignments_unique_id");
        return GetAsync(operation, Values(("UniqueID", uniqueId)), AeriesJsonContext.Default.Assignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_final_mark_ranges")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<FinalMark>> GetFinalMarkRangesAsync(int gradebookNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_final_mark_ranges");
        return ListAsync(operation, Values(("GradebookNumber", gradebookNumber)), AeriesJsonContext.Default.FinalMark, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_gradebook_student_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public Task<IReadOnlyList<GradebookStudent>> GetGradebookStudentsAsync(int gradebookNumber, string gradebookTerm, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_gradebook_student_information");
        return ListAsync(operation, Values(("GradebookNumber", gradebookNumber), ("GradebookTerm", gradebookTerm)), AeriesJsonContext.Default.GradebookStudent, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_gradebook_student_information")]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public Task<GradebookStudent> GetGradebookStudentAsync(int gradebookNumber, string gradebookTerm, int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_gradebook_student_information");
        return GetAsync(operation, Values(("GradebookNumber", gradebookNumber), ("GradebookTerm", gradebookTerm), ("StudentID", studentId)), AeriesJsonContext.Default.GradebookStudent, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_assignment_scores")]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    public Task<IReadOnlyList<AssignmentScore>> GetAssignmentScoresAsync(int gradebookNumber, int assignmentNumber, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_assignment_scores");
        return ListAsync(operation, Values(("GradebookNumber", gradebookNumber), ("AssignmentNumber", assignmentNumber)), AeriesJsonContext.Default.AssignmentScore, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_assignment_scores")]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    public Task<AssignmentScore> GetAssignmentScoreAsync(int gradebookNumber, int assignmentNumber, int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_assignment_scores");
        return GetAsync(operation, Values(("GradebookNumber", gradebookNumber), ("AssignmentNumber", assignmentNumber), ("StudentID", studentId)), AeriesJsonContext.Default.AssignmentScore, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_assignment_scores_assignments_unique_id_scores_student_id")]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    public Task<IReadOnlyList<AssignmentScore>> GetAssignmentScoresByUniqueIdAsync(string uniqueId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_assignment_scores_assignments_unique_id_scores_student_id");
        return ListAsync(operation, Values(("UniqueID", uniqueId)), AeriesJsonContext.Default.AssignmentScore, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("gradebook.get_assignment_scores_assignments_unique_id_scores_student_id")]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    public Task<AssignmentScore> GetAssignmentScoreByUniqueIdAsync(string uniqueId, int studentId, CancellationToken cancellationToken = default)
    {
        var operation = Operation("gradebook.get_assignment_scores_assignments_unique_id_scores_student_id");
        return GetAsync(operation, Values(("UniqueID", uniqueId), ("StudentID", studentId)), AeriesJsonContext.Default.AssignmentScore, cancellationToken);
    }
}
