using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using IlluminatePerms.Contract;
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
        map.Add(AeriesOperationIds.Students.GetStudentInformation, c => ApiResponse.StoredArray(ById(c), json.Student));
        map.Add(AeriesOperationIds.Students.GetStudentInformationGradeGradeLevel, c => ApiResponse.StoredArray(InGrade(c), json.Student));
        map.Add(AeriesOperationIds.Students.GetStudentInformationSnStudentNumber, c => ApiResponse.StoredArray(ByNumber(c), json.Student));

        // The extended forms answer the article's other record (keys, history, English learner data) for the same students.
        map.Add(AeriesOperationIds.Students.GetStudentInformationExtended, c => Respond.With(c, Extended(c, ById(c)), json.ListStudentExtended));
        map.Add(AeriesOperationIds.Students.GetStudentInformationExtendedGradeGradeLevelExtended, c => Respond.With(c, Extended(c, InGrade(c)), json.ListStudentExtended));
        map.Add(AeriesOperationIds.Students.GetStudentInformationExtendedSnStudentNumberExtended, c => Respond.With(c, Extended(c, ByNumber(c)), json.ListStudentExtended));

        map.Add(AeriesOperationIds.Students.GetStudentDataChanges, c => Respond.With(c, Changes(c), json.ListStudentDataChange));
        map.Add(AeriesOperationIds.Students.GetContacts, c => Respond.Each(c, DerivedRecords.ContactsOf, json.ListContact));
        map.Add(AeriesOperationIds.Students.GetPrograms, c => Respond.With(c, Programs(c), json.ListStudentProgram));
        map.Add(AeriesOperationIds.Students.GetTestScores, c => Respond.With(c, DerivedRecords.TestsOf(c.Data, Lookup.Student(c)).ToList(), json.ListTestRecord));
        map.Add(AeriesOperationIds.Students.GetCollegeEntranceTestScores, c => Respond.PerStudent(c, DerivedRecords.CollegeTestsOf, json.CollegeTestRecord, json.ListCollegeTestRecord));
        map.Add(AeriesOperationIds.Students.GetAssertiveDiscipline, c => Histories(c, DerivedRecords.AssertiveDisciplineOf, r => r.AssertiveDisciplines.Count > 0, json.ListAssertiveDisciplineRecord));
        map.Add(AeriesOperationIds.Students.GetDiscipline, c => Histories(c, DerivedRecords.DisciplineOf, r => r.Disciplines.Count > 0, json.ListDisciplineRecord));
        map.Add(AeriesOperationIds.Students.GetSchoolSupplementalStudentData, c => Respond.Each(c, (d, s) => new[] { DerivedRecords.SupplementalOf(d, s, district: false) }, json.ListSupplementalRecord));
        map.Add(AeriesOperationIds.Students.GetDistrictSupplementalStudentData, c => Respond.Each(c, (d, s) => new[] { DerivedRecords.SupplementalOf(d, s, district: true) }, json.ListSupplementalRecord));
        map.Add(AeriesOperationIds.Students.GetFeesAndFines, c => Histories(c, DerivedRecords.FeesOf, r => r.Fees.Count > 0, json.ListFeeRecord));
        map.Add(AeriesOperationIds.Students.GetStudentPicture, c => Respond.PerStudent(c, DerivedRecords.PicturesOf, json.StudentPictures, json.ListStudentPictures));
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

    private static IReadOnlyList<Student> InGrade(ApiContext context) => Paging.Apply(context, Lookup.StudentsOf(context).Where(s => s.Grade == context.Int("GradeLevel")));

    private static IReadOnlyList<Student> ByNumber(ApiContext context) => Lookup.StudentsOf(context).Where(s => s.StudentNumber == context.Int("StudentNumber")).ToList();

    private static List<StudentExtended> Extended(ApiContext context, IReadOnlyList<Student> students)
        => students.Select(s => DerivedRecords.ExtendedOf(context.Data, s)).ToList();

    /// <summary>
    /// One record per student of a history (discipline, fees), nested as the articles show: the
    /// path's student's record, its list possibly empty, or the records of every student of the
    /// school who has any ([assumed]: the articles' school-wide examples show only such students).
    /// </summary>
    private static ApiResponse Histories<T>(ApiContext context, Func<AeriesDataSet, Student, T> of, Func<T, bool> hasAny, JsonTypeInfo<List<T>> type)
    {
        var one = context.OptionalInt("StudentID") is not null;
        return Respond.With(context, Lookup.StudentOrAll(context).Select(s => of(context.Data, s)).Where(r => one || hasAny(r)).ToList(), type);
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

    /// <summary>
    /// The students whose data in the path's area changed since its time: the generated district
    /// never changes, so only students whose area was written through the API (student, contact,
    /// test; the mock writes no program, class or enrollment). An area the article does not list is
    /// a 400 ([assumed]: the article lists the valid values without saying what others answer).
    /// </summary>
    private static List<StudentDataChange> Changes(ApiContext context)
    {
        Since(context);
        var area = context.Text("DataArea").ToLowerInvariant();
        Func<Student, bool> changed = area switch
        {
            "student" => s => context.Data.Writes.Student(s.StudentID) is not null,
            "contact" => s => context.Data.Writes.List<Contact>(RecordKinds.Contacts, s.StudentID) is not null,
            "test" => s => context.Data.Writes.List<TestRecord>(RecordKinds.Tests, s.StudentID) is not null,
            "program" or "class" or "enrollment" => _ => false,
            _ => throw ApiProblem.BadRequest($"'{context.Text("DataArea")}' is not a data area: student, contact, program, test, class or enrollment."),
        };
        return context.Data.Schools
            .SelectMany(school => Lookup.StudentsOf(context.Data, school.SchoolCode))
            .Where(changed)
            .Select(s => new StudentDataChange(s.StudentID, s.SchoolCode, s.StudentNumber))
            .ToList();
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
