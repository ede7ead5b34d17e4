using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Writes;

/// <summary>
/// Next year's master schedule (the scheduling sections): every field of a create and an upsert, the
/// section numbers they take, and each refusal named; with the data-change reads and the numbered
/// school records that name what they lack.
/// </summary>
public sealed class SchedulingFieldTests : EverythingMockTest
{
    private const string Sections = "schools/994/scheduling/sections";

    private const string EveryField = """
        {"CourseID":"0617","Period":"3","Semester":"F","ClassCalendar":"A","Room":"B12","InactiveStatusCode":"I","Track":"T",
         "SectionStaffMembers":[{"StaffID":994605,"LastName":"Quill","FirstName":"Nora","IsPrimaryTeacher":true,"StaffRoleCode":"T","TeacherPositionCode":"1",
                                 "StartDate":"2026-08-01T00:00:00","EndDate":null,"InactiveStatusCode":""}]}
        """;


    [Fact]
    public async Task A_created_section_has_every_field_given_and_the_next_number_of_its_school()
    {
        var sections = (await Aeries.GetAsync(Sections, "demo")).Json.EnumerateArray().ToList();
        var next = sections.Max(s => s.GetProperty("SectionNumber").GetInt32()) + 1;

        var answer = await Aeries.PostAsync(Sections, EveryField, "demo");

        Assert.Equal(201, answer.Status);
        RecordAssert.Has(answer.Json, EveryField);
        RecordAssert.Has(answer.Json, $$"""{"SchoolCode":994,"SectionNumber":{{next}},"TotalStudents":0}""");
        RecordAssert.Has((await Aeries.GetAsync($"{Sections}/{next}", "demo")).Json, EveryField);
        Assert.Equal(sections.Count + 1, (await Aeries.GetAsync(Sections, "demo")).Json.GetArrayLength());
    }

    [Fact]
    public async Task A_section_given_its_number_and_course_alone_takes_that_number_and_empty_fields()
    {
        var answer = await Aeries.PostAsync(Sections, """{"SectionNumber":7001,"CourseID":"0617"}""", "demo");

        RecordAssert.Has(answer.Json, """{"SectionNumber":7001,"Period":"","Semester":"Y","ClassCalendar":"","SectionStaffMembers":[],"Room":"","InactiveStatusCode":"","Track":""}""");
        Assert.Equal(200, (await Aeries.GetAsync($"{Sections}/7001", "demo")).Status);
    }

    [Fact]
    public async Task An_upsert_replaces_a_section_whole_or_creates_it()
    {
        var replaced = await Aeries.PutAsync($"{Sections}/43", """{"CourseID":"0618","Room":"C3"}""", "demo");
        var created = await Aeries.PutAsync($"{Sections}/7002", EveryField, "demo");

        Assert.Equal(200, replaced.Status);
        RecordAssert.Has((await Aeries.GetAsync($"{Sections}/43", "demo")).Json, """{"SectionNumber":43,"CourseID":"0618","Room":"C3","Period":"","Semester":"Y","SectionStaffMembers":[]}""");
        Assert.Equal(201, created.Status);
        RecordAssert.Has((await Aeries.GetAsync($"{Sections}/7002", "demo")).Json, EveryField);
    }

    [Fact]
    public async Task An_upsert_of_the_first_section_replaces_it_in_place()
    {
        var all = (await Aeries.GetAsync(Sections, "demo")).Json.EnumerateArray().ToList();
        var number = all[0].GetProperty("SectionNumber").GetInt32();

        var answer = await Aeries.PutAsync($"{Sections}/{number}", """{"CourseID":"0618","Room":"C3"}""", "demo");

        Assert.Equal(200, answer.Status);
        var after = (await Aeries.GetAsync(Sections, "demo")).Json.EnumerateArray().ToList();
        Assert.Equal(all.Count, after.Count);
        RecordAssert.Has(after[0], $$"""{"SectionNumber":{{number}},"CourseID":"0618","Room":"C3"}""");
    }

    [Theory]
    [InlineData("POST", Sections, """{"SectionNumber":43,"CourseID":"0617"}""", 400, "Section 43 already exists at school 994.")]
    [InlineData("POST", Sections, """{"CourseID":"9999"}""", 400, "Course '9999' does not exist.")]
    [InlineData("PUT", Sections + "/43", """{"Room":"C3"}""", 400, "Course '' does not exist.")]
    [InlineData("GET", Sections + "/99999", null, 404, "Section 99999 does not exist at school 994.")]
    [InlineData("DELETE", Sections + "/99999", null, 404, "Section 99999 does not exist at school 994.")]
    [InlineData("GET", "schools/994/classcalendars/99", null, 404, "School 994 has no class calendar 99.")]
    [InlineData("GET", "schools/994/flexperiods/99", null, 404, "School 994 has no flex period 99.")]
    public async Task A_refused_write_or_unknown_record_is_named_and_changes_nothing(string method, string path, string? body, int status, string message)
    {
        var before = (await Aeries.GetAsync(Sections, "demo")).Body;

        var answer = await Aeries.SendAsync(new HttpMethod(method), path, "demo", body);

        Assert.Equal((status, message), (answer.Status, answer.Message));
        Assert.Equal(before, (await Aeries.GetAsync(Sections, "demo")).Body);
    }

    [Theory]
    [InlineData("CourseDataChanges", "courses")]
    [InlineData("SectionDataChanges", "sections")]
    [InlineData("SectionRosterDataChanges", "rosters")]
    public async Task A_data_change_read_names_its_area_and_time_and_lists_no_change(string path, string area)
    {
        var answer = await Aeries.GetAsync($"{path}/2026/9/1/13/30", "demo");

        Assert.Equal(200, answer.Status);
        Assert.Equal($$"""{"DataArea":"{{area}}","Since":"2026-09-01T13:30:00","Keys":[]}""", answer.Body);
    }

    [Fact]
    public async Task A_staff_members_classes_are_the_sections_that_name_it()
    {
        var classes = (await Aeries.GetAsync("staff/994605/classes", "demo")).Json.EnumerateArray().ToList();

        Assert.NotEmpty(classes);
        Assert.All(classes, c => Assert.Contains(c.GetProperty("SectionStaffMembers").EnumerateArray(), m => m.GetProperty("StaffID").GetInt32() == 994605));
    }
}
