using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;
using IlluminatePerms.MockAeries.Routing;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Students and what hangs off them: contacts, classes, programs, attendance, tests, grades.</summary>
internal static class StudentEndpoints
{
    private const string StudentData = "Student Data";

    public static IEnumerable<Endpoint> All()
    {
        var json = AeriesJson.Context;
        yield return new Endpoint("GET", "schools/{SchoolCode}/students", Allow.Read(StudentData), c => ApiResponse.StoredArray(Paging.Apply(c, Lookup.StudentsOf(c)), json.Student));
        yield return new Endpoint("GET", "schools/{SchoolCode}/students/{StudentID}", Allow.Read(StudentData), c => ApiResponse.StoredArray(ById(c), json.Student));
        yield return new Endpoint("GET", "schools/{SchoolCode}/students/grade/{Grade}", Allow.Read(StudentData), c => ApiResponse.StoredArray(Paging.Apply(c, Lookup.StudentsOf(c).Where(s => s.Grade == c.Int("Grade"))), json.Student));
        yield return new Endpoint("GET", "schools/{SchoolCode}/students/sn/{StudentNumber}", Allow.Read(StudentData), c => ApiResponse.StoredArray(Lookup.StudentsOf(c).Where(s => s.StudentNumber == c.Int("StudentNumber")).ToList(), json.Student));
        yield return new Endpoint("GET", "schools/{SchoolCode}/contacts/{StudentID}", Allow.Read("Contacts"), c => ApiResponse.Json(Each(c, DerivedRecords.ContactsOf), json.ListContact));
        yield return new Endpoint("GET", "schools/{SchoolCode}/classes/{StudentID}", Allow.Read("Class Schedules/History"), c => ApiResponse.Json(Each(c, DerivedRecords.ClassesOf), json.ListClassScheduleEntry));
        yield return new Endpoint("GET", "schools/{SchoolCode}/students/{StudentID}/programs", Allow.Read("Special Programs", "Special Education", "Free and Reduced", "GATE"), c => ApiResponse.Json(Programs(c), json.ListStudentProgram));
        yield return new Endpoint("GET", "schools/{SchoolCode}/SchoolSupplemental/{StudentID}", Allow.Read("Supplemental Data"), c => ApiResponse.Json(Each(c, (d, s) => DerivedRecords.SupplementalOf(d, s, district: false)), json.ListSupplementalField));
        yield return new Endpoint("GET", "schools/{SchoolCode}/DistrictSupplemental/{StudentID}", Allow.Read("District Supplemental Data"), c => ApiResponse.Json(Each(c, (d, s) => DerivedRecords.SupplementalOf(d, s, district: true)), json.ListSupplementalField));
        yield return new Endpoint("GET", "enrollment/{StudentID}", Allow.Read("Enrollment History"), c => ApiResponse.Json(new List<EnrollmentRecord> { DerivedRecords.EnrollmentOf(c.Data, Lookup.Student(c)) }, json.ListEnrollmentRecord));
        yield return new Endpoint("GET", "schools/{SchoolCode}/enrollment/{StudentID}", Allow.Read("Enrollment History"), c => ApiResponse.Json(Each(c, (d, s) => new[] { DerivedRecords.EnrollmentOf(d, s) }), json.ListEnrollmentRecord));
        yield return new Endpoint("GET", "schools/{SchoolCode}/attendance/{StudentID}", Allow.Read("Attendance"), c => ApiResponse.Json(Attendance(c), json.ListAttendanceRecord));
        yield return new Endpoint("GET", "schools/{SchoolCode}/AttendanceHistory/summary/{StudentID}", Allow.Read("Attendance History"), c => ApiResponse.Json(Each(c, (d, s) => new[] { DerivedRecords.AttendanceSummaryOf(d, s) }), json.ListAttendanceSummary));
        yield return new Endpoint("GET", "schools/{SchoolCode}/AttendanceHistory/details/{StudentID}", Allow.Read("Attendance History"), c => ApiResponse.Json(History(c), json.ListAttendanceRecord));
        yield return new Endpoint("GET", "schools/{SchoolCode}/AssertiveDiscipline/{StudentID}", Allow.Read("Assertive Discipline"), c => ApiResponse.Json(Each(c, DerivedRecords.DisciplineOf), json.ListDisciplineIncident));
        yield return new Endpoint("GET", "students/{StudentID}/tests", Allow.Read("Test Scores"), c => ApiResponse.Json(DerivedRecords.TestsOf(c.Data, Lookup.Student(c)).ToList(), json.ListTestScore));
        yield return new Endpoint("GET", "schools/{SchoolCode}/CollegeTestScores/{StudentID}", Allow.Read("College Entrance Tests"), c => ApiResponse.Json(Each(c, DerivedRecords.CollegeTestsOf), json.ListCollegeTestScore));
        yield return new Endpoint("GET", "schools/{SchoolCode}/StudentPictures/{StudentID}", Allow.Read("Student Pictures"), c => ApiResponse.Json(Each(c, (d, s) => new[] { DerivedRecords.PictureOf(d, s) }), json.ListStudentPicture));
        yield return new Endpoint("GET", "schools/{SchoolCode}/ReportCard/{StudentID}", Allow.Read("Grades"), c => ApiResponse.Json(Each(c, DerivedRecords.ReportCardOf), json.ListReportCardMark));
        yield return new Endpoint("GET", "schools/{SchoolCode}/Transcript/{StudentID}", Allow.Read("Transcripts"), c => ApiResponse.Json(Each(c, DerivedRecords.TranscriptOf), json.ListTranscriptRecord));
        yield return new Endpoint("GET", "schools/{SchoolCode}/GraduationStatusSummary", Allow.Read("Graduation Status"), c => ApiResponse.Json(Paging.Apply(c, Lookup.StudentsOf(c).Select(s => DerivedRecords.GraduationStatusOf(c.Data, s))), json.ListGraduationStatus));
    }

    /// <summary><c>students/{id}</c>: like every student-level endpoint, unless unknown students are assumed to give an empty array.</summary>
    private static List<Student> ById(ApiContext context)
    {
        var id = context.Int("StudentID");
        var unknown = id != 0 && !(context.Data.StudentsById.TryGetValue(id, out var student) && student.SchoolCode == Lookup.School(context).SchoolCode);
        return unknown && !context.Assumptions.UnknownStudentIsNotFound ? new List<Student>() : Lookup.StudentOrAll(context);
    }

    /// <summary>Records of one student, or of every student of the school (paged) for StudentID 0.</summary>
    private static List<T> Each<T>(ApiContext context, System.Func<AeriesDataSet, Student, IEnumerable<T>> records)
        => Lookup.StudentOrAll(context).SelectMany(student => records(context.Data, student)).ToList();

    /// <summary>Only the programs whose area the certificate has, as Aeries filters them.</summary>
    private static List<StudentProgram> Programs(ApiContext context)
    {
        var student = Lookup.Student(context, Lookup.School(context).SchoolCode);
        return DerivedRecords.ProgramsOf(context.Data, student)
            .Where(p => context.Has(p.Area, AeriesAccess.Read))
            .Select(p => p.Program)
            .ToList();
    }

    private static List<AttendanceRecord> Attendance(ApiContext context)
    {
        var school = Lookup.School(context);
        var from = context.QueryDate("StartDate", school.Terms[0].StartDate);
        var to = context.QueryDate("EndDate", school.Terms[^1].EndDate);
        if (to < from)
        {
            throw ApiProblem.BadRequest("EndDate is before StartDate.");
        }

        return Lookup.StudentOrAll(context).Select(s => DerivedRecords.AttendanceOf(context.Data, s, from, to)).ToList();
    }

    private static List<AttendanceRecord> History(ApiContext context)
    {
        var school = Lookup.School(context);
        return Lookup.StudentOrAll(context).Select(s => DerivedRecords.AttendanceOf(context.Data, s, school.Terms[0].StartDate, school.Terms[^1].EndDate)).ToList();
    }
}
