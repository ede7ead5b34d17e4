using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>
/// The forms an answer can take besides the expected one: no record where one was asked for, one
/// record where a list was, more records than a page, JSON that is no record; and the path of a
/// "changes since" read.
/// </summary>
public sealed class AnswerFormTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();

    [Fact]
    public async Task An_empty_list_where_one_record_was_asked_for_is_an_error_not_a_default()
    {
        Answer("/api/v5/systeminfo", "[]");

        var error = await Assert.ThrowsAsync<AeriesApiException>(() => Client().GetSystemInfoAsync());

        Assert.Equal((200, "Aeries answered with no record."), (error.StatusCode, error.AeriesMessage));
    }

    [Fact]
    public async Task One_record_where_a_list_was_asked_for_is_a_list_of_one()
    {
        Answer("/api/v5/schools", """{"SchoolCode": 994, "Name": "North High"}""");

        var schools = await Client().GetSchoolsAsync();

        Assert.Equal(new (int, string?)[] { (994, "North High") }, schools.Select(s => (s.SchoolCode, s.Name)));
    }

    [Fact]
    public async Task A_server_that_ignores_the_page_asked_for_is_stopped_at_the_first_extra_record()
    {
        Answer("/api/v5/schools/994/students", """[{"StudentID": 1}, {"StudentID": 2}, {"StudentID": 3}]""");
        var client = Client(o => o.PageSize = 2);
        var seen = 0;

        var error = await Assert.ThrowsAsync<AeriesApiException>(async () =>
        {
            await foreach (var student in client.GetStudentsAsync(994))
            {
                seen++;
            }
        });

        Assert.Equal(2, seen);
        Assert.Equal("Aeries answered more than the 2 records asked for: it ignored StartingRecord/EndingRecord.", error.AeriesMessage);
        Assert.Single(server.LogEntries);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"text\"")]
    public async Task Json_that_is_no_record_is_an_error_not_an_empty_stream(string body)
    {
        Answer("/api/v5/schools/994/students", body);

        var error = await Assert.ThrowsAsync<AeriesApiException>(() => Client().GetStudentsAsync(994).ToListAsync().AsTask());

        Assert.Equal(200, error.StatusCode);
    }

    [Theory]
    [InlineData("", "answered 200 with an empty body, not Aeries' JSON")]
    [InlineData("{\"SequenceNumber\": 1", "answered 200 with JSON that does not parse, not Aeries' JSON")]
    [InlineData("[{\"SequenceNumber\": 1}]", "answered 200 with Array where Aeries sends the one record it wrote")]
    [InlineData("[1]", "answered 200 with JSON of another shape")]
    [InlineData("null", "answered 200 with JSON of another shape")]
    public async Task A_write_answered_without_the_one_record_it_wrote_is_unexpected(string body, string answered)
    {
        server.Given(Request.Create().WithPath("/api/v5/staff/994605/assignments/certificated/1").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

        var error = await Assert.ThrowsAsync<AeriesUnexpectedAnswerException>(() => Client().UpdateCertificatedStaffAssignmentAsync(994605, 1, new StaffAssignmentInput { FullTimePercentage = 50 }));

        Assert.StartsWith(answered, error.Answered, StringComparison.Ordinal);
        Assert.Single(server.LogEntries);
    }

    [Fact]
    public async Task A_read_of_changes_since_a_time_puts_each_part_of_the_time_in_the_path()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50 });
        var recorder = new RecordingHandler();
        var client = mock.Client("full", configure: null, handler: recorder);

        await client.GetStudentDataChangesAsync("contact", new DateTime(2026, 9, 1, 7, 5, 59));
        await client.GetStaffDataChangesAsync(new DateTime(2025, 12, 31, 23, 0, 0));

        Assert.Equal(
            new[] { "/api/v5/StudentDataChanges/contact/2026/9/1/7/5", "/api/v5/StaffDataChanges/2025/12/31/23/0" },
            recorder.Requests.Select(r => r.Uri.AbsolutePath));
    }

    public void Dispose() => server.Dispose();

    private void Answer(string path, string json)
        => server.Given(Request.Create().WithPath(path)).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json));

    private AeriesClient Client(Action<AeriesClientOptions>? configure = null)
    {
        var options = new AeriesClientOptions { MaxReadRetries = 0 };
        configure?.Invoke(options);
        return new AeriesClient(AeriesBaseUrl.Parse(server.Url + "/"), AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"), new HttpClient(), options);
    }
}
