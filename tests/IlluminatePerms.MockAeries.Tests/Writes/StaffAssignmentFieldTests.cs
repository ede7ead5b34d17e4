using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Writes;

/// <summary>
/// Every field of a staff assignment write (the article's names and the PowerShell module's), the
/// EndDate an update leaves out set to null, the dates an assignment is in effect on, and each
/// refusal or unknown assignment named.
/// </summary>
public sealed class StaffAssignmentFieldTests : EverythingMockTest
{
    private const string Teacher = "staff/994605/assignments";

    private const string EveryField = """
        {"AssignmentType":"certificated","JobClassificationCode":"12","FullTimePercentage":62.5,"NonClassroomBasedJobAssignmentCode1":"N1",
         "NonClassroomBasedJobAssignmentCode2":"N2","NonClassroomBasedJobAssignmentCode3":"N3","NonClassroomBasedJobAssignmentCode4":"N4",
         "NonClassroomBasedJobAssignmentCode5":"N5","NonClassroomBasedJobAssignmentCode6":"N6","NonClassroomBasedJobAssignmentCode7":"N7",
         "SchoolCode":994,"StartDate":"2027-01-10T00:00:00","EndDate":"2027-01-20T00:00:00"}
        """;

    private const string ModuleNames = """
        {"AssignmentType":"certificated","JobClassification":"13","NonClassroomBasedJobAssignment1":"M1","NonClassroomBasedJobAssignment2":"M2",
         "NonClassroomBasedJobAssignment3":"M3","NonClassroomBasedJobAssignment4":"M4","NonClassroomBasedJobAssignment5":"M5",
         "NonClassroomBasedJobAssignment6":"M6","NonClassroomBasedJobAssignment7":"M7","SchoolCode":994,"StartDate":"2027-02-01"}
        """;


    [Fact]
    public async Task An_inserted_assignment_has_every_field_given_and_the_next_number_of_its_type()
    {
        var numbers = (await Aeries.GetAsync(Teacher + "/certificated", "demo")).Json.EnumerateArray().Select(a => a.GetProperty("SequenceNumber").GetInt32()).ToList();

        var answer = await Aeries.PostAsync(Teacher, EveryField, "demo");

        Assert.Equal(201, answer.Status);
        RecordAssert.Has(answer.Json, EveryField);
        RecordAssert.Has(answer.Json, $$"""{"ID":994605,"SequenceNumber":{{numbers.DefaultIfEmpty(0).Max() + 1}}}""");
    }

    [Fact]
    public async Task The_modules_names_are_read_and_the_articles_win_when_both_are_given()
    {
        var answer = await Aeries.PostAsync(Teacher, ModuleNames, "demo");

        RecordAssert.Has(answer.Json, """
            {"JobClassificationCode":"13","NonClassroomBasedJobAssignmentCode1":"M1","NonClassroomBasedJobAssignmentCode2":"M2","NonClassroomBasedJobAssignmentCode3":"M3",
             "NonClassroomBasedJobAssignmentCode4":"M4","NonClassroomBasedJobAssignmentCode5":"M5","NonClassroomBasedJobAssignmentCode6":"M6","NonClassroomBasedJobAssignmentCode7":"M7"}
            """);

        var both = await Aeries.PostAsync(Teacher, """
            {"AssignmentType":"certificated","JobClassificationCode":"12","JobClassification":"13","NonClassroomBasedJobAssignmentCode1":"N1","NonClassroomBasedJobAssignment1":"M1",
             "NonClassroomBasedJobAssignmentCode2":"N2","NonClassroomBasedJobAssignment2":"M2","NonClassroomBasedJobAssignmentCode3":"N3","NonClassroomBasedJobAssignment3":"M3",
             "NonClassroomBasedJobAssignmentCode4":"N4","NonClassroomBasedJobAssignment4":"M4","NonClassroomBasedJobAssignmentCode5":"N5","NonClassroomBasedJobAssignment5":"M5",
             "NonClassroomBasedJobAssignmentCode6":"N6","NonClassroomBasedJobAssignment6":"M6","NonClassroomBasedJobAssignmentCode7":"N7","NonClassroomBasedJobAssignment7":"M7",
             "SchoolCode":994,"StartDate":"2027-02-01"}
            """, "demo");
        RecordAssert.Has(both.Json, """
            {"JobClassificationCode":"12","NonClassroomBasedJobAssignmentCode1":"N1","NonClassroomBasedJobAssignmentCode2":"N2","NonClassroomBasedJobAssignmentCode3":"N3",
             "NonClassroomBasedJobAssignmentCode4":"N4","NonClassroomBasedJobAssignmentCode5":"N5","NonClassroomBasedJobAssignmentCode6":"N6","NonClassroomBasedJobAssignmentCode7":"N7"}
            """);
    }

    [Fact]
    public async Task An_update_stores_every_field_and_one_of_nothing_sets_only_the_end_date_to_null()
    {
        var sequence = (await Aeries.PostAsync(Teacher, EveryField, "demo")).Json.GetProperty("SequenceNumber").GetInt32();
        var before = await AssignmentAsync(sequence);

        Assert.Equal(200, (await Aeries.PutAsync($"{Teacher}/certificated/{sequence}", "{}", "demo")).Status);
        RecordAssert.ChangedOnly(before, await AssignmentAsync(sequence), """{"EndDate":null}""");

        const string Other = """
            {"JobClassificationCode":"14","FullTimePercentage":25,"NonClassroomBasedJobAssignmentCode1":"O1","NonClassroomBasedJobAssignmentCode2":"O2",
             "NonClassroomBasedJobAssignmentCode3":"O3","NonClassroomBasedJobAssignmentCode4":"O4","NonClassroomBasedJobAssignmentCode5":"O5",
             "NonClassroomBasedJobAssignmentCode6":"O6","NonClassroomBasedJobAssignmentCode7":"O7","StartDate":"2027-03-01T00:00:00","EndDate":"2027-03-01T00:00:00"}
            """;
        var changed = await Aeries.PutAsync($"{Teacher}/certificated/{sequence}", Other, "demo");
        Assert.Equal(200, changed.Status);
        RecordAssert.ChangedOnly(before, await AssignmentAsync(sequence), Other);
    }

    [Fact]
    public async Task An_upsert_of_the_first_assignment_changes_it_in_place()
    {
        var all = (await Aeries.GetAsync(Teacher, "demo")).Json.EnumerateArray().ToList();
        var first = all[0];
        var path = $"{Teacher}/{first.GetProperty("AssignmentType").GetString()}/{first.GetProperty("SequenceNumber").GetInt32()}";

        // The EndDate sent again, since an update that leaves it out sets it to null.
        var answer = await Aeries.PutAsync(path, $$"""{"FullTimePercentage":12.5,"EndDate":{{first.GetProperty("EndDate").GetRawText()}}}""", "demo");

        Assert.Equal(200, answer.Status);
        var after = (await Aeries.GetAsync(Teacher, "demo")).Json.EnumerateArray().ToList();
        Assert.Equal(all.Count, after.Count);
        RecordAssert.ChangedOnly(first, after[0], """{"FullTimePercentage":12.5}""");
    }

    [Theory]
    [InlineData("2027/1/9", false)]
    [InlineData("2027/1/10", true)]
    [InlineData("2027/1/20", true)]
    [InlineData("2027/1/21", false)]
    public async Task An_assignment_is_in_effect_from_its_start_to_its_end_inclusive(string date, bool listed)
    {
        var sequence = (await Aeries.PostAsync(Teacher, EveryField, "demo")).Json.GetProperty("SequenceNumber").GetInt32();

        var rows = (await Aeries.GetAsync($"{Teacher}/date/{date}", "demo")).Json.EnumerateArray();

        Assert.Equal(listed, rows.Any(a => a.GetProperty("AssignmentType").GetString() == "certificated" && a.GetProperty("SequenceNumber").GetInt32() == sequence));
    }

    [Theory]
    [InlineData("POST", Teacher, """{"AssignmentType":"certificated","StartDate":"2027-01-10"}""", 400, "SchoolCode is required.")]
    [InlineData("POST", Teacher, """{"AssignmentType":"certificated","SchoolCode":5,"StartDate":"2027-01-10"}""", 400, "School 5 does not exist.")]
    [InlineData("POST", Teacher, """{"AssignmentType":"certificated","SchoolCode":994}""", 400, "StartDate is required.")]
    [InlineData("POST", Teacher, """{"AssignmentType":"certificated","SchoolCode":994,"StartDate":"2027-01-10","EndDate":"2027-01-09"}""", 400, "EndDate is before StartDate.")]
    [InlineData("POST", Teacher, """{"AssignmentType":"teacher","SchoolCode":994,"StartDate":"2027-01-10"}""", 400, "AssignmentType is required: \"certificated\" or \"classified\".")]
    [InlineData("GET", Teacher + "/certificated/99", null, 404, "Staff member 994605 has no certificated assignment 99.")]
    [InlineData("DELETE", Teacher + "/classified/99", null, 404, "Staff member 994605 has no classified assignment 99.")]
    [InlineData("GET", Teacher + "/date/2027/2/30", null, 400, "2027/2/30 is not a date.")]
    public async Task A_refused_write_or_unknown_assignment_is_named(string method, string path, string? body, int status, string message)
    {
        var before = (await Aeries.GetAsync(Teacher, "demo")).Body;

        var answer = await Aeries.SendAsync(new HttpMethod(method), path, "demo", body);

        Assert.Equal((status, message), (answer.Status, answer.Message));
        Assert.Equal(before, (await Aeries.GetAsync(Teacher, "demo")).Body);
    }

    [Fact]
    public async Task An_assignment_ending_the_day_it_starts_is_taken()
    {
        var answer = await Aeries.PostAsync(Teacher, """{"AssignmentType":"classified","SchoolCode":994,"StartDate":"2027-01-10","EndDate":"2027-01-10"}""", "demo");

        Assert.Equal(201, answer.Status);
    }

    private async Task<System.Text.Json.JsonElement> AssignmentAsync(int sequence) => (await Aeries.GetAsync($"{Teacher}/certificated/{sequence}", "demo")).Json[0];
}
