using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using Xunit;

namespace IlluminatePerms.Client.Tests.Models;

/// <summary>
/// The Student-related article's example records (student_endpoints.html, as made valid JSON in
/// Documented/examples.json) read into the client's models without losing a field: each read record,
/// written back, has every field of the example with the example's JSON type, nested records alike.
/// </summary>
public class StudentArticleModelTests
{
    private static readonly JsonElement Examples = DocumentedExamples.All;

    public static TheoryData<string> Documented() => new() { "student", "extended", "contact", "program", "tests", "collegetests", "pictures", "supplemental", "studentdatachange" };

    [Theory]
    [MemberData(nameof(Documented))]
    public void The_model_keeps_every_field_of_the_example_with_its_type(string documented)
    {
        var example = Examples.GetProperty(documented);

        var written = RoundTrip(documented, example.GetRawText());

        var problems = new List<string>();
        DocumentedExamples.Compare(written, example, documented, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_comparison_catches_a_lost_field_and_a_changed_type()
    {
        var problems = new List<string>();
        var example = JsonDocument.Parse("""{"StudentID": 1, "NextGrade": 13, "Fees": [{"AmountPaid": 0.0}]}""").RootElement;

        DocumentedExamples.Compare(JsonDocument.Parse("""{"StudentID": 1, "Fees": [{"AmountPaid": "0"}]}""").RootElement, example, "x", problems);

        Assert.Equal(new[] { "x.NextGrade is lost", "x.Fees[0].AmountPaid is String, the example Number" }, problems);
    }

    [Fact]
    public void Student_data_changes_read_the_keys_of_each_changed_student()
    {
        var changes = JsonSerializer.Deserialize("""[{"StudentID": 89401949, "SchoolCode": 894, "StudentNumber": 1949}, {"StudentID": 99401589, "SchoolCode": 994, "StudentNumber": 1589}]""", AeriesJsonContext.Default.ListStudentDataChange)!;

        Assert.Equal(new[] { (89401949, 894, 1949), (99401589, 994, 1589) }, changes.Select(c => (c.StudentID, c.SchoolCode, c.StudentNumber)));
    }

    [Fact]
    public void The_extended_record_reads_its_school_years_as_written_and_its_dates_as_dates()
    {
        var extended = JsonSerializer.Deserialize(Examples.GetProperty("extended").GetRawText(), AeriesJsonContext.Default.StudentExtended)!;

        Assert.Equal(("2016-2017", "2019-2020"), (extended.InitialNinthGradeEntryYear, extended.GraduationCohort));
        Assert.Equal(new DateTime(2014, 9, 5), extended.EnglishLearnerStartDate);
        Assert.Null(extended.EnglishLearnerEndDate);
        Assert.Equal((994, 994, 13), (extended.ResidenceSchool, extended.NextResidenceSchool, extended.NextGrade));
    }

    private static JsonElement RoundTrip(string documented, string json) => documented switch
    {
        "student" => DocumentedExamples.Again(json, AeriesJsonContext.Default.Student),
        "extended" => DocumentedExamples.Again(json, AeriesJsonContext.Default.StudentExtended),
        "contact" => DocumentedExamples.Again(json, AeriesJsonContext.Default.Contact),
        "program" => DocumentedExamples.Again($"[{json}]", AeriesJsonContext.Default.ListStudentProgram)[0],
        "tests" => DocumentedExamples.Again($"[{json}]", AeriesJsonContext.Default.ListTestScoreRecord)[0],
        "collegetests" => DocumentedExamples.Again(json, AeriesJsonContext.Default.CollegeTestScores),
        "pictures" => DocumentedExamples.Again(json, AeriesJsonContext.Default.StudentPictures),
        "supplemental" => DocumentedExamples.Again($"[{json}]", AeriesJsonContext.Default.ListSupplementalRecord)[0],
        "studentdatachange" => DocumentedExamples.Again($"[{json}]", AeriesJsonContext.Default.ListStudentDataChange)[0],
        _ => throw new ArgumentOutOfRangeException(nameof(documented), documented, "no model"),
    };
}
