using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Proxy;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// The streaming contract check (<see cref="AnswerCheck"/>, one <c>Utf8JsonReader</c> pass) finds
/// exactly what the document-building check before it found (<see cref="DomAnswerCheck"/>): the same
/// findings in the same order, the same unknown fields, on the mock's answers and on broken copies of them
/// (the status and the Content-Type are checked before the body, as before, by the same code).
/// </summary>
public sealed class StreamingAnswerCheckTests
{
    private const string StudentsPath = "api/v5/schools/994/students";


    /// <summary>Answers a district might send for the students list, each with what the check must say of it.</summary>
    public static TheoryData<string, string, string> NamedAnswers => new()
    {
        { "wrong types", "[{\"StudentID\":\"ninety\",\"FirstName\":7,\"SchoolCode\":994}]", "[].StudentID is a string (documented: a number) | [].FirstName is a number (documented: a string or null)" },
        { "a number as a string", "[{\"StudentID\":\"1234\",\"FirstName\":\"Ana\"}]", string.Empty },
        { "an escaped number as a string", "[{\"StudentID\":\"\\u0031\\u0032\",\"FirstName\":\"Ana\"}]", string.Empty },
        { "an escaped name", "[{\"Student\\u0049D\":\"x\"}]", "[].StudentID is a string (documented: a number)" },
        { "no documented field", "[{\"Pronouns\":\"they\"}]", "a record at [] with none of the documented fields of Student (documented: Student's fields)" },
        { "an unknown field beside documented ones", "[{\"StudentID\":1,\"Pronouns\":\"they\"}]", string.Empty },
        { "HTML with 200", "<html><body>Sign in</body></html>", "a body that is not JSON (documented: a JSON array)" },
        { "truncated JSON", "[{\"StudentID\":\"ninety\",\"FirstName\":7},{\"StudentID\":", "a body that is not JSON (documented: a JSON array)" },
        { "a second value after the first", "[{\"StudentID\":1}] [", "a body that is not JSON (documented: a JSON array)" },
        { "an object for an array", "{\"StudentID\":1}", "the answer is an object (documented: an array)" },
        { "elements that are not records", "[\"x\",null,{\"StudentID\":true}]", "an element of [] is a string (documented: a Student object) | an element of [] is null (documented: a Student object) | [].StudentID is true or false (documented: a number)" },
        { "an empty body", string.Empty, "an empty body (documented: a JSON array)" },
        // Later records are checked as the first: a name met before at the same place is not trusted for another name there.
        { "a later record in another order", "[{\"StudentID\":1,\"FirstName\":\"Ana\"},{\"FirstName\":2,\"StudentID\":\"x\"}]", "[].FirstName is a number (documented: a string or null) | [].StudentID is a string (documented: a number)" },
        { "a later record breaks a type", "[{\"StudentID\":1,\"FirstName\":\"Ana\"},{\"StudentID\":2,\"FirstName\":\"Bo\"},{\"StudentID\":3,\"FirstName\":false}]", "[].FirstName is true or false (documented: a string or null)" },
        { "a later record names a field in other case", "[{\"StudentID\":1},{\"studentid\":\"x\"}]", "[].studentid is a string (documented: a number)" },
        { "a later record escapes a name met plainly", "[{\"StudentID\":1},{\"Student\\u0049D\":\"x\"}]", "[].StudentID is a string (documented: a number)" },
        { "an unknown name where a documented one was", "[{\"StudentID\":1},{\"Pronouns\":\"they\"}]", "a record at [] with none of the documented fields of Student (documented: Student's fields)" },
    };

    [Theory]
    [MemberData(nameof(NamedAnswers))]
    public void A_district_answer_gets_the_findings_it_should_and_the_same_as_the_document_check(string answer, string body, string findings)
    {
        _ = answer;
        var streamed = Streamed(StudentsPath, "application/json", Encoding.UTF8.GetBytes(body));

        Assert.Equal(findings, string.Join(" | ", streamed.Findings.Select(f => $"{f.Seen} (documented: {f.Documented})")));
        AssertSameAsDocumentCheck(StudentsPath, Encoding.UTF8.GetBytes(body), streamed);
    }

    [Fact]
    public void Unknown_fields_are_noted_once_each_and_not_as_findings()
    {
        var verdict = Streamed(StudentsPath, "application/json", Encoding.UTF8.GetBytes("[{\"StudentID\":1,\"Pronouns\":\"they\"},{\"StudentID\":2,\"Pronouns\":\"she\",\"Nick\":1}]"));

        Assert.Empty(verdict.Findings);
        Assert.Equal(new[] { "Student.Nick", "Student.Pronouns" }, verdict.UnknownFields);
    }

    [Fact]
    public void A_broken_body_is_only_said_to_be_not_json_whatever_its_first_records_held()
    {
        var verdict = Streamed(StudentsPath, "text/html", Encoding.UTF8.GetBytes("[{\"StudentID\":\"ninety\",\"Pronouns\":1},{\"StudentID\":"));

        Assert.Equal(new[] { "Content-Type text/html", "a body that is not JSON" }, verdict.Findings.Select(f => f.Seen));
        Assert.Empty(verdict.UnknownFields);
    }

    [Fact]
    public void Records_past_the_fiftieth_are_read_over_unchecked_but_must_still_be_json()
    {
        var records = Enumerable.Repeat("{\"StudentID\":1}", AnswerCheck.RecordsChecked).Append("{\"StudentID\":\"late\"}");
        var wellFormed = Encoding.UTF8.GetBytes("[" + string.Join(",", records) + "]");
        var broken = Encoding.UTF8.GetBytes("[" + string.Join(",", records) + ",{\"StudentID\":]");

        Assert.Empty(Streamed(StudentsPath, "application/json", wellFormed).Findings);
        Assert.Equal("a body that is not JSON", Assert.Single(Streamed(StudentsPath, "application/json", broken).Findings).Seen);
    }

    [Fact]
    public void A_nested_list_of_records_is_checked_element_by_element()
    {
        const string path = "api/v5/schools/994/AttendanceHistory/summary/1";
        var body = Encoding.UTF8.GetBytes("[{\"StudentID\":1,\"HistorySummaries\":[{\"Nonsense\":1},5]},{\"StudentID\":2,\"HistorySummaries\":{\"x\":1}}]");

        var verdict = Streamed(path, "application/json", body);

        Assert.Equal(
            new[] { "a record at [].HistorySummaries[] with none of the documented fields of AttendanceHistorySummary", "an element of [].HistorySummaries[] is a number", "[].HistorySummaries is an object" },
            verdict.Findings.Select(f => f.Seen));
        AssertSameAsDocumentCheck(path, body, verdict);
    }

    /// <summary>The mock's answers for several operations, and copies of each broken in the ways a district breaks them.</summary>
    [Fact]
    public async Task On_the_mocks_answers_and_broken_copies_of_them_both_checks_find_the_same()
    {
        await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 40 });
        using var http = new HttpClient();
        var paths = new[]
        {
            "api/v5/schools/994/students?StartingRecord=1&EndingRecord=20", "api/v5/schools", "api/v5/schools/994", "api/v5/schools/994/terms",
            "api/v5/schools/994/contacts", "api/v5/schools/994/sections", "api/v5/schools/994/AttendanceHistory/summary", "api/v5/systeminfo",
        };
        var compared = 0;
        var withFindings = 0;
        foreach (var path in paths)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(mock.BaseUrl, path));
            request.Headers.Add("AERIES-CERT", mock.Certificate("full").Value);
            using var answer = await http.SendAsync(request);
            Assert.True(answer.IsSuccessStatusCode, $"{path}: {(int)answer.StatusCode}");
            var body = await answer.Content.ReadAsStringAsync();
            var plainPath = path.Split('?')[0];
            foreach (var variant in Broken(body))
            {
                var bytes = Encoding.UTF8.GetBytes(variant);
                var streamed = Streamed(plainPath, "application/json; charset=utf-8", bytes);
                AssertSameAsDocumentCheck(plainPath, bytes, streamed);
                compared++;
                withFindings += streamed.Findings.Count > 0 ? 1 : 0;
            }
        }

        // The broken copies must really break: most of them have findings beyond the Content-Type.
        Assert.True(withFindings > compared / 2, $"{withFindings} of {compared} answers had findings");
    }

    /// <summary>The answer as it came, then copies with wrong types, unknown names, nulls, a cut, a prefix or a tail.</summary>
    private static IEnumerable<string> Broken(string body)
    {
        yield return body;
        yield return Regex.Replace(body, @":(-?\d+(\.\d+)?)", ":\"n$1x\"");
        yield return Regex.Replace(body, @":""[^""]*""", ":7");
        yield return Regex.Replace(body, @":""[^""]*""", ":null");
        yield return Regex.Replace(body, @":(""[^""]*""|-?\d+)", ":{\"a\":[1]}");
        yield return Regex.Replace(body, @":(""[^""]*""|-?\d+)", ":[true]");
        yield return Regex.Replace(body, @"""(\w+)"":", "\"$1X\":");
        yield return Regex.Replace(body, @"""(\w+)"":", m => $"\"{m.Groups[1].Value.ToLowerInvariant()}\":");
        yield return body[..(body.Length / 2)];
        yield return body[..^1];
        yield return "\uFEFF" + body;
        yield return body + " x";
        yield return "[" + body + "]";
        yield return body.StartsWith('[') ? body[1..^1] : "null";
        yield return "<!DOCTYPE html><html><body>Sign in to Aeries</body></html>";
        yield return new string('[', 70) + new string(']', 70);
    }

    private static AnswerVerdict Streamed(string path, string contentType, byte[] body)
        => AnswerCheck.Run("GET", path, OperationMatcher.Match("GET", path), 200, contentType, body);

    /// <summary>The streamed verdict of a JSON answer with status 200 holds what the document check finds in its body, and nothing more.</summary>
    private static void AssertSameAsDocumentCheck(string path, byte[] body, AnswerVerdict streamed)
    {
        var match = OperationMatcher.Match("GET", path)!;
        var (findings, unknown) = DomAnswerCheck.Run(body, match.ExpectedKind, ClientRecords.For(match.Operation.Id));

        Assert.Equal(findings.Select(f => $"{f.Seen} (documented: {f.Documented})"), streamed.Findings.Select(f => $"{f.Seen} (documented: {f.Documented})"));
        Assert.Equal(unknown, streamed.UnknownFields);
        Assert.Null(streamed.NotChecked);
    }
}
