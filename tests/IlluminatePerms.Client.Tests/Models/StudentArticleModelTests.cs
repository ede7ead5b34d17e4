using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
    private static readonly JsonElement Examples = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documented", "examples.json"))).RootElement;

    public static TheoryData<string> Documented() => new() { "student", "extended", "contact", "program", "tests", "collegetests", "pictures", "supplemental", "studentdatachange" };

    [Theory]
    [MemberData(nameof(Documented))]
    public void The_model_keeps_every_field_of_the_example_with_its_type(string documented)
    {
        var example = Examples.GetProperty(documented);

        var written = RoundTrip(documented, example.GetRawText());

        var problems = new List<string>();
        Compare(written, example, documented, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_comparison_catches_a_lost_field_and_a_changed_type()
    {
        var problems = new List<string>();
        var example = JsonDocument.Parse("""{"StudentID": 1, "NextGrade": 13, "Fees": [{"AmountPaid": 0.0}]}""").RootElement;

        Compare(JsonDocument.Parse("""{"StudentID": 1, "Fees": [{"AmountPaid": "0"}]}""").RootElement, example, "x", problems);

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
        "student" => Again(json, AeriesJsonContext.Default.Student),
        "extended" => Again(json, AeriesJsonContext.Default.StudentExtended),
        "contact" => Again(json, AeriesJsonContext.Default.Contact),
        "program" => Again($"[{json}]", AeriesJsonContext.Default.ListStudentProgram)[0],
        "tests" => Again($"[{json}]", AeriesJsonContext.Default.ListTestScoreRecord)[0],
        "collegetests" => Again(json, AeriesJsonContext.Default.CollegeTestScores),
        "pictures" => Again(json, AeriesJsonContext.Default.StudentPictures),
        "supplemental" => Again($"[{json}]", AeriesJsonContext.Default.ListSupplementalRecord)[0],
        "studentdatachange" => Again($"[{json}]", AeriesJsonContext.Default.ListStudentDataChange)[0],
        _ => throw new ArgumentOutOfRangeException(nameof(documented), documented, "no model"),
    };

    private static JsonElement Again<T>(string json, JsonTypeInfo<T> type)
        => JsonDocument.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type)!, type)).RootElement;

    /// <summary>Every field of <paramref name="example"/> is in <paramref name="written"/>, with the same JSON type where both are not null.</summary>
    private static void Compare(JsonElement written, JsonElement example, string at, List<string> problems)
    {
        if (example.ValueKind == JsonValueKind.Null || written.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (Kind(written) != Kind(example))
        {
            problems.Add($"{at} is {Kind(written)}, the example {Kind(example)}");
            return;
        }

        if (example.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in example.EnumerateObject())
            {
                if (written.TryGetProperty(field.Name, out var value))
                {
                    Compare(value, field.Value, $"{at}.{field.Name}", problems);
                }
                else
                {
                    problems.Add($"{at}.{field.Name} is lost");
                }
            }
        }
        else if (example.ValueKind == JsonValueKind.Array && example.GetArrayLength() > 0)
        {
            Compare(written[0], example[0], $"{at}[0]", problems);
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? "Boolean" : element.ValueKind.ToString();
}
