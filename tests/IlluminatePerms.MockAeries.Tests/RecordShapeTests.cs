using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// Every record the mock serves that Aeries documents has the documented field names and JSON
/// types: each field it sends is a field of the article's example record, with the example's type
/// (string, number, boolean, object, array), nested records included. The examples
/// (Documented/examples.json) are the articles' bodies, made valid JSON where the articles are not
/// (a missing comma in the student, a placeholder for the picture's RawBinary, truncated arrays
/// closed); gradebooks, assignments and scores are documented as XML only, and enrollment only by
/// its field list, so their JSON is written from those with the types docs/aeries-assumptions.md
/// gives.
/// </summary>
public sealed class RecordShapeTests : IClassFixture<MockFixture>, IDisposable
{
    private static readonly JsonElement Examples = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documented", "examples.json"))).RootElement;

    private readonly AeriesCaller aeries;

    public RecordShapeTests(MockFixture fixture)
    {
        fixture.Server.Reset();
        aeries = new AeriesCaller(fixture.Server);
    }

    /// <summary>The documented record, the path that serves it, and which element of the answer is the record.</summary>
    public static TheoryData<string, string, string> Served() => new()
    {
        { "systeminfo", "systeminfo", "" },
        { "school", "schools/994", "" },
        { "school", "schools", "[0]" },
        { "student", "schools/994/students/99400001", "[0]" },
        { "extended", "schools/994/students/grade/12/extended", "[0]" },
        { "extended", "schools/994/students/99400001/extended", "[0]" },
        { "discipline", "schools/994/Discipline", "[0]" },
        { "assertivediscipline", "schools/994/AssertiveDiscipline", "[0]" },
        { "fees", "schools/994/fees", "[0]" },
        { "authorization", "schools/994/students/99400001/authorizations", "[0]" },
        { "authorization", "schools/994/authorizations", "[0]" },
        { "studentgroup", "schools/994/StudentGroups", "[0]" },
        { "contact", "schools/994/contacts/99400001", "[0]" },
        { "program", "schools/994/students/0/programs", "[0]" },
        { "staff", "staff/994605", "" },
        { "staff", "staff", "[0]" },
        { "teacher", "schools/994/teachers/5", "" },
        { "teacher", "staff/994605/teachers", "[0]" },
        { "section", "schools/994/sections/43", "" },
        { "section", "staff/994605/classes", "[0]" },
        { "section", "schools/994/scheduling/sections/43", "" },
        { "course", "courses/0618", "" },
        { "attendance", "schools/994/attendance/99400001", "" },
        { "attendancehistory", "schools/994/AttendanceHistory/summary/99400001", "[0]" },
        { "tests", "students/99400001/tests", "[0]" },
        { "collegetests", "schools/994/CollegeTestScores/99400001", "" },
        { "pictures", "schools/994/StudentPictures/99400001", "" },
        { "supplemental", "schools/994/SchoolSupplemental/99400001", "[0]" },
        { "supplemental", "schools/994/DistrictSupplemental/99400001", "[0]" },
        { "enrollment", "enrollment/99400001", "[0]" },
        { "enrollment", "schools/994/enrollment/99400001/year/2026", "[0]" },
        { "gradebook", "gradebooks/4366926", "" },
        { "gradebook", "staff/994605/gradebooks", "[0]" },
        { "assignment", "gradebooks/4366926/assignments/1", "" },
        { "assignment", "gradebooks/4366926/assignments", "[0]" },
        { "score", "gradebooks/4366926/assignments/1/scores", "[0]" },
        { "score", "gradebooks/4366926/assignments/1/scores/99400001", "" },
        { "finalmark", "gradebooks/4366926/FinalMarks", "[0]" },
        { "gradebookstudent", "gradebooks/4366926/F/students", "[0]" },
        { "gradebookstudent", "gradebooks/4366926/F/students/99400001", "" },
        { "gpa", "schools/994/gpas", "[0]" },
        { "reportcard", "schools/994/ReportCard", "[0]" },
        { "markingperiod", "schools/994/ReportCardMarkingPeriods", "[0]" },
        { "graduationrequirements", "schools/994/GraduationRequirements", "[0]" },
        { "graduationstatus", "schools/994/GraduationStatusSummary", "[0]" },
        { "transcript", "schools/994/Transcript", "[0]" },
        { "courserequest", "schools/994/students/99400001/courserequests", "[0]" },
    };

    /// <summary>
    /// The records of the Gradebook-related and Student Grades-related articles and the Student
    /// Course Requests section, which the mock serves whole (the other records carry a documented subset): every element of the example is
    /// there, nested records included.
    /// </summary>
    public static TheoryData<string, string, string> ServedWhole() => new()
    {
        { "gradebook", "gradebooks/4366926", "" },
        { "gradebook", "schools/994/sections/43/gradebooks", "[0]" },
        { "assignment", "gradebooks/4366926/assignments/1", "" },
        { "assignment", "gradebooks/4366926/assignments", "[0]" },
        { "score", "gradebooks/4366926/assignments/1/scores/99400001", "" },
        { "finalmark", "gradebooks/4366926/FinalMarks", "[0]" },
        { "gradebookstudent", "gradebooks/4366926/F/students", "[0]" },
        { "gpa", "schools/994/gpas/99400001", "[0]" },
        { "reportcard", "schools/994/ReportCard/99400001", "[0]" },
        { "markingperiod", "schools/994/ReportCardMarkingPeriods", "[0]" },
        { "graduationrequirements", "schools/994/GraduationRequirements", "[0]" },
        { "graduationstatus", "schools/994/GraduationStatusSummary/99400001", "" },
        { "graduationstatus", "schools/994/GraduationStatusSummary/grade/12", "[0]" },
        { "transcript", "schools/994/Transcript/99400001", "[0]" },
        { "courserequest", "schools/994/students/99400001/courserequests", "[0]" },
        { "courserequest", "schools/994/scheduling/courserequests", "[0]" },
    };

    /// <summary>The Student-related article's records (<c>student_endpoints.html</c>): each example's every field is served.</summary>
    public static TheoryData<string, string, string> StudentArticleRecords() => new()
    {
        { "student", "schools/994/students/99400001", "[0]" },
        { "extended", "schools/994/students/99400001/extended", "[0]" },
        { "contact", "schools/994/contacts/99400001", "[0]" },
        { "program", "schools/994/students/0/programs", "[0]" },
        { "tests", "students/99400001/tests", "[0]" },
        { "collegetests", "schools/994/CollegeTestScores/99400001", "" },
        { "pictures", "schools/994/StudentPictures/99400001", "" },
        { "supplemental", "schools/994/SchoolSupplemental/99400001", "[0]" },
        { "discipline", "schools/994/Discipline", "[0]" },
        { "assertivediscipline", "schools/994/AssertiveDiscipline", "[0]" },
        { "fees", "schools/994/fees", "[0]" },
        { "authorization", "schools/994/students/99400001/authorizations", "[0]" },
        { "studentgroup", "schools/994/StudentGroups", "[0]" },
    };

    public void Dispose() => aeries.Dispose();

    [Theory]
    [MemberData(nameof(StudentArticleRecords))]
    public async Task Student_article_records_carry_every_documented_field(string documented, string path, string element)
    {
        var answer = await aeries.GetAsync(path, "demo");
        Assert.True(answer.Status == 200, $"{path}: {answer.Status} {answer.Body}");
        var record = element == "[0]" ? answer.Json[0] : answer.Json;

        var missing = new List<string>();
        Complete(record, Examples.GetProperty(documented), documented, missing);

        Assert.True(missing.Count == 0, $"{path} lacks fields of the documented {documented}:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void The_completeness_check_catches_a_missing_field_and_a_missing_nested_field()
    {
        var missing = new List<string>();
        var documented = JsonDocument.Parse("""{"RaceCode2": "", "Fees": [{"ReceiptNumber": ""}]}""").RootElement;

        Complete(JsonDocument.Parse("""{"Fees": [{"ReceiptNumber": "0"}]}""").RootElement, documented, "x", missing);
        Complete(JsonDocument.Parse("""{"RaceCode2": "", "Fees": [{"Receipt": "0"}]}""").RootElement, documented, "x", missing);

        Assert.Equal(new[] { "x.RaceCode2 is missing", "x.Fees[0].ReceiptNumber is missing" }, missing);
    }

    [Theory]
    [MemberData(nameof(Served))]
    public async Task Served_records_carry_the_documented_names_and_types(string documented, string path, string element)
    {
        var record = await ServedRecordAsync(path, element);

        var problems = new List<string>();
        Conform(record, Examples.GetProperty(documented), documented, problems);

        Assert.True(problems.Count == 0, $"{path} against the documented {documented}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Theory]
    [MemberData(nameof(ServedWhole))]
    public async Task Gradebook_and_grade_records_carry_every_documented_field(string documented, string path, string element)
    {
        var record = await ServedRecordAsync(path, element);

        // The comparison the other way round: each documented field must be served.
        var problems = new List<string>();
        Conform(Examples.GetProperty(documented), record, documented, problems);

        Assert.True(problems.Count == 0, $"{path} lacks fields of the documented {documented}:{Environment.NewLine}{string.Join(Environment.NewLine, problems).Replace("is not documented", "is not served", StringComparison.Ordinal)}");
    }

    [Fact]
    public void The_comparison_catches_a_renamed_field_and_a_changed_type()
    {
        var problems = new List<string>();
        var documented = JsonDocument.Parse("""{"HomeRoomTeacherNumber": "0", "Scores": [{"Score": 491.0}]}""").RootElement;

        Conform(JsonDocument.Parse("""{"HomeroomTeacherNumber": "0"}""").RootElement, documented, "x", problems);
        Conform(JsonDocument.Parse("""{"HomeRoomTeacherNumber": 0}""").RootElement, documented, "x", problems);
        Conform(JsonDocument.Parse("""{"Scores": [{"Score": "491"}]}""").RootElement, documented, "x", problems);

        Assert.Equal(new[] { "x.HomeroomTeacherNumber is not documented", "x.HomeRoomTeacherNumber is Number, documented String", "x.Scores[0].Score is String, documented Number" }, problems);
    }

    [Fact]
    public async Task The_points_that_trip_clients_are_as_documented()
    {
        var info = (await aeries.GetAsync("systeminfo", profile: null)).Json;
        Assert.Equal("2026-2027", info.GetProperty("DatabaseYear").GetString());
        Assert.Equal(new[] { "2026-2027", "2025-2026", "2024-2025" }, info.GetProperty("AvailableDatabaseYears").EnumerateArray().Select(y => y.GetString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", info.GetProperty("CurrentDateTime").GetString());

        var contact = (await aeries.GetAsync("schools/994/contacts/99400001")).Json[0];
        Assert.All(new[] { "LivesWithStudentIndicator", "EducationalRightsHolder", "AccessToPortal", "AttendanceNotification" }, name => Assert.Contains(contact.GetProperty(name).GetString(), new[] { "Y", "N", "" }));

        var student = (await aeries.GetAsync("schools/994/students/99400001")).Json[0];
        Assert.Equal(JsonValueKind.String, student.GetProperty("HomeRoomTeacherNumber").ValueKind);

        var gradebook = (await aeries.GetAsync("gradebooks/4366926")).Json;
        Assert.Equal(new[] { "F", "S" }, gradebook.GetProperty("Terms").EnumerateArray().Select(t => t.GetProperty("Code").GetString()));
        Assert.All(gradebook.GetProperty("AssignmentCategories").EnumerateArray(), c => Assert.Equal(1, c.GetProperty("Code").GetString()!.Length));

        var teacher = await aeries.GetAsync("schools/994/teachers/5");
        Assert.Equal(JsonValueKind.Object, teacher.Json.ValueKind);
        Assert.Equal(JsonValueKind.Array, (await aeries.GetAsync("schools/994/teachers")).Json.ValueKind);

        var picture = (await aeries.GetAsync("schools/994/StudentPictures/99400001")).Json.GetProperty("Pictures")[0];
        var bytes = Convert.FromBase64String(picture.GetProperty("RawBinary").GetString()!);
        Assert.Equal(picture.GetProperty("FileSize").GetInt32(), bytes.Length);
        Assert.Equal((0xFF, 0xD8), (bytes[0], bytes[1]));
    }

    [Fact]
    public async Task Systeminfo_reflects_a_valid_requested_database_year()
    {
        Assert.Equal("2025-2026", (await aeries.GetAsync("systeminfo?DatabaseYear=2025", profile: null)).Json.GetProperty("DatabaseYear").GetString());
        Assert.Equal("2026-2027", (await aeries.GetAsync("systeminfo?DatabaseYear=1999", profile: null)).Json.GetProperty("DatabaseYear").GetString());
    }

    /// <summary>The record <paramref name="path"/> answers: the answer itself, or its first element ("[0]").</summary>
    private async Task<JsonElement> ServedRecordAsync(string path, string element)
    {
        var answer = await aeries.GetAsync(path, "demo");
        Assert.True(answer.Status == 200, $"{path}: {answer.Status} {answer.Body}");
        return element == "[0]" ? answer.Json[0] : answer.Json;
    }

    /// <summary>Every field of <paramref name="served"/> is in <paramref name="documented"/> with the same JSON type; nested records alike.</summary>
    private static void Conform(JsonElement served, JsonElement documented, string at, List<string> problems)
    {
        if (served.ValueKind == JsonValueKind.Null || documented.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (Kind(served) != Kind(documented))
        {
            problems.Add($"{at} is {Kind(served)}, documented {Kind(documented)}");
            return;
        }

        if (served.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in served.EnumerateObject())
            {
                if (documented.TryGetProperty(field.Name, out var expected))
                {
                    Conform(field.Value, expected, $"{at}.{field.Name}", problems);
                }
                else
                {
                    problems.Add($"{at}.{field.Name} is not documented");
                }
            }
        }
        else if (served.ValueKind == JsonValueKind.Array && served.GetArrayLength() > 0 && documented.GetArrayLength() > 0)
        {
            Conform(served[0], documented[0], $"{at}[0]", problems);
        }
    }

    /// <summary>Every field of <paramref name="documented"/> is in <paramref name="served"/>; nested records alike (when the served list has one).</summary>
    private static void Complete(JsonElement served, JsonElement documented, string at, List<string> missing)
    {
        if (documented.ValueKind == JsonValueKind.Object && served.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in documented.EnumerateObject())
            {
                if (served.TryGetProperty(field.Name, out var value))
                {
                    Complete(value, field.Value, $"{at}.{field.Name}", missing);
                }
                else
                {
                    missing.Add($"{at}.{field.Name} is missing");
                }
            }
        }
        else if (documented.ValueKind == JsonValueKind.Array && served.ValueKind == JsonValueKind.Array && documented.GetArrayLength() > 0 && served.GetArrayLength() > 0)
        {
            Complete(served[0], documented[0], $"{at}[0]", missing);
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? "Boolean" : element.ValueKind.ToString();
}
