using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>
/// A list read answered with JSON that holds no records is an empty list; a JSON-typed body that is
/// not JSON is an error, never an empty list; a write answered with a page says so.
/// </summary>
public sealed class ListAnswerTests
{
    private const string SignInPage = "answered 200 with an HTML page (text/html), not Aeries' JSON: a sign-in page or a proxy in the way?";

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_list_answer_without_records_is_an_empty_list(string body)
    {
        await using var server = HostileServer.Start(HostileAnswers.Json(200, body));
        var client = HostileClients.Direct(server, HostileClients.NewCertificate());

        Assert.Empty(await client.GetSchoolsAsync());
    }

    [Theory]
    [InlineData("<html>")]
    [InlineData("OK")]
    public async Task A_json_typed_answer_that_is_not_json_is_an_error(string body)
    {
        await using var server = HostileServer.Start(HostileAnswers.Json(200, body));
        var client = HostileClients.Direct(server, HostileClients.NewCertificate());

        var error = await Assert.ThrowsAsync<AeriesApiException>(() => client.GetSchoolsAsync());

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("Aeries answered something other than JSON (is the Accept header being stripped by a proxy?)", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_write_answered_with_a_sign_in_page_says_so()
    {
        await using var server = HostileServer.Start(HostileAnswers.SignInPage());
        var client = HostileClients.Direct(server, HostileClients.NewCertificate());

        var error = await Assert.ThrowsAsync<AeriesUnexpectedAnswerException>(() => client.InsertClassifiedStaffAssignmentAsync(994605, new StaffAssignmentInput { SchoolCode = 994, StartDate = new System.DateOnly(2026, 8, 1) }));

        Assert.Equal(SignInPage, error.Answered);
    }

    [Fact]
    public async Task A_list_write_answered_with_a_sign_in_page_says_so()
    {
        await using var server = HostileServer.Start(HostileAnswers.SignInPage());
        var client = HostileClients.Direct(server, HostileClients.NewCertificate());

        var error = await Assert.ThrowsAsync<AeriesUnexpectedAnswerException>(() => client.UpdateAssignmentAsync(1, 2, new AssignmentInput { Description = "Quiz" }));

        Assert.Equal(SignInPage, error.Answered);
    }

    [Theory]
    [InlineData("""{"AssignmentNumber": 2, "Description": "Quiz"}""", 1)]
    [InlineData("""[{"AssignmentNumber": 2, "Description": "Quiz"}, {"AssignmentNumber": 2, "Description": "Quiz"}]""", 2)]
    public async Task A_list_write_answered_with_one_record_or_a_list_gives_those_records(string body, int count)
    {
        await using var server = HostileServer.Start(HostileAnswers.Json(200, body));
        var client = HostileClients.Direct(server, HostileClients.NewCertificate());

        var written = await client.UpdateAssignmentAsync(1, 2, new AssignmentInput { Description = "Quiz" });

        Assert.Equal(count, written.Count);
        Assert.All(written, a => Assert.Equal((2, "Quiz"), (a.AssignmentNumber, a.Description)));
    }
}
