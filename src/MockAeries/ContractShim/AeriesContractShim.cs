// TEMPORARY stand-in for src/Runtime/Contract (the lead's AeriesContract), generated from
// ../shared/aeries/endpoints.tsv so the mock can be built before the contract lands. Deleted at the merge.
using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Contract;

internal enum AeriesResponseKind { Object, Array, Empty }

internal sealed class AeriesOperation
{
    public AeriesOperation(string id, string method, string template, Grant? grant, bool requiresCertificate, AeriesResponseKind kind, int status, bool pages)
    {
        Id = id; Method = method; PathTemplate = template; RequiredGrant = grant; RequiresCertificate = requiresCertificate; ResponseKind = kind; SuccessStatus = status; Pages = pages;
        Parameters = template.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}', '?')).ToArray();
    }

    public string Id { get; }
    public string Method { get; }
    public string PathTemplate { get; }
    public IReadOnlyList<string> Parameters { get; }
    public Grant? RequiredGrant { get; }
    public bool RequiresCertificate { get; }
    public AeriesResponseKind ResponseKind { get; }
    public int SuccessStatus { get; }
    public bool Pages { get; }
    public bool TakesDatabaseYear => true;
    public string Source => "endpoints.tsv";

    public string Expand(IReadOnlyDictionary<string, string> values)
        => string.Join("/", PathTemplate.Split('/').Select(s => s.StartsWith('{') ? (values.TryGetValue(s.Trim('{', '}', '?'), out var v) ? Uri.EscapeDataString(v) : null) : s).Where(s => s is not null));
}

internal static class AeriesContract
{
    private static Grant G(string area, AeriesAccess access) => new(area, access);

    public static IReadOnlyList<AeriesOperation> All { get; } = new AeriesOperation[]
    {
        new("system.get_aeries_installation_information", "GET", "systeminfo", null, false, AeriesResponseKind.Object, 200, false),
        new("schools.get_school_information", "GET", "schools/{SchoolCode?}", null, true, AeriesResponseKind.Object, 200, false),
        new("schools.get_school_terms", "GET", "schools/{SchoolCode}/terms", null, true, AeriesResponseKind.Array, 200, false),
        new("schools.get_school_calendar", "GET", "schools/{SchoolCode}/calendar", G("Calendar", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("schools.get_bell_schedule", "GET", "schools/{SchoolCode}/BellSchedule", G("Bell Schedule", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("schools.get_bell_schedule_date_date", "GET", "schools/{SchoolCode}/BellSchedule/date/{Date}", G("Bell Schedule", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("schools.get_absence_codes", "GET", "schools/{SchoolCode}/AbsenceCodes/{AbsenceCode?}", G("Absence Code Table", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("schools.get_code_sets", "GET", "codes/{Table}/{Field}", null, true, AeriesResponseKind.Object, 200, false),
        new("pre_enrollment.pre_enroll_student", "GET", "commands/preenrollstudent/{StudentID}", G("Trigger Student Pre-Enrollment", AeriesAccess.Insert), true, AeriesResponseKind.Object, 200, false),
        new("pre_enrollment.pre_enroll_inactive_student", "GET", "PreEnrollInactiveStudent/{StudentID}/{NextSchoolCode}", G("Student Data", AeriesAccess.Update), true, AeriesResponseKind.Object, 200, false),
        new("students.get_student_information", "GET", "schools/{SchoolCode}/students/{StudentID?}", G("Student Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, true),
        new("students.get_student_information_grade_grade_level", "GET", "schools/{SchoolCode}/students/grade/{GradeLevel}", G("Student Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_student_information_sn_student_number", "GET", "schools/{SchoolCode}/students/sn/{StudentNumber}", G("Student Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.create_student_information_create", "POST", "schools/{SchoolCode}/InsertStudent", G("Student Data", AeriesAccess.Insert), true, AeriesResponseKind.Object, 200, false),
        new("students.create_student_information_update", "POST", "UpdateStudent/{StudentID}", G("Student Data", AeriesAccess.Update), true, AeriesResponseKind.Object, 200, false),
        new("students.create_update_address", "POST", "UpdateStudentAddress/{StudentID}", G("Student Data", AeriesAccess.Update), true, AeriesResponseKind.Object, 200, false),
        new("students.get_student_information_extended", "GET", "schools/{SchoolCode}/students/{StudentID}/extended", G("Student Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_student_information_extended_grade_grade_level_extended", "GET", "schools/{SchoolCode}/students/grade/{GradeLevel}/extended", G("Student Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_student_information_extended_sn_student_number_extended", "GET", "schools/{SchoolCode}/students/sn/{StudentNumber}/extended", G("Student Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_student_data_changes", "GET", "StudentDataChanges/{DataArea}/{year}/{month}/{day}/{hour}/{minute}", G("Student Data", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("students.get_contacts", "GET", "schools/{SchoolCode}/contacts/{StudentID?}", G("Contacts", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, true),
        new("students.create_contacts_create", "POST", "InsertContact/{StudentID}", G("Contacts", AeriesAccess.Insert), true, AeriesResponseKind.Object, 200, false),
        new("students.get_programs", "GET", "schools/{SchoolCode}/students/{StudentID}/programs", G("Special Programs", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_test_scores", "GET", "students/{StudentID}/tests", G("Test Scores", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_update_test_scores", "GET", "testing/UpdateScores", G("Test Scores", AeriesAccess.Update), true, AeriesResponseKind.Object, 200, false),
        new("students.get_college_entrance_test_scores", "GET", "schools/{SchoolCode}/CollegeTestScores/{StudentID?}", G("College Entrance Tests", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("students.get_assertive_discipline", "GET", "schools/{SchoolCode}/AssertiveDiscipline/{StudentID?}", G("Assertive Discipline", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_discipline", "GET", "schools/{SchoolCode}/Discipline/{StudentID?}", G("Assertive Discipline", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_district_supplemental_student_data", "GET", "schools/{SchoolCode}/DistrictSupplemental/{StudentID?}", G("District Supplemental Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_school_supplemental_student_data", "GET", "schools/{SchoolCode}/SchoolSupplemental/{StudentID?}", G("Supplemental Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_fees_and_fines", "GET", "schools/{SchoolCode}/fees/{StudentID?}", G("Fees and Fines", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_student_picture", "GET", "schools/{SchoolCode}/StudentPictures/{StudentID?}", G("Student Pictures", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("students.get_student_groups", "GET", "schools/{SchoolCode}/StudentGroups", G("Student Groups", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("grades.get_student_gp_as", "GET", "schools/{SchoolCode}/gpas/{StudentID?}", G("Student Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("grades.get_student_grades", "GET", "schools/{SchoolCode}/Grades", G("Grades", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("grades.get_student_report_cards", "GET", "schools/{SchoolCode}/ReportCard/{StudentID?}", G("Grades", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("grades.get_school_report_card_marking_periods", "GET", "schools/{SchoolCode}/ReportCardMarkingPeriods", G("Grades", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("grades.get_school_graduation_requirements", "GET", "schools/{SchoolCode}/GraduationRequirements", G("Graduation Requirements", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("grades.get_student_graduation_status_summary", "GET", "schools/{SchoolCode}/GraduationStatusSummary/{StudentID?}", G("Graduation Status", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("grades.get_student_graduation_status_summary_grade_grade_level", "GET", "schools/{SchoolCode}/GraduationStatusSummary/grade/{GradeLevel}", G("Graduation Status", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("grades.get_student_transcripts", "GET", "schools/{SchoolCode}/Transcript/{StudentID?}", G("Transcripts", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("grades.get_valid_marks", "GET", "schools/{SchoolCode}/validmarks", G("Grades", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_student_enrollment_history", "GET", "enrollment/{StudentID}", G("Enrollment History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_student_enrollment_history_year_academic_year", "GET", "enrollment/{StudentID}/year/{AcademicYear}", G("Enrollment History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id", "GET", "schools/{SchoolCode}/enrollment/{StudentID?}", G("Enrollment History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id_year_academic_year", "GET", "schools/{SchoolCode}/enrollment/{StudentID}/year/{AcademicYear}", G("Enrollment History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_student_attendance", "GET", "schools/{SchoolCode}/attendance/{StudentID?}", G("Attendance", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("attendance.get_attendance_history_summary", "GET", "schools/{SchoolCode}/AttendanceHistory/summary/{StudentID?}", G("Attendance History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_attendance_history_summary_year_year", "GET", "schools/{SchoolCode}/AttendanceHistory/summary/year/{year}", G("Attendance History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_attendance_history_details", "GET", "schools/{SchoolCode}/AttendanceHistory/details/{StudentID?}", G("Attendance History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_attendance_history_details_year_year", "GET", "schools/{SchoolCode}/AttendanceHistory/details/year/{year}", G("Attendance History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_attendance_history_attendance_codes", "GET", "schools/{SchoolCode}/AttendanceHistory/AbsenceCodes", G("Attendance History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("attendance.get_attendance_history_attendance_codes_year_year", "GET", "schools/{SchoolCode}/AttendanceHistory/AbsenceCodes/year/{year}", G("Attendance History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("staff.get_staff_information", "GET", "staff/{StaffID?}", G("Staff Data", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("staff.create_staff_information_create", "POST", "staff", G("Staff Data", AeriesAccess.Insert), true, AeriesResponseKind.Object, 200, false),
        new("staff.update_staff_information_update", "PUT", "staff/{StaffID?}", G("Staff Data", AeriesAccess.Update), true, AeriesResponseKind.Object, 200, false),
        new("scheduling.get_course_information", "GET", "courses/{CourseID?}", G("Course Data", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("scheduling.get_course_data_changes", "GET", "CourseDataChanges/{year}/{month}/{day}/{hour}/{minute}", G("Course Data", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("scheduling.get_sections_from_master_schedule", "GET", "schools/{SchoolCode}/sections/{SectionNumber?}", G("Master Schedule", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("scheduling.get_section_data_changes_from_master_schedule", "GET", "SectionDataChanges/{year}/{month}/{day}/{hour}/{minute}", G("Master Schedule", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("scheduling.get_staff_classes_sections", "GET", "staff/{StaffID}/classes", G("Master Schedule", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("scheduling.get_section_class_roster", "GET", "schools/{SchoolCode}/sections/{SectionNumber}/students", G("Class Schedules/History", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("scheduling.get_section_class_roster_data_changes", "GET", "SectionRosterDataChanges/{year}/{month}/{day}/{hour}/{minute}", G("Class Schedules/History", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("scheduling.get_section_from_scheduling_master_schedule", "GET", "schools/{SchoolCode}/scheduling/sections/{SectionNumber?}", G("Schedule Master Schedule", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("scheduling.create_section_from_scheduling_master_schedule", "POST", "schools/{SchoolCode}/scheduling/sections", G("Schedule Master Schedule", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("gradebook.get_gradebook_information", "GET", "staff/{StaffID}/gradebooks", G("Gradebook Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("gradebook.get_gradebook_information_schools_school_code_sections_section_number_gradebooks", "GET", "schools/{SchoolCode}/sections/{SectionNumber}/gradebooks", G("Gradebook Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("gradebook.get_gradebook_information_gradebooks_gradebook_number", "GET", "gradebooks/{GradebookNumber}", G("Gradebook Data", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("gradebook.get_assignment_information", "GET", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber?}", G("Gradebook Data", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("gradebook.get_assignment_information_assignments_unique_id", "GET", "gradebooks/Assignments/{UniqueID}", G("Gradebook Data", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("gradebook.update_updating_assignment_information", "PUT", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber?}", G("Gradebook Data", AeriesAccess.Update), true, AeriesResponseKind.Object, 200, false),
        new("gradebook.update_updating_assignment_information_assignments_unique_id", "PUT", "gradebooks/Assignments/{UniqueID}", G("Gradebook Data", AeriesAccess.Update), true, AeriesResponseKind.Object, 200, false),
        new("gradebook.create_inserting_a_new_assignment", "POST", "gradebooks/{GradebookNumber}/Assignments", G("Gradebook Data", AeriesAccess.Update), true, AeriesResponseKind.Array, 201, false),
        new("gradebook.get_final_mark_ranges", "GET", "gradebooks/{GradebookNumber}/FinalMarks", G("Gradebook Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("gradebook.get_gradebook_student_information", "GET", "gradebooks/{GradebookNumber}/{GradebookTerm}/students/{StudentID}", G("Gradebook Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("gradebook.get_assignment_scores", "GET", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/scores/{StudentID?}", G("Gradebook Scores", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("gradebook.get_assignment_scores_assignments_unique_id_scores_student_id", "GET", "gradebooks/assignments/{UniqueID}/scores/{StudentID?}", G("Gradebook Scores", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("gradebook.create_updating_assignment_scores", "POST", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/Scores", G("Gradebook Scores", AeriesAccess.Update), true, AeriesResponseKind.Array, 200, false),
        new("gradebook.create_updating_assignment_scores_assignments_unique_id_scores", "POST", "gradebooks/assignments/{UniqueID}/Scores", G("Gradebook Scores", AeriesAccess.Update), true, AeriesResponseKind.Array, 200, false),
        new("staff.get_teachers", "GET", "schools/{SchoolCode}/teachers/{TeacherNumber?}", G("Teacher Data", AeriesAccess.Read), true, AeriesResponseKind.Object, 200, false),
        new("staff.get_staff_teachers", "GET", "staff/{StaffID}/teachers", G("Teacher Data", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_authorizations", "GET", "schools/{SchoolCode}/students/{StudentID}/authorizations", G("Authorizations", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.get_activities", "GET", "schools/{SchoolCode}/students/{StudentID}/activities", G("Activities and Awards", AeriesAccess.Read), true, AeriesResponseKind.Array, 200, false),
        new("students.update_contacts", "PUT", "schools/{SchoolCode}/contacts/{StudentID}/{SequenceNumber}", G("Contacts", AeriesAccess.Update), true, AeriesResponseKind.Object, 200, false),
        new("students.delete_contacts", "DELETE", "schools/{SchoolCode}/contacts/{StudentID}/{SequenceNumber}", G("Contacts", AeriesAccess.Delete), true, AeriesResponseKind.Empty, 204, false),
    };

    public static AeriesOperation Get(string id) => All.FirstOrDefault(o => o.Id == id) ?? throw new KeyNotFoundException(id);
}
