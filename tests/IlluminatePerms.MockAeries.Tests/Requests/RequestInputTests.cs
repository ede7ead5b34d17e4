using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Requests;

/// <summary>
/// What the mock answers to malformed input, as a 400 whose message names the fault: a write without a
/// body, a body that is not JSON or not the endpoint's shape, a date in a form the endpoint does not read.
/// Long values are cut to 40 characters in the message.
/// </summary>
public class RequestInputTests(MockFixture fixture) : IClassFixture<MockFixture>, IDisposable
{
    private const string Scores = "gradebooks/4366926/assignments/1/Scores";

    /// <summary>A certificate that may send alerts (no built-in one may).</summary>
    private static readonly MockCertificate Alerts = new("alerts", "a1e47a1e47a1e47a1e47a1e47a1e47a1", GrantSet.Parse("Send Alerts: Insert"), "may send alerts");
    private readonly AeriesCaller aeries = Caller(fixture.Server);

    [Theory]
    [InlineData(null, "The request has no body.")]
    [InlineData("", "The request has no body.")]
    [InlineData("null", "The request body is null.")]
    public async Task A_typed_write_without_a_body_is_refused(string? body, string message)
    {
        var answer = await aeries.SendAsync(HttpMethod.Post, Scores, "full", body);

        Assert.Equal(400, answer.Status);
        Assert.Equal(message, answer.Message);
    }

    [Fact]
    public async Task A_typed_write_whose_body_is_not_its_json_is_refused_with_the_parser_message()
    {
        var answer = await aeries.PostAsync(Scores, """{"StudentID": 1}""", "full");

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("The request body is not valid JSON for this endpoint: ", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_is_read_whatever_the_case_of_its_names()
    {
        // [assumed] Aeries reads request bodies as ASP.NET does by default: names in any case.
        var answer = await aeries.PostAsync(Scores, """[{"studentid": 99400001, "NUMBERCORRECT": 6}]""", "full");

        Assert.Equal(200, answer.Status);
        Assert.Equal(6m, answer.Json.EnumerateArray().Single(s => s.GetProperty("StudentID").GetInt32() == 99400001).GetProperty("NumberCorrect").GetDecimal());
    }

    [Theory]
    [InlineData(null, "The request has no body.")]
    [InlineData("", "The request has no body.")]
    [InlineData("[]", "The alert body must be a JSON object.")]
    public async Task A_free_form_write_without_an_object_is_refused(string? body, string message)
    {
        var answer = await aeries.SendWithCertificateAsync(HttpMethod.Post, "SendAlert/Test", Alerts.Value, body);

        Assert.Equal(400, answer.Status);
        Assert.Equal(message, answer.Message);
    }

    [Fact]
    public async Task A_free_form_write_that_is_not_json_is_refused_with_the_parser_message()
    {
        var answer = await aeries.SendWithCertificateAsync(HttpMethod.Post, "SendAlert/Test", Alerts.Value, "{");

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("The request body is not valid JSON: ", answer.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20250902")]
    [InlineData("2025-09-02")]
    [InlineData("9-2-2025")]
    public async Task A_date_in_the_path_reads_in_each_documented_form(string date)
        => Assert.Equal(200, (await aeries.GetAsync($"schools/994/BellSchedule/date/{date}")).Status);

    [Theory]
    [InlineData("2025.09.02", "Date must be a date, not '2025.09.02'.")]
    [InlineData("0123456789012345678901234567890123456789", "Date must be a date, not '0123456789012345678901234567890123456789'.")]
    [InlineData("01234567890123456789012345678901234567890", "Date must be a date, not '0123456789012345678901234567890123456...'.")]
    public async Task A_malformed_date_in_the_path_is_named_and_cut_to_forty_characters(string date, string message)
    {
        var answer = await aeries.GetAsync($"schools/994/BellSchedule/date/{date}");

        Assert.Equal(400, answer.Status);
        Assert.Equal(message, answer.Message);
    }

    [Theory]
    [InlineData("StartDate=20250902&EndDate=20250930", 200, null)]
    [InlineData("StartDate=2025-09-02", 400, "StartDate must be a date written yyyyMMdd, not '2025-09-02'.")]
    [InlineData("EndDate=soon", 400, "EndDate must be a date written yyyyMMdd, not 'soon'.")]
    public async Task A_date_in_the_query_is_read_as_yyyymmdd(string query, int status, string? message)
    {
        var answer = await aeries.GetAsync($"schools/994/attendance/99400001?{query}", "demo");

        Assert.Equal(status, answer.Status);
        if (message is not null)
        {
            Assert.Equal(message, answer.Message);
        }
    }

    public void Dispose() => aeries.Dispose();

    private static AeriesCaller Caller(MockAeriesServer server)
    {
        server.AcceptCertificate(Alerts);
        return new AeriesCaller(server);
    }
}
