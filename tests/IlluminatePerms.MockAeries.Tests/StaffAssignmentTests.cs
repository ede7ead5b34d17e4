using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// Staff assignments as the Staff-related article documents them: two areas behind one list
/// (certificated: Staff Job Assignments; classified: Staff Assignments (Classified)), reads by
/// type and by effective date, and writes that need the level on the area of the row they touch.
/// </summary>
public sealed class StaffAssignmentTests : IAsyncLifetime
{
    // Teacher 994605 has a certificated assignment and a classified stipend, both from 2026-07-01 to 2027-06-30.
    private const string Teacher = "staff/994605/assignments";

    private static readonly MockCertificate Both = new("both", "both-cert", GrantSet.Parse("Staff Job Assignments: Read, Insert, Update, Delete; Staff Assignments (Classified): Read, Insert, Update, Delete"), "test");
    private static readonly MockCertificate Classified = new("classified", "classified-cert", GrantSet.Parse("Staff Assignments (Classified): Read, Insert, Update, Delete"), "test");

    private static readonly MockCertificate StaffOnly = new("staff-only", "staff-only-cert", GrantSet.Parse("Staff Data: Read"), "test");

    private RunningMock mock = null!;

    public async Task InitializeAsync() => mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 200, Certificates = new[] { Both, Classified, StaffOnly } });

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Fact]
    public async Task The_record_has_the_articles_fields_and_lower_case_types()
    {
        var rows = (await mock.Aeries.GetAsync(Teacher, "both")).Json;

        Assert.Equal(new[] { "certificated", "classified" }, rows.EnumerateArray().Select(r => r.GetProperty("AssignmentType").GetString()));
        Assert.Equal(
            new[] { "AssignmentType", "ID", "SequenceNumber", "JobClassificationCode", "FullTimePercentage", "NonClassroomBasedJobAssignmentCode1", "NonClassroomBasedJobAssignmentCode2", "NonClassroomBasedJobAssignmentCode3", "NonClassroomBasedJobAssignmentCode4", "NonClassroomBasedJobAssignmentCode5", "NonClassroomBasedJobAssignmentCode6", "NonClassroomBasedJobAssignmentCode7", "SchoolCode", "StartDate", "EndDate" },
            rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(994605, rows[0].GetProperty("ID").GetInt32());
        Assert.Equal("2026-07-01T00:00:00", rows[0].GetProperty("StartDate").GetString());
    }

    [Theory]
    [InlineData("/date/2026/9/1", 2)]
    [InlineData("/date/2026/9/1/classified", 1)]
    [InlineData("/date/2026/6/30", 0)]
    [InlineData("/date/2027/7/1/certificated", 0)]
    public async Task Assignments_on_a_date_are_those_in_effect_that_day(string path, int count)
    {
        var answer = await mock.Aeries.GetAsync(Teacher + path, "both");

        Assert.Equal(200, answer.Status);
        Assert.Equal(count, answer.Json.GetArrayLength());
    }

    [Fact]
    public async Task An_insert_answers_201_with_the_next_number_of_its_type_and_reads_either_name_of_the_codes()
    {
        var byCode = await mock.Aeries.PostAsync(Teacher, """{"AssignmentType":"classified","JobClassificationCode":"45","FullTimePercentage":12.5,"SchoolCode":994,"StartDate":"2026-08-01","EndDate":null}""", "both");
        var byName = await mock.Aeries.PostAsync(Teacher, """{"AssignmentType":"Classified","JobClassification":"46","NonClassroomBasedJobAssignment1":"X1","SchoolCode":994,"StartDate":"2026-08-01"}""", "both");

        Assert.Equal(201, byCode.Status);
        Assert.Equal(2, byCode.Json.GetProperty("SequenceNumber").GetInt32());
        Assert.Equal(12.5, byCode.Json.GetProperty("FullTimePercentage").GetDouble());
        Assert.Equal(201, byName.Status);
        Assert.Equal(3, byName.Json.GetProperty("SequenceNumber").GetInt32());
        Assert.Equal("46", byName.Json.GetProperty("JobClassificationCode").GetString());
        Assert.Equal("X1", byName.Json.GetProperty("NonClassroomBasedJobAssignmentCode1").GetString());
        Assert.Equal(3, (await mock.Aeries.GetAsync(Teacher + "/classified", "both")).Json.GetArrayLength());
    }

    [Fact]
    public async Task The_bodys_type_decides_the_area_of_an_insert()
    {
        var certificated = await mock.Aeries.PostAsync(Teacher, """{"AssignmentType":"certificated","JobClassificationCode":"12","SchoolCode":994,"StartDate":"2026-08-01"}""", "classified");
        var noType = await mock.Aeries.PostAsync(Teacher, """{"JobClassificationCode":"12","SchoolCode":994,"StartDate":"2026-08-01"}""", "classified");

        Assert.Equal(401, certificated.Status);
        Assert.Equal("The district has not set permissions for \"Staff Job Assignments Insert\"", certificated.Message);
        Assert.Equal(400, noType.Status);
        Assert.Contains("certificated", noType.Message, System.StringComparison.Ordinal);
        Assert.Single((await mock.Aeries.GetAsync(Teacher + "/certificated", "both")).Json.EnumerateArray());
    }

    [Fact]
    public async Task Without_either_assignment_area_an_insert_is_refused_for_the_operations_own_grant()
    {
        // The body names the classified area; the refusal names the operation's own grant, as for any call that lacks it.
        var refused = await mock.Aeries.PostAsync(Teacher, """{"AssignmentType":"classified","JobClassificationCode":"45","SchoolCode":994,"StartDate":"2026-08-01"}""", "staff-only");

        Assert.Equal(401, refused.Status);
        Assert.Equal("The district has not set permissions for \"Staff Job Assignments Insert\"", refused.Message);
        Assert.Single((await mock.Aeries.GetAsync(Teacher + "/classified", "both")).Json.EnumerateArray());
    }

    [Fact]
    public async Task An_update_is_an_upsert_and_a_left_out_end_date_becomes_null()
    {
        var updated = await mock.Aeries.PutAsync(Teacher + "/certificated/1", """{"FullTimePercentage":80}""", "both");
        var created = await mock.Aeries.PutAsync(Teacher + "/certificated/9", """{"JobClassificationCode":"12","SchoolCode":994,"StartDate":"2026-08-01"}""", "both");

        Assert.Equal(200, updated.Status);
        Assert.Equal(80, updated.Json.GetProperty("FullTimePercentage").GetDouble());
        Assert.Equal("12", updated.Json.GetProperty("JobClassificationCode").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, updated.Json.GetProperty("EndDate").ValueKind);
        Assert.Equal(201, created.Status);
        Assert.Equal(9, created.Json.GetProperty("SequenceNumber").GetInt32());
    }

    [Fact]
    public async Task Deleting_from_a_date_touches_only_what_starts_on_or_after_it_and_needs_each_rows_area()
    {
        var refused = await mock.Aeries.SendAsync(System.Net.Http.HttpMethod.Delete, Teacher + "/startdate/2026/7/1", "classified", null);
        var none = await mock.Aeries.SendAsync(System.Net.Http.HttpMethod.Delete, Teacher + "/startdate/2026/7/2", "both", null);
        var classified = await mock.Aeries.SendAsync(System.Net.Http.HttpMethod.Delete, Teacher + "/startdate/2026/7/1/classified", "classified", null);

        Assert.Equal(401, refused.Status);
        Assert.Equal("The district has not set permissions for \"Staff Job Assignments Delete\"", refused.Message);
        Assert.Equal((204, null), (none.Status, none.ContentType));
        Assert.Equal(204, classified.Status);
        Assert.Equal(new[] { "certificated" }, (await mock.Aeries.GetAsync(Teacher, "both")).Json.EnumerateArray().Select(r => r.GetProperty("AssignmentType").GetString()));
        Assert.Equal(404, (await mock.Aeries.SendAsync(System.Net.Http.HttpMethod.Delete, Teacher + "/classified/1", "both", null)).Status);
    }
}
