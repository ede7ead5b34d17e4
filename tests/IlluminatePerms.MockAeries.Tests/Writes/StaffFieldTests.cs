using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Writes;

/// <summary>
/// Every field of a staff insert and upsert, the staff list and the reads by HR system ID and data
/// change that see them, and each refusal named.
/// </summary>
public sealed class StaffFieldTests : EverythingMockTest
{
    private const string EveryField = """
        {"FirstName":"Nora","LastName":"Quill","EmailAddress":"nora@example.org","UserName":"nquill","PrimaryAeriesSchool":994,"Title":"Counselor","HireDate":"2024-08-15"}
        """;

    private const string EveryFieldStored = """
        {"FirstName":"Nora","LastName":"Quill","EmailAddress":"nora@example.org","UserName":"nquill","PrimaryAeriesSchool":994,"Title":"Counselor","HireDate":"2024-08-15T00:00:00"}
        """;


    [Fact]
    public async Task An_inserted_staff_member_has_every_field_given_the_next_ID_and_full_access_to_its_school()
    {
        var staff = await StaffAsync();
        var next = staff.Max(s => s.GetProperty("ID").GetInt32()) + 1;

        var answer = await Aeries.PostAsync("staff", EveryField, "demo");

        Assert.Equal(201, answer.Status);
        RecordAssert.Has(answer.Json, EveryFieldStored);
        RecordAssert.Has(answer.Json, $$"""{"ID":{{next}},"MiddleName":"","SchoolAccessPermissions":[{"SchoolCode":994,"ReadOnlyAccess":false,"CommunicationGroup":true}]}""");
        Assert.Equal(next, (await StaffAsync()).Last().GetProperty("ID").GetInt32());
        Assert.Equal(staff.Count + 1, (await StaffAsync()).Count);
    }

    [Fact]
    public async Task A_staff_member_given_only_what_is_required_has_no_user_name_email_or_title()
    {
        var answer = await Aeries.PostAsync("staff", """{"FirstName":"Nora","LastName":"Quill","PrimaryAeriesSchool":994}""", "demo");

        RecordAssert.Has(answer.Json, """{"MiddleName":"","UserName":"","EmailAddress":"","Title":""}""");
    }

    [Fact]
    public async Task An_upsert_of_a_known_staff_member_changes_only_what_it_gives_and_is_read_everywhere()
    {
        var before = (await Aeries.GetAsync("staff/994605", "demo")).Json;

        Assert.Equal(200, (await Aeries.PutAsync("staff/994605", "{}", "demo")).Status);
        RecordAssert.ChangedOnly(before, (await Aeries.GetAsync("staff/994605", "demo")).Json, "{}");

        var answer = await Aeries.PutAsync("staff/994605", EveryField.Replace("\"PrimaryAeriesSchool\":994,", string.Empty, System.StringComparison.Ordinal), "demo");
        var changed = EveryFieldStored.Replace("\"PrimaryAeriesSchool\":994,", string.Empty, System.StringComparison.Ordinal);
        Assert.Equal(200, answer.Status);
        RecordAssert.ChangedOnly(before, (await Aeries.GetAsync("staff/994605", "demo")).Json, changed);
        RecordAssert.ChangedOnly(before, (await StaffAsync()).Single(s => s.GetProperty("ID").GetInt32() == 994605), changed);
        var hrid = before.GetProperty("HumanResourcesSystemID").GetString();
        RecordAssert.ChangedOnly(before, (await Aeries.GetAsync($"staff/hrid/{hrid}", "demo")).Json, changed);
        Assert.Equal(new[] { 994605 }, (await Aeries.GetAsync("StaffDataChanges/2020/1/1/0/0", "demo")).Json.EnumerateArray().Select(s => s.GetProperty("ID").GetInt32()));
    }

    [Fact]
    public async Task An_upsert_of_an_unknown_ID_creates_it_with_no_user_name_email_or_title()
    {
        var answer = await Aeries.PutAsync("staff/994999", """{"FirstName":"Nora","LastName":"Quill"}""", "demo");

        Assert.Equal(201, answer.Status);
        RecordAssert.Has(answer.Json, """{"ID":994999,"FirstName":"Nora","LastName":"Quill","UserName":"","EmailAddress":"","Title":""}""");
        RecordAssert.Has((await Aeries.GetAsync("staff/994999", "demo")).Json, """{"ID":994999,"FirstName":"Nora"}""");
    }

    [Theory]
    [InlineData("POST", "staff", """{"LastName":"Quill","PrimaryAeriesSchool":994}""", 400, "FirstName, LastName and PrimaryAeriesSchool are required.")]
    [InlineData("POST", "staff", """{"FirstName":"Nora","LastName":" ","PrimaryAeriesSchool":994}""", 400, "FirstName, LastName and PrimaryAeriesSchool are required.")]
    [InlineData("POST", "staff", """{"FirstName":"Nora","LastName":"Quill"}""", 400, "FirstName, LastName and PrimaryAeriesSchool are required.")]
    [InlineData("POST", "staff", """{"FirstName":"Nora","LastName":"Quill","PrimaryAeriesSchool":5}""", 400, "School 5 does not exist.")]
    [InlineData("POST", "staff", """{"ID":994605,"FirstName":"Nora","LastName":"Quill","PrimaryAeriesSchool":994}""", 400, "Staff member 994605 already exists.")]
    [InlineData("PUT", "staff/994605", """{"PrimaryAeriesSchool":5}""", 400, "School 5 does not exist.")]
    [InlineData("PUT", "staff/994999", """{"FirstName":"Nora"}""", 400, "Staff member 994999 does not exist: FirstName and LastName are required to create it.")]
    [InlineData("PUT", "staff/994999", """{"LastName":"Quill"}""", 400, "Staff member 994999 does not exist: FirstName and LastName are required to create it.")]
    [InlineData("GET", "staff/hrid/NOBODY", null, 404, "No staff member has the HR system ID 'NOBODY'.")]
    [InlineData("GET", "StaffDataChanges/2020/2/30/0/0", null, 400, "The year, month, day, hour and minute of the path are not a time.")]
    public async Task A_refused_staff_write_or_unknown_staff_member_is_named(string method, string path, string? body, int status, string message)
    {
        var before = (await Aeries.GetAsync("staff", "demo")).Body;

        var answer = await Aeries.SendAsync(new System.Net.Http.HttpMethod(method), path, "demo", body);

        Assert.Equal((status, message), (answer.Status, answer.Message));
        Assert.Equal(before, (await Aeries.GetAsync("staff", "demo")).Body);
    }

    [Fact]
    public async Task A_staff_members_teachers_are_the_ones_that_name_it()
    {
        var teachers = (await Aeries.GetAsync("staff/994605/teachers", "demo")).Json.EnumerateArray().ToList();

        Assert.NotEmpty(teachers);
        Assert.All(teachers, t => Assert.Equal(994605, t.GetProperty("StaffID1").GetInt32()));
    }

    private async Task<System.Collections.Generic.List<JsonElement>> StaffAsync() => (await Aeries.GetAsync("staff", "demo")).Json.EnumerateArray().ToList();
}
