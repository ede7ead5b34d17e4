using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>The behaviours Aeries does not document are named options, and each of their values does what it says.</summary>
public sealed class AssumptionOptionTests
{
    private static readonly MockCertificate Nothing = new("nothing", "nothing-cert", GrantSet.Empty, "test");
    private static readonly MockCertificate Students = new("students", "students-cert", GrantSet.Parse("Student Data: Read"), "test");
    private static readonly MockCertificate SpecialPrograms = new("special programs", "sp-cert", GrantSet.Parse("Special Programs: Read"), "test");
    private static readonly MockCertificate AllPrograms = new("all programs", "all-programs-cert", GrantSet.Parse("Special Programs: Read; Special Education: Read; Free and Reduced: Read; GATE: Read"), "test");
    private static readonly MockCertificate JobAssignments = new("job assignments", "jobs-cert", GrantSet.Parse("Staff Job Assignments: Read"), "test");
    private static readonly MockCertificate Writer = new("writer", "writer-cert", GrantSet.Parse("Staff Data: Read, Insert; Contacts: Read, Insert"), "test");

    [Fact]
    public async Task By_default_a_contact_insert_answers_the_contracts_201_and_the_module_reading_switches_it_to_200()
    {
        const string Contact = """{"FirstName":"Adam","LastName":"Abbott"}""";
        await using (var contract = await Start(new MockAssumptions()))
        {
            Assert.Equal(201, (await contract.Aeries.PostAsync("InsertContact/99400001", Contact, "writer")).Status);
        }

        await using var module = await Start(new MockAssumptions { SuccessStatusCodes = new Dictionary<string, int> { ["students.create_contacts_create"] = 200 } });
        var added = await module.Aeries.PostAsync("InsertContact/99400001", Contact, "writer");

        Assert.Equal(200, added.Status);
        Assert.Equal("Abbott", added.Json.GetProperty("LastName").GetString());

        // Only the named operation changes.
        Assert.Equal(201, (await module.Aeries.PostAsync("staff", """{"FirstName":"Ann","LastName":"Lee","PrimaryAeriesSchool":994}""", "writer")).Status);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(500)]
    public async Task A_write_a_business_rule_refuses_answers_the_chosen_status_and_a_malformed_one_stays_400(int status)
    {
        await using var mock = await Start(new MockAssumptions { BusinessRuleStatusCode = status });

        var existing = await mock.Aeries.PostAsync("staff", """{"ID":994605,"FirstName":"Ann","LastName":"Lee","PrimaryAeriesSchool":994}""", "writer");
        var noSchool = await mock.Aeries.PostAsync("staff", """{"FirstName":"Ann","LastName":"Lee","PrimaryAeriesSchool":5}""", "writer");
        var noName = await mock.Aeries.PostAsync("staff", """{"LastName":"Lee","PrimaryAeriesSchool":994}""", "writer");

        Assert.Equal(status, existing.Status);
        Assert.Equal("Staff member 994605 already exists.", existing.Message);
        Assert.Equal(status, noSchool.Status);
        Assert.Equal(400, noName.Status);
    }

    [Fact]
    public async Task By_default_the_permission_is_checked_before_the_student_is_looked_up()
    {
        await using var mock = await Start(new MockAssumptions());

        var unknown = await mock.Aeries.GetAsync("schools/994/students/99499999", "nothing");

        Assert.Equal(401, unknown.Status);
        Assert.Equal("The district has not set permissions for \"Student Data Read\"", unknown.Message);
        Assert.Equal(404, (await mock.Aeries.GetAsync("schools/994/students/99499999", "students")).Status);
    }

    [Fact]
    public async Task Checked_after_the_lookup_an_unknown_identifier_is_404_even_without_the_permission()
    {
        await using var mock = await Start(new MockAssumptions { PermissionCheckedBeforeLookup = false });

        var unknown = await mock.Aeries.GetAsync("schools/994/students/99499999", "nothing");
        var known = await mock.Aeries.GetAsync("schools/994/students/99400001", "nothing");

        Assert.Equal(404, unknown.Status);
        Assert.Equal("Student 99499999 does not exist.", unknown.Message);
        Assert.Equal(401, known.Status);
        Assert.Equal(404, (await mock.Aeries.GetAsync("gradebooks/1/assignments/1", "nothing")).Status);

        // The certificate is still checked first: without one, nothing is looked up.
        Assert.Equal(401, (await mock.Aeries.GetAsync("schools/994/students/99499999", profile: null)).Status);
        Assert.Equal(401, (await mock.Aeries.GetAsync("gradebooks/4366926/assignments/1", "nothing")).Status);
    }

    // Each kind of identifier a path can hold: an unknown one is a 404, a known one the certificate's 401.
    [Theory]
    [InlineData("schools/5/students", 404)]
    [InlineData("schools/994/students", 401)]
    [InlineData("staff/1", 404)]
    [InlineData("staff/994605", 401)]
    [InlineData("schools/994/sections/99999", 404)]
    [InlineData("schools/994/sections/43", 401)]
    [InlineData("schools/994/teachers/99999", 404)]
    [InlineData("courses/9999", 404)]
    [InlineData("courses/0617", 401)]
    [InlineData("gradebooks/1", 404)]
    [InlineData("gradebooks/4366926", 401)]
    [InlineData("gradebooks/4366926/assignments/99", 404)]
    [InlineData("gradebooks/Assignments/00000000-0000-0000-0000-000000000001", 404)]
    [InlineData("gradebooks/4366926/F/students/5", 401)]
    public async Task Checked_after_the_lookup_each_identifier_of_the_path_is_looked_up(string path, int status)
    {
        await using var mock = await Start(new MockAssumptions { PermissionCheckedBeforeLookup = false });

        Assert.Equal(status, (await mock.Aeries.GetAsync(path, "nothing")).Status);
    }

    [Fact]
    public async Task By_default_program_rows_of_areas_the_certificate_lacks_are_left_out()
    {
        await using var mock = await Start(new MockAssumptions());
        var path = $"schools/994/students/{StudentWithEveryKindOfProgram(mock.Server)}/programs";

        var all = Codes(await mock.Aeries.GetAsync(path, "all programs"));
        var some = Codes(await mock.Aeries.GetAsync(path, "special programs"));

        Assert.Contains(all, code => code is "127" or "144" or "144x" or "181" or "182");
        Assert.NotEmpty(some);
        // Special Programs rows, and the 504 plan (101), which no row of the screen governs.
        Assert.All(some, code => Assert.Contains(code, new[] { "101", "190", "191" }));
        Assert.Equal(all.Where(code => code is "101" or "190" or "191"), some);
    }

    [Fact]
    public async Task Refusing_program_rows_names_the_missing_area()
    {
        await using var mock = await Start(new MockAssumptions { RowsWithoutPermission = RowsWithoutPermission.Refuse, MissingPermissionStatusCode = 403 });
        var path = $"schools/994/students/{StudentWithEveryKindOfProgram(mock.Server)}/programs";

        var refused = await mock.Aeries.GetAsync(path, "special programs");

        Assert.Equal(403, refused.Status);
        Assert.Matches("^The district has not set permissions for \"(GATE|Special Education|Free and Reduced) Read\"$", refused.Message);
        Assert.Equal(200, (await mock.Aeries.GetAsync(path, "all programs")).Status);
    }

    [Theory]
    [InlineData(RowsWithoutPermission.Filter, 200)]
    [InlineData(RowsWithoutPermission.Refuse, 401)]
    public async Task Staff_assignments_follow_the_same_option(RowsWithoutPermission rows, int status)
    {
        await using var mock = await Start(new MockAssumptions { RowsWithoutPermission = rows });

        // Teacher 994605 has a certificated assignment and a classified stipend.
        var answer = await mock.Aeries.GetAsync("staff/994605/assignments", "job assignments");

        Assert.Equal(status, answer.Status);
        if (status == 200)
        {
            Assert.Equal(new[] { "certificated" }, answer.Json.EnumerateArray().Select(a => a.GetProperty("AssignmentType").GetString()));
        }
        else
        {
            Assert.Equal("The district has not set permissions for \"Staff Assignments (Classified) Read\"", answer.Message);
        }
    }

    [Fact]
    public async Task Disabled_areas_answer_501()
    {
        await using var mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 50, DisabledAreas = new[] { "Flex Periods" } });

        var answer = await mock.Aeries.GetAsync("schools/994/flexperiods", "demo");

        Assert.Equal(501, answer.Status);
        Assert.Equal("This area of the Aeries v5 API is not enabled for this district.", answer.Message);
        Assert.Equal(200, (await mock.Aeries.GetAsync("schools/994/BellSchedule", "demo")).Status);
    }

    private static Task<RunningMock> Start(MockAssumptions assumptions)
        => RunningMock.StartAsync(new MockAeriesOptions { Scale = 300, Assumptions = assumptions, Certificates = new[] { Nothing, Students, SpecialPrograms, AllPrograms, JobAssignments, Writer } });

    private static int StudentWithEveryKindOfProgram(MockAeriesServer server)
    {
        var data = server.Data.Default;
        return data.StudentsOf(994).First(s =>
        {
            var areas = DerivedRecords.ProgramsOf(data, s).Select(p => p.Area.Area.Name).ToHashSet();
            return areas.Contains("Special Programs") && areas.Count > 1;
        }).StudentID;
    }

    private static string?[] Codes(AeriesAnswer answer) => answer.Json.EnumerateArray().Select(p => p.GetProperty("ProgramCode").GetString()).ToArray();
}
