using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Writes;

/// <summary>
/// Every field of activities, authorizations and test scores: stored when given, kept or emptied as
/// the articles say when left out; and each refusal or unknown numbered record (course requests
/// included: their fields are <see cref="CourseRequestTests"/>') named.
/// </summary>
public sealed class StudentRecordFieldTests : EverythingMockTest
{
    private const string Activities = "schools/994/students/99400001/activities";
    private const string Authorizations = "schools/994/students/99400001/authorizations";
    private const string Requests = "schools/994/students/99400001/courserequests";

    private const string EveryActivityField = """
        {"DateEntered":"2025-09-01T00:00:00","TypeCode":"A","ActivityOrAwardCode":"CHS","Name":"Choir","StartDate":"2025-09-02T00:00:00","EndDate":"2026-06-01T00:00:00",
         "Hours":12.5,"ReasonCode":"R1","SeasonCode":"F","StatusCode":"S1","TransportationDate":"2025-09-03T00:00:00","TransportationStatusCode":"T1",
         "CareerPathwayCode":"P1","Comment":"Sings"}
        """;

    private const string OtherActivityFields = """
        {"DateEntered":"2025-10-01T00:00:00","TypeCode":"B","ActivityOrAwardCode":"BND","Name":"Band","StartDate":"2025-10-02T00:00:00","EndDate":"2026-05-01T00:00:00",
         "Hours":3,"ReasonCode":"R2","SeasonCode":"W","StatusCode":"S2","TransportationDate":"2025-10-03T00:00:00","TransportationStatusCode":"T2",
         "CareerPathwayCode":"P2","Comment":"Plays"}
        """;

    private const string EveryAuthorizationField = """
        {"DateEntered":"2025-09-01T00:00:00","TypeCode":"PH","MiscCode":"M1","StatusCode":"Y","StatusDate":"2025-09-05T00:00:00","EffectiveEndDate":"2026-06-30T00:00:00",
         "Comment":"Photos","TestAdministration":"0925","Source":"Office"}
        """;

    private const string OtherAuthorizationFields = """
        {"DateEntered":"2025-10-01T00:00:00","TypeCode":"FT","MiscCode":"M2","StatusCode":"N","StatusDate":"2025-10-05T00:00:00","EffectiveEndDate":"2026-05-31T00:00:00",
         "Comment":"Field trip","TestAdministration":"1025","Source":"Parent"}
        """;


    [Fact]
    public async Task An_activity_is_inserted_with_every_field_and_the_next_number()
    {
        var sequence = await NextSequenceAsync(Activities);

        var answer = await Aeries.PostAsync(Activities, EveryActivityField, "demo");

        Assert.Equal(201, answer.Status);
        RecordAssert.Has(answer.Json, EveryActivityField);
        RecordAssert.Has(answer.Json, $$"""{"StudentID":99400001,"SequenceNumber":{{sequence}}}""");
        RecordAssert.Has((await Aeries.GetAsync($"{Activities}/{sequence}", "demo")).Json, EveryActivityField);
    }

    [Fact]
    public async Task An_activity_given_only_its_code_has_every_other_field_empty()
    {
        var answer = await Aeries.PostAsync(Activities, """{"ActivityOrAwardCode":"CHS"}""", "demo");

        RecordAssert.Has(answer.Json, """
            {"DateEntered":null,"TypeCode":"","ActivityOrAwardCode":"CHS","Name":"","StartDate":null,"EndDate":null,"Hours":0,"ReasonCode":"","SeasonCode":"",
             "StatusCode":"","TransportationDate":null,"TransportationStatusCode":"","CareerPathwayCode":"","Comment":""}
            """);
    }

    [Fact]
    public async Task An_activity_update_stores_every_field_and_one_of_nothing_clears_only_the_three_dates()
    {
        var sequence = (await Aeries.PostAsync(Activities, EveryActivityField, "demo")).Json.GetProperty("SequenceNumber").GetInt32();
        var before = (await Aeries.GetAsync($"{Activities}/{sequence}", "demo")).Json;

        var changed = await Aeries.PutAsync($"{Activities}/{sequence}", OtherActivityFields, "demo");
        Assert.Equal(200, changed.Status);
        RecordAssert.ChangedOnly(before, (await Aeries.GetAsync($"{Activities}/{sequence}", "demo")).Json, OtherActivityFields);

        var changedBefore = (await Aeries.GetAsync($"{Activities}/{sequence}", "demo")).Json;
        await Aeries.PutAsync($"{Activities}/{sequence}", "{}", "demo");
        RecordAssert.ChangedOnly(changedBefore, (await Aeries.GetAsync($"{Activities}/{sequence}", "demo")).Json, """{"StartDate":null,"EndDate":null,"TransportationDate":null}""");
    }

    [Fact]
    public async Task Activities_read_by_code_are_only_those_of_the_code()
    {
        await Aeries.PostAsync(Activities, EveryActivityField, "demo");
        await Aeries.PostAsync(Activities, OtherActivityFields, "demo");

        foreach (var path in new[] { $"{Activities}/code/BND", "schools/994/activities/code/BND" })
        {
            var codes = (await Aeries.GetAsync(path, "demo")).Json.EnumerateArray().Select(a => a.GetProperty("ActivityOrAwardCode").GetString()).ToList();
            Assert.NotEmpty(codes);
            Assert.All(codes, code => Assert.Equal("BND", code));
        }
    }

    [Fact]
    public async Task An_authorization_is_inserted_with_every_field_and_updated_field_by_field()
    {
        var sequence = await NextSequenceAsync(Authorizations);

        var answer = await Aeries.PostAsync(Authorizations, EveryAuthorizationField, "demo");

        Assert.Equal(201, answer.Status);
        var stored = EveryAuthorizationField.Replace("\"StatusCode\"", "\"Status\"", System.StringComparison.Ordinal);
        RecordAssert.Has(answer.Json, stored);
        RecordAssert.Has(answer.Json, $$"""{"StudentID":99400001,"SchoolCode":994,"SequenceNumber":{{sequence}}}""");

        var before = (await Aeries.GetAsync($"{Authorizations}/{sequence}", "demo")).Json[0];
        await Aeries.PutAsync($"{Authorizations}/{sequence}", "{}", "demo");
        RecordAssert.ChangedOnly(before, (await Aeries.GetAsync($"{Authorizations}/{sequence}", "demo")).Json[0], "{}");

        await Aeries.PutAsync($"{Authorizations}/{sequence}", OtherAuthorizationFields, "demo");
        RecordAssert.ChangedOnly(before, (await Aeries.GetAsync($"{Authorizations}/{sequence}", "demo")).Json[0], OtherAuthorizationFields.Replace("\"StatusCode\"", "\"Status\"", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_authorization_given_nothing_has_every_field_empty()
    {
        var answer = await Aeries.PostAsync(Authorizations, "{}", "demo");

        RecordAssert.Has(answer.Json, """
            {"DateEntered":null,"TypeCode":"","MiscCode":"","Status":"","StatusDate":null,"EffectiveEndDate":null,"Comment":"","TestAdministration":"","Source":""}
            """);
    }

    [Theory]
    [InlineData("POST", Activities, """{"Name":"Choir"}""", 400, "ActivityOrAwardCode is required.")]
    [InlineData("POST", Activities, """{"ActivityOrAwardCode":" "}""", 400, "ActivityOrAwardCode is required.")]
    [InlineData("POST", Requests, """{"CourseID":"9999"}""", 400, "Course '9999' does not exist.")]
    [InlineData("POST", Requests, "{}", 400, "Course '' does not exist.")]
    [InlineData("GET", Activities + "/99", null, 404, "Student 99400001 has no activities record 99.")]
    [InlineData("DELETE", Authorizations + "/99", null, 404, "Student 99400001 has no authorizations record 99.")]
    [InlineData("GET", "schools/994/students/sn/1/courserequests/99", null, 404, "Student 1 has no course requests record 99.")]
    [InlineData("GET", "schools/994/students/sn/99999/courserequests", null, 404, "Student number 99999 does not exist.")]
    public async Task A_refused_or_unknown_record_is_named(string method, string path, string? body, int status, string message)
    {
        var answer = await Aeries.SendAsync(new HttpMethod(method), path, "demo", body);

        Assert.Equal((status, message), (answer.Status, answer.Message));
    }

    [Fact]
    public async Task A_course_request_read_by_student_number_is_that_students()
    {
        var number = (await Aeries.GetAsync("schools/994/students/99400002", "demo")).Json[0].GetProperty("StudentNumber").GetInt32();

        var requests = (await Aeries.GetAsync($"schools/994/students/sn/{number}/courserequests", "demo")).Json.EnumerateArray().ToList();

        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal(99400002, r.GetProperty("StudentID").GetInt32()));
    }

    [Fact]
    public async Task A_new_test_score_keeps_each_nonzero_score_by_name_and_an_update_replaces_them()
    {
        var tests = (await Aeries.GetAsync("students/99400001/tests", "demo")).Json.EnumerateArray().ToList();
        var sequence = tests.Max(t => t.GetProperty("SequenceNumber").GetInt32()) + 1;
        var grade = (await Aeries.GetAsync("schools/994/students/99400001", "demo")).Json[0].GetProperty("Grade").GetInt32();
        const string Score = """
            {"StudentID":99400001,"TestID":"NEWT","TestPart":1,"TestingAdministration":"0317","TestDate":"2017-03-01","RawScore":1,"ScaleScore":2,"PerformanceLevel":3,
             "Other":4,"GradeEquivalency":5,"Percentile":6,"PercentCorrect":7,"Stanine":8,"CurveEquivalent":9,"Rubric":10,"TestTypeCode":"TT","TestSourceCode":"SS"}
            """;

        var added = await Aeries.PostAsync("testing/UpdateScores", $"[{Score}]", "demo");

        Assert.Equal(200, added.Status);
        RecordAssert.Has(added.Json[0], $$"""
            {"StudentID":99400001,"SequenceNumber":{{sequence}},"TestID":"NEWT","TestPart":"1","TestDescription":"NEWT","GradeLevel":{{grade}},"TestingAdministration":"0317",
             "TestDate":"2017-03-01T00:00:00","TestTypeCode":"TT","TestSourceCode":"SS",
             "Scores":[{"Type":"RawScore","Score":1},{"Type":"ScaleScore","Score":2},{"Type":"PerformanceLevel","Score":3},{"Type":"Other","Score":4},
                       {"Type":"GradeEquivalency","Score":5},{"Type":"Percentile","Score":6},{"Type":"PercentCorrect","Score":7},{"Type":"Stanine","Score":8},
                       {"Type":"CurveEquivalent","Score":9},{"Type":"Rubric","Score":10}]}
            """);

        var changed = await Aeries.PostAsync("testing/UpdateScores", """[{"StudentID":99400001,"TestID":"NEWT","TestPart":1,"TestingAdministration":"0317","TestDate":"2017-03-02","RawScore":0,"Rubric":4}]""", "demo");

        RecordAssert.Has(changed.Json[0], $$"""{"SequenceNumber":{{sequence}},"TestDate":"2017-03-02T00:00:00","TestTypeCode":"TT","TestSourceCode":"SS","Scores":[{"Type":"Rubric","Score":4}]}""");
        Assert.Equal(tests.Count + 1, (await Aeries.GetAsync("students/99400001/tests", "demo")).Json.GetArrayLength());
    }

    [Fact]
    public async Task A_score_of_another_part_or_administration_is_a_new_record()
    {
        const string First = """{"StudentID":99400001,"TestID":"NEWT","TestPart":1,"TestingAdministration":"0317","TestDate":"2017-03-01","RawScore":1}""";
        await Aeries.PostAsync("testing/UpdateScores", $"[{First}]", "demo");
        var count = (await Aeries.GetAsync("students/99400001/tests", "demo")).Json.GetArrayLength();

        await Aeries.PostAsync("testing/UpdateScores", $"[{First.Replace("\"TestPart\":1", "\"TestPart\":2", System.StringComparison.Ordinal)}]", "demo");
        await Aeries.PostAsync("testing/UpdateScores", $"[{First.Replace("0317", "0318", System.StringComparison.Ordinal)}]", "demo");

        var added = (await Aeries.GetAsync("students/99400001/tests", "demo")).Json.EnumerateArray().Where(t => t.GetProperty("TestID").GetString() == "NEWT").ToList();
        Assert.Equal(count + 2, (await Aeries.GetAsync("students/99400001/tests", "demo")).Json.GetArrayLength());
        Assert.Equal(new[] { ("1", "0317"), ("2", "0317"), ("1", "0318") }, added.Select(t => (t.GetProperty("TestPart").GetString()!, t.GetProperty("TestingAdministration").GetString()!)));
        Assert.Equal(3, added.Select(t => t.GetProperty("SequenceNumber").GetInt32()).Distinct().Count());
    }

    [Fact]
    public async Task A_score_for_the_students_first_test_replaces_its_scores_and_the_code_it_gives_alone()
    {
        var tests = (await Aeries.GetAsync("students/99400001/tests", "demo")).Json.EnumerateArray().ToList();
        var first = tests[0];
        var score = $$"""
            [{"StudentID":99400001,"TestID":"{{first.GetProperty("TestID").GetString()}}","TestPart":{{first.GetProperty("TestPart").GetString()}},
              "TestingAdministration":"{{first.GetProperty("TestingAdministration").GetString()}}","TestDate":"2017-03-02","Rubric":4,"TestSourceCode":"YY"}]
            """;

        var changed = await Aeries.PostAsync("testing/UpdateScores", score, "demo");

        RecordAssert.ChangedOnly(first, changed.Json[0], """{"TestDate":"2017-03-02T00:00:00","TestSourceCode":"YY","Scores":[{"Type":"Rubric","Score":4}]}""");
        Assert.Equal(tests.Count, (await Aeries.GetAsync("students/99400001/tests", "demo")).Json.GetArrayLength());
    }

    [Theory]
    [InlineData("""{"StudentID":99400001,"TestPart":1,"TestingAdministration":"0317","TestDate":"2017-03-01"}""", "Each score needs its TestID, TestPart, TestingAdministration and TestDate (student 99400001); no score was changed.")]
    [InlineData("""{"StudentID":99400001,"TestID":"NEWT","TestingAdministration":"0317","TestDate":"2017-03-01"}""", "Each score needs its TestID, TestPart, TestingAdministration and TestDate (student 99400001); no score was changed.")]
    [InlineData("""{"StudentID":99400001,"TestID":"NEWT","TestPart":1,"TestDate":"2017-03-01"}""", "Each score needs its TestID, TestPart, TestingAdministration and TestDate (student 99400001); no score was changed.")]
    [InlineData("""{"StudentID":99400001,"TestID":"NEWT","TestPart":1,"TestingAdministration":"0317"}""", "Each score needs its TestID, TestPart, TestingAdministration and TestDate (student 99400001); no score was changed.")]
    [InlineData("""{"StudentID":5,"TestID":"NEWT","TestPart":1,"TestingAdministration":"0317","TestDate":"2017-03-01"}""", "Student 5 does not exist; no score was changed.")]
    public async Task A_refused_score_names_what_is_wrong_and_changes_no_score(string score, string message)
    {
        var before = (await Aeries.GetAsync("students/99400001/tests", "demo")).Body;
        const string Good = """{"StudentID":99400001,"TestID":"NEWT","TestPart":1,"TestingAdministration":"0317","TestDate":"2017-03-01","RawScore":1}""";

        var answer = await Aeries.PostAsync("testing/UpdateScores", $"[{Good},{score}]", "demo");

        Assert.Equal((400, message), (answer.Status, answer.Message));
        Assert.Equal(before, (await Aeries.GetAsync("students/99400001/tests", "demo")).Body);
    }

    private async Task<int> NextSequenceAsync(string path)
    {
        var records = (await Aeries.GetAsync(path, "demo")).Json.EnumerateArray().ToList();
        return records.Count == 0 ? 1 : records.Max(r => r.GetProperty("SequenceNumber").GetInt32()) + 1;
    }
}
