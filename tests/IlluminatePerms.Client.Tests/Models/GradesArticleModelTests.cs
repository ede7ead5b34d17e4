using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Security;
using Xunit;

namespace IlluminatePerms.Client.Tests.Models;

/// <summary>
/// The Student Grades article's example records (student_grades_endpoints.html, as valid JSON in
/// Documented/examples.json) read into the client's typed models without losing a field or a JSON
/// type, nested courses and subject areas alike; and the typed reads against the mock.
/// </summary>
public class GradesArticleModelTests
{
    private static readonly MockCertificate Grader = new("grader", "5afe0000000000000000000000000021", GrantSet.Parse("Student Data: Read; Grades: Read; Graduation Status: Read; Valid Marks: Read"), "test");

    public static TheoryData<string> Documented() => new() { "gpa", "reportcard", "markingperiod", "graduationrequirements", "graduationstatus", "transcript" };

    [Theory]
    [MemberData(nameof(Documented))]
    public void The_model_keeps_every_field_of_the_example_with_its_type(string documented)
    {
        var example = DocumentedExamples.All.GetProperty(documented);

        var written = RoundTrip(documented, example.GetRawText());

        var problems = new List<string>();
        DocumentedExamples.Compare(written, example, documented, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void A_transcript_keeps_its_school_year_as_written_and_its_course_grades()
    {
        var transcript = JsonSerializer.Deserialize(DocumentedExamples.All.GetProperty("transcript").GetRawText(), AeriesJsonContext.Default.Transcript)!;

        var first = transcript.CourseGrades[0];
        Assert.Matches(@"^\d{4}-\d{4}$", first.SchoolYear);
        Assert.False(string.IsNullOrEmpty(first.CourseID));
    }

    [Fact]
    public async Task The_grade_reads_answer_typed_records_from_the_mock()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100, Certificates = new[] { Grader } });
        var client = mock.Client("grader");
        var school = (await client.GetSchoolsAsync()).First().SchoolCode;

        var marks = await client.GetValidMarksAsync(school);
        var gpa = await client.GetGpasAsync(school).FirstAsync();
        var periods = await client.GetReportCardMarkingPeriodsAsync(school);
        var status = await client.GetGraduationStatusAsync(school, gpa.StudentID);

        Assert.Contains(marks, m => m.SchoolCode == school && !string.IsNullOrEmpty(m.Mark));
        Assert.Equal(school, gpa.SchoolCode);
        Assert.True(gpa.ClassSize >= gpa.ClassRank, $"rank {gpa.ClassRank} of {gpa.ClassSize}");
        Assert.Contains(periods, p => p.BeginningDate < p.EndingDate);
        Assert.Equal(gpa.StudentID, status.StudentID);
        Assert.NotEmpty(status.SubjectAreas);
    }

    private static JsonElement RoundTrip(string documented, string json) => documented switch
    {
        "gpa" => DocumentedExamples.Again($"[{json}]", AeriesJsonContext.Default.ListStudentGpa)[0],
        "reportcard" => DocumentedExamples.Again($"[{json}]", AeriesJsonContext.Default.ListReportCard)[0],
        "markingperiod" => DocumentedExamples.Again($"[{json}]", AeriesJsonContext.Default.ListReportCardMarkingPeriod)[0],
        "graduationrequirements" => DocumentedExamples.Again($"[{json}]", AeriesJsonContext.Default.ListGraduationRequirements)[0],
        "graduationstatus" => DocumentedExamples.Again(json, AeriesJsonContext.Default.GraduationStatus),
        "transcript" => DocumentedExamples.Again($"[{json}]", AeriesJsonContext.Default.ListTranscript)[0],
        _ => throw new ArgumentOutOfRangeException(nameof(documented), documented, "no model"),
    };
}
