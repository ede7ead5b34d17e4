using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;
using IlluminatePerms.MockAeries.Security;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Students and what hangs off them: contacts, programs, supplemental data, tests, discipline, fees, pictures, authorizations, activities.</summary>
internal static class StudentEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        foreach (var id in new[] { "students.get_student_information", "students.get_student_information_extended" })
        {
            map.Add(id, c => ApiResponse.StoredArray(ById(c), json.Student));
        }

        foreach (var id in new[] { "students.get_student_information_grade_grade_level", "students.get_student_information_extended_grade_grade_level_extended" })
        {
            map.Add(id, c => ApiResponse.StoredArray(Paging.Apply(c, Lookup.StudentsOf(c).Where(s => s.Grade == c.Int("GradeLevel"))), json.Student));
        }

        foreach (var id in new[] { "students.get_student_information_sn_student_number", "students.get_student_information_extended_sn_student_number_extended" })
        {
            map.Add(id, c => ApiResponse.StoredArray(Lookup.StudentsOf(c).Where(s => s.StudentNumber == c.Int("StudentNumber")).ToList(), json.Student));
        }

        map.Add("students.get_student_data_changes", c => Respond.With(c, Changes(c), json.DataChanges));
        map.Add("students.get_contacts", c => Respond.Each(c, DerivedRecords.ContactsOf, json.ListContact));
        map.Add("students.get_programs", c => Respond.With(c, Programs(c), json.ListStudentProgram));
        map.Add("students.get_test_scores", c => Respond.With(c, DerivedRecords.TestsOf(c.Data, Lookup.Student(c)).ToList(), json.ListTestRecord));
        map.Add("students.get_college_entrance_test_scores", c => Respond.PerStudent(c, DerivedRecords.CollegeTestsOf, json.CollegeTestRecord, json.ListCollegeTestRecord));
        map.Add("students.get_assertive_discipline", c => Respond.Each(c, (d, s) => DerivedRecords.DisciplineOf(d, s, assertive: true), json.ListDisciplineIncident));
        map.Add("students.get_discipline", c => Respond.Each(c, (d, s) => DerivedRecords.DisciplineOf(d, s, assertive: false), json.ListDisciplineIncident));
        map.Add("students.get_school_supplemental_student_data", c => Respond.Each(c, (d, s) => new[] { DerivedRecords.SupplementalOf(d, s, district: false) }, json.ListSupplementalRecord));
        map.Add("students.get_district_supplemental_student_data", c => Respond.Each(c, (d, s) => new[] { DerivedRecords.SupplementalOf(d, s, district: true) }, json.ListSupplementalRecord));
        map.Add("students.get_fees_and_fines", c => Respond.Each(c, DerivedRecords.FeesOf, json.ListFeeRecord));
        map.Add("students.get_student_picture", c => Respond.PerStudent(c, DerivedRecords.PicturesOf, json.StudentPictures, json.ListStudentPictures));
    }

    /// <summary>
    /// <c>students/{id}</c> and its <c>/extended</c> form: the student wherever enrolled (the article
    /// says SchoolCode is ignored when a StudentID is given), or the school's students (paged);
    /// an unknown student is a 404, or an empty array if <see cref="MockAssumptions.UnknownStudentIsNotFound"/> is false.
    /// </summary>
    private static IReadOnlyList<Student> ById(ApiContext context)
    {
        if (context.OptionalInt("StudentID") is not { } id)
        {
            return Lookup.StudentOrAll(context);
        }

        var student = context.Data.Writes.Student(id) ?? (context.Data.StudentIndex.TryGetValue(id, out var found) ? found : null);
        return student is not null ? new[] { student }
            : context.Assumptions.UnknownStudentIsNotFound ? throw ApiProblem.NotFound($"Student {id} does not exist.")
            : Array.Empty<Student>();
    }

    /// <summary>
    /// The programs of a student, or of every student for StudentID 0, only those of <c>?code=</c>
    /// when given (the article's note); rows of program areas the certificate lacks as <see cref="RowAccess"/> says.
    /// </summary>
    private static List<StudentProgram> Programs(ApiContext context)
    {
        var code = context.Query("code");
        return RowAccess.Visible(context, Lookup.StudentOrAll(context)
            .SelectMany(s => DerivedRecords.ProgramsOf(context.Data, s))
            .Where(p => code is null || p.Program.ProgramCode == code));
    }

    /// <summary>The students changed since the path's time: none were, apart from those written through the API.</summary>
    private static DataChanges Changes(ApiContext context)
    {
        var since = Since(context);
        var keys = context.Data.Schools
            .SelectMany(school => Lookup.StudentsOf(context.Data, school.SchoolCode))
            .Where(s => context.Data.Writes.Student(s.StudentID) is not null)
            .Select(s => s.StudentID.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        return new DataChanges(context.OptionalText("DataArea") ?? "students", since, keys);
    }

    /// <summary>The time of a <c>…DataChanges/{year}/{month}/{day}/{hour}/{minute}</c> path; 400 when it is not a time.</summary>
    internal static DateTime Since(ApiContext context)
    {
        try
        {
            return new DateTime(context.Int("year"), context.Int("month"), context.Int("day"), context.Int("hour"), context.Int("minute"), 0);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw ApiProblem.BadRequest("The year, month, day, hour and minute of the path are not a time.");
        }
    }
}
