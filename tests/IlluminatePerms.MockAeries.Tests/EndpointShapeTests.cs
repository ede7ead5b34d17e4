using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Endpoints;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

public sealed class EndpointShapeTests : IClassFixture<MockFixture>, System.IDisposable
{
    // Endpoints that address one object answer an object; the rest answer arrays, as Aeries does.
    private static readonly HashSet<string> SingleObjects = new()
    {
        "systeminfo", "schools/{SchoolCode}", "staff/{StaffID}", "courses/{CourseID}", "schools/{SchoolCode}/sections/{SectionNumber}",
        "gradebooks/{GradebookNumber}", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}",
    };

    private readonly MockAeriesServer server;
    private readonly AeriesCaller aeries;

    public EndpointShapeTests(MockFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
        aeries = new AeriesCaller(server);
    }

    public static IEnumerable<object[]> ReadEndpoints()
        => EndpointCatalog.Create(() => null!).Where(e => e.Method == "GET").Select(e => new object[] { e.Template.Text });

    public void Dispose() => aeries.Dispose();

    [Theory]
    [MemberData(nameof(ReadEndpoints))]
    public async Task Every_read_endpoint_answers_json_of_the_right_kind_for_the_demo_identities(string template)
    {
        var answer = await aeries.GetAsync(DemoPath.Fill(template), "demo");

        Assert.True(answer.Status == 200, $"{template}: {answer.Status} {answer.Body}");
        Assert.Equal("application/json", answer.ContentType);
        Assert.Equal(SingleObjects.Contains(template) ? JsonValueKind.Object : JsonValueKind.Array, answer.Json.ValueKind);
        if (answer.Json.ValueKind == JsonValueKind.Array)
        {
            Assert.True(answer.Json.GetArrayLength() > 0, $"{template} answered an empty array for the demo identities");
        }
    }

    [Fact]
    public void Every_catalogued_area_with_a_known_path_has_a_read_endpoint_on_that_path_that_it_opens()
    {
        var endpoints = server.Routes.Endpoints;
        foreach (var area in AreaCatalog.All.Where(a => a.Probe is not null))
        {
            var path = DemoPath.Fill(area.Probe!.PathTemplate).Split('/');
            var endpoint = endpoints.FirstOrDefault(e => e.Method == "GET" && e.Template.TryMatch(path, out _));
            Assert.True(endpoint is not null, $"no endpoint for {area.Name}'s probe path {area.Probe?.PathTemplate}");
            Assert.Contains(new Grant(area, AeriesAccess.Read), endpoint!.AllowedBy);
        }
    }

    [Fact]
    public async Task Students_have_the_v5_shape_and_the_demo_student_exists()
    {
        var students = (await aeries.GetAsync("schools/994/students/99400001")).Json;

        var student = Assert.Single(students.EnumerateArray());
        Assert.Equal(99400001, student.GetProperty("StudentID").GetInt32());
        foreach (var name in new[] { "SchoolCode", "StudentNumber", "StateStudentID", "LastName", "FirstName", "MiddleName", "Gender", "Grade", "Birthdate", "HomeLanguageCode", "LanguageFluencyCode", "StudentEmailAddress", "ParentEmailAddress", "SchoolEnterDate", "SchoolLeaveDate", "InactiveStatusCode", "Track", "CounselorNumber", "HomeRoomTeacherNumber", "MailingAddress", "MailingAddressCity" })
        {
            Assert.True(student.TryGetProperty(name, out _), name);
        }

        Assert.False(student.TryGetProperty("PermanentID", out _));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00$", student.GetProperty("Birthdate").GetString());
    }

    [Fact]
    public async Task The_demo_school_staff_section_course_and_gradebook_exist_with_their_documented_fields()
    {
        var school = (await aeries.GetAsync("schools/994", "demo")).Json;
        Assert.Equal("Screaming Eagle High School", school.GetProperty("Name").GetString());
        Assert.Equal(2, school.GetProperty("Terms").GetArrayLength());
        Assert.True(school.GetProperty("Terms")[0].TryGetProperty("TermDescription", out _));

        var staff = (await aeries.GetAsync("staff/994605")).Json;
        Assert.Equal(994, staff.GetProperty("SchoolAccessPermissions")[0].GetProperty("SchoolCode").GetInt32());
        Assert.True(staff.TryGetProperty("UserName", out _));

        var section = (await aeries.GetAsync("schools/994/sections/43")).Json;
        Assert.True(section.GetProperty("SectionStaffMembers")[0].GetProperty("IsPrimaryTeacher").GetBoolean());

        Assert.Equal("0618", (await aeries.GetAsync("courses/0618")).Json.GetProperty("ID").GetString());

        var gradebook = (await aeries.GetAsync("gradebooks/4366926")).Json;
        Assert.Equal(994, gradebook.GetProperty("SchoolCode").GetInt32());
        Assert.Equal(3, gradebook.GetProperty("AssignmentCategories").GetArrayLength());
        Assert.Equal(43, gradebook.GetProperty("Sections")[0].GetProperty("SectionNumber").GetInt32());
    }

    [Fact]
    public async Task Contacts_keep_the_aeries_spelling_of_correspondance()
    {
        var contact = (await aeries.GetAsync("schools/994/contacts/99400001")).Json[0];

        Assert.True(contact.TryGetProperty("CorrespondanceLanguageCode", out _));
        Assert.True(contact.TryGetProperty("EducationalRightsHolder", out _));
    }

    [Fact]
    public async Task Scores_and_assignments_have_their_documented_fields()
    {
        var assignment = (await aeries.GetAsync("gradebooks/4366926/assignments/1", "demo")).Json;
        Assert.True(System.Guid.TryParse(assignment.GetProperty("UniqueID").GetString(), out _));
        Assert.Equal(1, assignment.GetProperty("AssignmentNumber").GetInt32());

        var scores = (await aeries.GetAsync("gradebooks/4366926/assignments/1/scores")).Json;
        Assert.True(scores.GetArrayLength() > 10);
        foreach (var name in new[] { "StudentID", "GradebookNumber", "AssignmentNumber", "DateCompleted", "IsMissing", "PointsPossible", "PointsEarned", "NumberCorrectPossible", "NumberCorrect", "Mark", "PercentCorrect" })
        {
            Assert.True(scores[0].TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task Unknown_single_objects_are_404_with_a_message_and_bad_input_is_400()
    {
        var missing = await aeries.GetAsync("schools/994/students/99499999");
        Assert.Equal(404, missing.Status);
        Assert.Equal("Student 99499999 does not exist at school 994.", missing.Message);

        Assert.Equal(404, (await aeries.GetAsync("gradebooks/1")).Status);
        Assert.Equal(404, (await aeries.GetAsync("schools/1", "demo")).Status);

        var bad = await aeries.GetAsync("schools/abc/students");
        Assert.Equal(400, bad.Status);
        Assert.Equal("SchoolCode must be a whole number, not 'abc'.", bad.Message);
        Assert.Equal(400, (await aeries.GetAsync("schools/994/attendance/99400001?StartDate=2026-09-01", "demo")).Status);
    }

    [Fact]
    public async Task Systeminfo_needs_no_certificate()
    {
        var info = await aeries.GetAsync("systeminfo", profile: null);

        Assert.Equal(200, info.Status);
        Assert.Equal(2026, info.Json.GetProperty("DatabaseYear").GetInt32());
        Assert.Equal(new[] { 2024, 2025, 2026 }, info.Json.GetProperty("AvailableDatabaseYears").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Fact]
    public async Task Attendance_honours_the_date_range()
    {
        var week = (await aeries.GetAsync("schools/994/attendance/99400001?StartDate=20260907&EndDate=20260913", "demo")).Json;

        var days = week[0].GetProperty("AttendanceDays");
        Assert.Equal(5, days.GetArrayLength());
        Assert.Equal("2026-09-07T00:00:00", days[0].GetProperty("Date").GetString());
    }
}
