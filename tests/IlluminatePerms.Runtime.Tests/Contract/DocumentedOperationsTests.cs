using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Contract;

/// <summary>
/// The contract against the documented operations, written here as data (method, path under api/v5,
/// Security Area as the articles spell it, access, operation id) so that the test does not read the
/// code it checks.
/// </summary>
public class DocumentedOperationsTests
{
    // Articles whose Security Area line the capture lost ("?"): the area the article states.
    private static readonly Dictionary<string, (string Area, AeriesAccess Access)> StatedElsewhere = new()
    {
        ["students.create_student_information_create"] = ("Student Data", AeriesAccess.Read | AeriesAccess.Insert),
        ["students.create_contacts_create"] = ("Contacts", AeriesAccess.Read | AeriesAccess.Insert),
        ["staff.create_staff_information_create"] = ("Staff Data", AeriesAccess.Insert),
        ["staff.update_staff_information_update"] = ("Staff Data", AeriesAccess.Update),
    };

    // Writes whose article names the area without a level: the contract infers it and says so.
    private static readonly Dictionary<string, AeriesAccess> InferredLevel = new()
    {
        ["scheduling.create_section_from_scheduling_master_schedule"] = AeriesAccess.Insert,
    };

    public static IEnumerable<object[]> Rows() => Documented.Select(row => new object[] { row.Id });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_documented_operation_is_in_the_contract_with_its_permission(string id)
    {
        var row = Documented.Single(r => r.Id == id);
        var operation = AeriesContract.Get(id == "students.get_update_test_scores" ? "students.update_test_scores" : id);

        // The capture lists UpdateScores as a GET; the article's POST payload makes it a POST.
        Assert.Equal(id == "students.get_update_test_scores" ? "POST" : row.Method, operation.Method);
        Assert.Equal(row.Path, operation.PathTemplate.Replace("?", string.Empty));

        var (area, access) = StatedElsewhere.TryGetValue(id, out var stated) ? stated : (row.Area, row.Access);
        if (InferredLevel.TryGetValue(id, out var inferred))
        {
            access = inferred;
            Assert.Equal(ContractSource.ArticleInferred, operation.Source);
        }

        if (area is null)
        {
            Assert.Null(operation.RequiredGrant);
            return;
        }

        // "Student Programs" is a screen group; the contract takes its first row, Special Programs.
        var expected = new Grant(area == "Student Programs" ? "Special Programs" : area, access);
        Assert.Equal(expected, operation.RequiredGrant);
    }

    [Fact]
    public void Only_the_documented_open_operations_need_no_permission()
    {
        var open = AeriesContract.All.Where(o => o.RequiredGrant is null).Select(o => o.ToString()).ToArray();
        Assert.Equal(
            new[] { "GET systeminfo", "GET schools/{SchoolCode?}", "GET schools/{SchoolCode}/terms", "GET codes/{Table}/{Field}" },
            open);
        Assert.False(AeriesContract.Get("system.get_aeries_installation_information").RequiresCertificate);
        Assert.All(AeriesContract.All.Where(o => o.Id != "system.get_aeries_installation_information"), o => Assert.True(o.RequiresCertificate, o.Id));
    }

    [Theory]
    [InlineData("staff.get_teachers", "GET", "schools/{SchoolCode}/teachers/{TeacherNumber?}", "Teacher Data", AeriesAccess.Read)]
    [InlineData("staff.get_staff_teachers", "GET", "staff/{StaffID}/teachers", "Teacher Data", AeriesAccess.Read)]
    [InlineData("students.get_student_authorizations", "GET", "schools/{SchoolCode}/students/{StudentID}/authorizations/{SequenceNumber?}", "Authorizations", AeriesAccess.Read)]
    [InlineData("students.create_student_authorization", "POST", "schools/{SchoolCode}/students/{StudentID}/authorizations", "Authorizations", AeriesAccess.Read | AeriesAccess.Insert)]
    [InlineData("students.delete_student_authorization", "DELETE", "schools/{SchoolCode}/students/{StudentID}/authorizations/{SequenceNumber}", "Authorizations", AeriesAccess.Read | AeriesAccess.Delete)]
    [InlineData("students.get_student_activities", "GET", "schools/{SchoolCode}/students/{StudentID}/activities/{SequenceNumber?}", "Activities and Awards", AeriesAccess.Read)]
    [InlineData("students.update_student_activity", "PUT", "schools/{SchoolCode}/students/{StudentID}/activities/{SequenceNumber}", "Activities and Awards", AeriesAccess.Update)]
    [InlineData("scheduling.get_student_course_requests", "GET", "schools/{SchoolCode}/students/{StudentID}/courserequests/{SequenceNumber?}", "Student Scheduling Schedules (Course Requests)", AeriesAccess.Read)]
    [InlineData("scheduling.delete_student_course_request", "DELETE", "schools/{SchoolCode}/students/{StudentID}/courserequests/{SequenceNumber}", "Student Scheduling Schedules (Course Requests)", AeriesAccess.Delete)]
    [InlineData("students.update_contact", "POST", "UpdateContact/{StudentID}/{SequenceNumber}", "Contacts", AeriesAccess.Read | AeriesAccess.Update)]
    [InlineData("students.delete_contact", "DELETE", "DeleteContact/{StudentID}/{SequenceNumber}", "Contacts", AeriesAccess.Delete)]
    [InlineData("scheduling.get_class_calendars", "GET", "schools/{SchoolCode}/classcalendars/{SequenceNumber?}", "Class Calendars", AeriesAccess.Read)]
    [InlineData("scheduling.get_flex_periods", "GET", "schools/{SchoolCode}/flexperiods/{SequenceNumber?}", "Flex Periods", AeriesAccess.Read)]
    [InlineData("scheduling.get_student_classes", "GET", "schools/{SchoolCode}/classes/{StudentID?}", "Class Schedules/History", AeriesAccess.Read)]
    public void Operations_the_table_lacks_follow_their_articles(string id, string method, string path, string area, AeriesAccess access)
    {
        var operation = AeriesContract.Get(id);
        Assert.Equal(method, operation.Method);
        Assert.Equal(path, operation.PathTemplate);
        Assert.Equal(new Grant(area, access), operation.RequiredGrant);
    }

    [Theory]
    [InlineData("gradebook.create_inserting_a_new_assignment", AeriesResponseKind.Array, 201)]
    [InlineData("gradebook.create_updating_assignment_scores", AeriesResponseKind.Array, 200)]
    [InlineData("gradebook.get_gradebook_information_gradebooks_gradebook_number", AeriesResponseKind.Object, 200)]
    [InlineData("staff.get_teachers", AeriesResponseKind.Object, 200)]
    [InlineData("students.get_student_information", AeriesResponseKind.Array, 200)]
    [InlineData("students.create_student_information_create", AeriesResponseKind.Object, 201)]
    [InlineData("students.create_student_information_update", AeriesResponseKind.Array, 200)]
    [InlineData("students.create_update_address", AeriesResponseKind.Array, 200)]
    [InlineData("students.get_student_information_extended", AeriesResponseKind.Array, 200)]
    [InlineData("students.get_student_data_changes", AeriesResponseKind.Array, 200)]
    [InlineData("students.create_contacts_create", AeriesResponseKind.Object, 201)]
    [InlineData("students.update_contact", AeriesResponseKind.Object, 200)]
    [InlineData("students.delete_contact", AeriesResponseKind.Array, 200)]
    [InlineData("students.update_test_scores", AeriesResponseKind.Array, 200)]
    [InlineData("students.get_student_activities", AeriesResponseKind.Object, 200)]
    [InlineData("system.get_aeries_installation_information", AeriesResponseKind.Object, 200)]
    [InlineData("scheduling.delete_student_course_request", AeriesResponseKind.Empty, 204)]
    [InlineData("staff.create_staff_information_create", AeriesResponseKind.Object, 201)]
    public void Answers_have_the_documented_kind_and_status(string id, AeriesResponseKind kind, int status)
    {
        var operation = AeriesContract.Get(id);
        Assert.Equal(kind, operation.ResponseKind);
        Assert.Equal(status, operation.SuccessStatus);
    }

    [Fact]
    public void Paging_is_where_the_articles_document_it()
    {
        var paged = AeriesContract.All.Where(o => o.Pages).Select(o => o.Id).OrderBy(id => id).ToArray();
        Assert.Equal(
            new[]
            {
                "grades.get_student_gp_as",
                "grades.get_student_graduation_status_summary",
                "grades.get_student_graduation_status_summary_grade_grade_level",
                "students.get_student_information",
                "students.get_student_information_extended",
                "students.get_student_information_extended_grade_grade_level_extended",
                "students.get_student_information_grade_grade_level",
                "students.get_student_picture",
            },
            paged);
    }

    [Fact]
    public void The_Gradebook_and_Student_Grades_writes_say_their_status_is_not_stated()
    {
        // Those articles state no status for any write; the Scheduling article states 201/200/204 for course requests.
        var unstated = AeriesContract.All
            .Where(o => o.Method != "GET" && o.Article is "Gradebook-related end points" or "Student Grades-related end points")
            .ToArray();
        Assert.NotEmpty(unstated);
        Assert.All(unstated, o => Assert.False(o.SuccessStatusStated, $"{o} states no status in its article."));
        Assert.True(AeriesContract.Get("scheduling.create_student_course_request").SuccessStatusStated);
        Assert.Equal(201, AeriesContract.Get("gradebook.create_inserting_a_new_assignment").SuccessStatus);
    }

    [Fact]
    public void Zero_asks_for_every_student_where_the_path_cannot_leave_it_out()
    {
        var programs = AeriesContract.Get("students.get_programs");
        Assert.True(programs.ZeroMeansAll);
        Assert.Equal("StudentID", programs.AllRecordsParameter);
        Assert.Null(programs.OptionalParameter);
        Assert.Equal(new[] { "Special Programs", "Special Education", "Free and Reduced", "GATE" }, programs.RowAreas.Select(a => a.Name));
        Assert.True(AeriesContract.Get("attendance.get_student_enrollment_history_year_academic_year").ZeroMeansAll);
        Assert.False(AeriesContract.Get("students.get_student_information").ZeroMeansAll);

        // Student Information Extended: StudentID is required in the path, and 0 asks for every student of the school.
        var extended = AeriesContract.Get("students.get_student_information_extended");
        Assert.True(extended.ZeroMeansAll);
        Assert.Equal("StudentID", extended.AllRecordsParameter);
        Assert.Null(extended.OptionalParameter);
        Assert.Equal(AeriesResponseKind.Array, extended.ResponseKindForAll);
    }

    [Fact]
    public void Commands_that_change_data_are_marked_and_never_probes()
    {
        var sideEffects = AeriesContract.All.Where(o => o.HasSideEffects).Select(o => o.Id).ToArray();
        Assert.Equal(new[] { "pre_enrollment.pre_enroll_student", "pre_enrollment.pre_enroll_inactive_student" }, sideEffects);
        Assert.DoesNotContain(AreaCatalog.All, area => AeriesContract.ProbeFor(area) is { HasSideEffects: true });
    }

    [Fact]
    public void Every_probe_is_a_plain_read_of_its_own_area()
    {
        foreach (var area in AreaCatalog.All.Where(a => AeriesContract.ProbeFor(a) is not null))
        {
            var probe = AeriesContract.ProbeFor(area)!;
            Assert.True(probe.IsReadOf(area), $"{area.Name}: {probe}");
            Assert.False(probe.ReturnsWholeSchool, $"{area.Name} is probed by reading a whole school: {probe}");
        }
    }

    [Fact]
    public void Ids_and_routes_are_unique()
    {
        Assert.Equal(AeriesContract.All.Count, AeriesContract.All.Select(o => o.Id).Distinct().Count());
        Assert.Equal(AeriesContract.All.Count, AeriesContract.All.Select(o => o.ToString().Replace("?", string.Empty)).Distinct().Count());
    }

    [Fact]
    public void Every_operation_names_its_article()
    {
        Assert.All(AeriesContract.All, o => Assert.EndsWith(o.Article.Contains("end points") ? "end points" : o.Article, o.Article));
        Assert.All(AeriesContract.All.Where(o => o.Source != ContractSource.Article), o => Assert.False(string.IsNullOrEmpty(o.Note) && o.Source == ContractSource.PublicClient, o.Id));
    }

    private sealed record DocumentedRow(string Method, string Path, string? Area, AeriesAccess Access, string Id);

    // From Aeries' endpoint articles, as captured (79 operations).
    private static readonly DocumentedRow[] Documented =
    {
        new DocumentedRow("GET", "systeminfo", null, AeriesAccess.None, "system.get_aeries_installation_information"),
        new DocumentedRow("GET", "schools/{SchoolCode}", null, AeriesAccess.None, "schools.get_school_information"),
        new DocumentedRow("GET", "schools/{SchoolCode}/terms", null, AeriesAccess.None, "schools.get_school_terms"),
        new DocumentedRow("GET", "schools/{SchoolCode}/calendar", "Calendar", AeriesAccess.Read, "schools.get_school_calendar"),
        new DocumentedRow("GET", "schools/{SchoolCode}/BellSchedule", "Bell Schedule", AeriesAccess.Read, "schools.get_bell_schedule"),
        new DocumentedRow("GET", "schools/{SchoolCode}/BellSchedule/date/{Date}", "Bell Schedule", AeriesAccess.Read, "schools.get_bell_schedule_date_date"),
        new DocumentedRow("GET", "schools/{SchoolCode}/AbsenceCodes/{AbsenceCode}", "Absence Code Table", AeriesAccess.Read, "schools.get_absence_codes"),
        new DocumentedRow("GET", "codes/{Table}/{Field}", null, AeriesAccess.None, "schools.get_code_sets"),
        new DocumentedRow("GET", "commands/preenrollstudent/{StudentID}", "Trigger Student Pre-Enrollment", AeriesAccess.Insert, "pre_enrollment.pre_enroll_student"),
        new DocumentedRow("GET", "PreEnrollInactiveStudent/{StudentID}/{NextSchoolCode}", "Student Data", AeriesAccess.Update, "pre_enrollment.pre_enroll_inactive_student"),
        new DocumentedRow("GET", "schools/{SchoolCode}/students/{StudentID}", "Student Data", AeriesAccess.Read, "students.get_student_information"),
        new DocumentedRow("GET", "schools/{SchoolCode}/students/grade/{GradeLevel}", "Student Data", AeriesAccess.Read, "students.get_student_information_grade_grade_level"),
        new DocumentedRow("GET", "schools/{SchoolCode}/students/sn/{StudentNumber}", "Student Data", AeriesAccess.Read, "students.get_student_information_sn_student_number"),
        new DocumentedRow("POST", "schools/{SchoolCode}/InsertStudent", "?", AeriesAccess.None, "students.create_student_information_create"),
        new DocumentedRow("POST", "UpdateStudent/{StudentID}", "Student Data", AeriesAccess.Read | AeriesAccess.Update, "students.create_student_information_update"),
        new DocumentedRow("POST", "UpdateStudentAddress/{StudentID}", "Student Data", AeriesAccess.Read | AeriesAccess.Update, "students.create_update_address"),
        new DocumentedRow("GET", "schools/{SchoolCode}/students/{StudentID}/extended", "Student Data", AeriesAccess.Read, "students.get_student_information_extended"),
        new DocumentedRow("GET", "schools/{SchoolCode}/students/grade/{GradeLevel}/extended", "Student Data", AeriesAccess.Read, "students.get_student_information_extended_grade_grade_level_extended"),
        new DocumentedRow("GET", "schools/{SchoolCode}/students/sn/{StudentNumber}/extended", "Student Data", AeriesAccess.Read, "students.get_student_information_extended_sn_student_number_extended"),
        new DocumentedRow("GET", "StudentDataChanges/{DataArea}/{year}/{month}/{day}/{hour}/{minute}", "Student Data", AeriesAccess.Read, "students.get_student_data_changes"),
        new DocumentedRow("GET", "schools/{SchoolCode}/contacts/{StudentID}", "Contacts", AeriesAccess.Read, "students.get_contacts"),
        new DocumentedRow("POST", "InsertContact/{StudentID}", "?", AeriesAccess.None, "students.create_contacts_create"),
        new DocumentedRow("GET", "schools/{SchoolCode}/students/{StudentID}/programs", "Student Programs", AeriesAccess.Read, "students.get_programs"),
        new DocumentedRow("GET", "students/{StudentID}/tests", "Test Scores", AeriesAccess.Read, "students.get_test_scores"),
        new DocumentedRow("GET", "testing/UpdateScores", "Test Scores", AeriesAccess.Update, "students.get_update_test_scores"),
        new DocumentedRow("GET", "schools/{SchoolCode}/CollegeTestScores/{StudentID}", "College Entrance Tests", AeriesAccess.Read, "students.get_college_entrance_test_scores"),
        new DocumentedRow("GET", "schools/{SchoolCode}/AssertiveDiscipline/{StudentID}", "Assertive Discipline", AeriesAccess.Read, "students.get_assertive_discipline"),
        new DocumentedRow("GET", "schools/{SchoolCode}/Discipline/{StudentID}", "Discipline", AeriesAccess.Read, "students.get_discipline"),
        new DocumentedRow("GET", "schools/{SchoolCode}/DistrictSupplemental/{StudentID}", "District Supplemental Data", AeriesAccess.Read, "students.get_district_supplemental_student_data"),
        new DocumentedRow("GET", "schools/{SchoolCode}/SchoolSupplemental/{StudentID}", "Supplemental Data", AeriesAccess.Read, "students.get_school_supplemental_student_data"),
        new DocumentedRow("GET", "schools/{SchoolCode}/fees/{StudentID}", "Fees and Fines", AeriesAccess.Read, "students.get_fees_and_fines"),
        new DocumentedRow("GET", "schools/{SchoolCode}/StudentPictures/{StudentID}", "Student Pictures", AeriesAccess.Read, "students.get_student_picture"),
        new DocumentedRow("GET", "schools/{SchoolCode}/StudentGroups", "Student Groups", AeriesAccess.Read, "students.get_student_groups"),
        new DocumentedRow("GET", "schools/{SchoolCode}/gpas/{StudentID}", "Student Data", AeriesAccess.Read, "grades.get_student_gp_as"),
        new DocumentedRow("GET", "schools/{SchoolCode}/Grades", "Grades", AeriesAccess.Read, "grades.get_student_grades"),
        new DocumentedRow("GET", "schools/{SchoolCode}/ReportCard/{StudentID}", "Grades", AeriesAccess.Read, "grades.get_student_report_cards"),
        new DocumentedRow("GET", "schools/{SchoolCode}/ReportCardMarkingPeriods", "Grades", AeriesAccess.Read, "grades.get_school_report_card_marking_periods"),
        new DocumentedRow("GET", "schools/{SchoolCode}/GraduationRequirements", "Graduation Requirements", AeriesAccess.Read, "grades.get_school_graduation_requirements"),
        new DocumentedRow("GET", "schools/{SchoolCode}/GraduationStatusSummary/{StudentID}", "Graduation Status", AeriesAccess.Read, "grades.get_student_graduation_status_summary"),
        new DocumentedRow("GET", "schools/{SchoolCode}/GraduationStatusSummary/grade/{GradeLevel}", "Graduation Status", AeriesAccess.Read, "grades.get_student_graduation_status_summary_grade_grade_level"),
        new DocumentedRow("GET", "schools/{SchoolCode}/Transcript/{StudentID}", "Transcripts", AeriesAccess.Read, "grades.get_student_transcripts"),
        new DocumentedRow("GET", "schools/{SchoolCode}/validmarks", "Grade Reporting: Valid Marks", AeriesAccess.Read, "grades.get_valid_marks"),
        new DocumentedRow("GET", "enrollment/{StudentID}", "Enrollment History", AeriesAccess.Read, "attendance.get_student_enrollment_history"),
        new DocumentedRow("GET", "enrollment/{StudentID}/year/{AcademicYear}", "Enrollment History", AeriesAccess.Read, "attendance.get_student_enrollment_history_year_academic_year"),
        new DocumentedRow("GET", "schools/{SchoolCode}/enrollment/{StudentID}", "Enrollment History", AeriesAccess.Read, "attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id"),
        new DocumentedRow("GET", "schools/{SchoolCode}/enrollment/{StudentID}/year/{AcademicYear}", "Enrollment History", AeriesAccess.Read, "attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id_year_academic_year"),
        new DocumentedRow("GET", "schools/{SchoolCode}/attendance/{StudentID}", "Attendance", AeriesAccess.Read, "attendance.get_student_attendance"),
        new DocumentedRow("GET", "schools/{SchoolCode}/AttendanceHistory/summary/{StudentID}", "Attendance History", AeriesAccess.Read, "attendance.get_attendance_history_summary"),
        new DocumentedRow("GET", "schools/{SchoolCode}/AttendanceHistory/summary/year/{year}", "Attendance History", AeriesAccess.Read, "attendance.get_attendance_history_summary_year_year"),
        new DocumentedRow("GET", "schools/{SchoolCode}/AttendanceHistory/details/{StudentID}", "Attendance History", AeriesAccess.Read, "attendance.get_attendance_history_details"),
        new DocumentedRow("GET", "schools/{SchoolCode}/AttendanceHistory/details/year/{year}", "Attendance History", AeriesAccess.Read, "attendance.get_attendance_history_details_year_year"),
        new DocumentedRow("GET", "schools/{SchoolCode}/AttendanceHistory/AbsenceCodes", "Attendance History", AeriesAccess.Read, "attendance.get_attendance_history_attendance_codes"),
        new DocumentedRow("GET", "schools/{SchoolCode}/AttendanceHistory/AbsenceCodes/year/{year}", "Attendance History", AeriesAccess.Read, "attendance.get_attendance_history_attendance_codes_year_year"),
        new DocumentedRow("GET", "staff/{StaffID}", "Staff Data", AeriesAccess.Read, "staff.get_staff_information"),
        new DocumentedRow("POST", "staff", "?", AeriesAccess.None, "staff.create_staff_information_create"),
        new DocumentedRow("PUT", "staff/{StaffID}", "?", AeriesAccess.None, "staff.update_staff_information_update"),
        new DocumentedRow("GET", "courses/{CourseID}", "Course Data", AeriesAccess.Read, "scheduling.get_course_information"),
        new DocumentedRow("GET", "CourseDataChanges/{year}/{month}/{day}/{hour}/{minute}", "Course Data", AeriesAccess.Read, "scheduling.get_course_data_changes"),
        new DocumentedRow("GET", "schools/{SchoolCode}/sections/{SectionNumber}", "Master Schedule", AeriesAccess.Read, "scheduling.get_sections_from_master_schedule"),
        new DocumentedRow("GET", "SectionDataChanges/{year}/{month}/{day}/{hour}/{minute}", "Master Schedule", AeriesAccess.Read, "scheduling.get_section_data_changes_from_master_schedule"),
        new DocumentedRow("GET", "staff/{StaffID}/classes", "Master Schedule", AeriesAccess.Read, "scheduling.get_staff_classes_sections"),
        new DocumentedRow("GET", "schools/{SchoolCode}/sections/{SectionNumber}/students", "Class Schedules/History", AeriesAccess.Read, "scheduling.get_section_class_roster"),
        new DocumentedRow("GET", "SectionRosterDataChanges/{year}/{month}/{day}/{hour}/{minute}", "Class Schedules/History", AeriesAccess.Read, "scheduling.get_section_class_roster_data_changes"),
        new DocumentedRow("GET", "schools/{SchoolCode}/scheduling/sections/{SectionNumber}", "Scheduling Master Schedule", AeriesAccess.Read, "scheduling.get_section_from_scheduling_master_schedule"),
        new DocumentedRow("POST", "schools/{SchoolCode}/scheduling/sections", "Scheduling Master Schedule", AeriesAccess.Read, "scheduling.create_section_from_scheduling_master_schedule"),
        new DocumentedRow("GET", "staff/{StaffID}/gradebooks", "Gradebook Data", AeriesAccess.Read, "gradebook.get_gradebook_information"),
        new DocumentedRow("GET", "schools/{SchoolCode}/sections/{SectionNumber}/gradebooks", "Gradebook Data", AeriesAccess.Read, "gradebook.get_gradebook_information_schools_school_code_sections_section_number_gradebooks"),
        new DocumentedRow("GET", "gradebooks/{GradebookNumber}", "Gradebook Data", AeriesAccess.Read, "gradebook.get_gradebook_information_gradebooks_gradebook_number"),
        new DocumentedRow("GET", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}", "Gradebook Data", AeriesAccess.Read, "gradebook.get_assignment_information"),
        new DocumentedRow("GET", "gradebooks/Assignments/{UniqueID}", "Gradebook Data", AeriesAccess.Read, "gradebook.get_assignment_information_assignments_unique_id"),
        new DocumentedRow("PUT", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}", "Gradebook Data", AeriesAccess.Update, "gradebook.update_updating_assignment_information"),
        new DocumentedRow("PUT", "gradebooks/Assignments/{UniqueID}", "Gradebook Data", AeriesAccess.Update, "gradebook.update_updating_assignment_information_assignments_unique_id"),
        new DocumentedRow("POST", "gradebooks/{GradebookNumber}/Assignments", "Gradebook Data", AeriesAccess.Update, "gradebook.create_inserting_a_new_assignment"),
        new DocumentedRow("GET", "gradebooks/{GradebookNumber}/FinalMarks", "Gradebook Data", AeriesAccess.Read, "gradebook.get_final_mark_ranges"),
        new DocumentedRow("GET", "gradebooks/{GradebookNumber}/{GradebookTerm}/students/{StudentID}", "Gradebook Data", AeriesAccess.Read, "gradebook.get_gradebook_student_information"),
        new DocumentedRow("GET", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/scores/{StudentID}", "Gradebook Scores", AeriesAccess.Read, "gradebook.get_assignment_scores"),
        new DocumentedRow("GET", "gradebooks/assignments/{UniqueID}/scores/{StudentID}", "Gradebook Scores", AeriesAccess.Read, "gradebook.get_assignment_scores_assignments_unique_id_scores_student_id"),
        new DocumentedRow("POST", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/Scores", "Gradebook Scores", AeriesAccess.Update, "gradebook.create_updating_assignment_scores"),
        new DocumentedRow("POST", "gradebooks/assignments/{UniqueID}/Scores", "Gradebook Scores", AeriesAccess.Update, "gradebook.create_updating_assignment_scores_assignments_unique_id_scores"),    };
}
