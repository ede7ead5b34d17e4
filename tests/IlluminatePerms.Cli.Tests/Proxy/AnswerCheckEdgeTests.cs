using System.Linq;
using System.Text;
using IlluminatePerms.Cli.Commands.Proxy;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// The edges of the proxy's contract check (<see cref="AnswerCheck"/>): which statuses have their
/// body read, a null where the client needs a value, an empty record, and names holding control
/// characters, as a finding or a note shows them.
/// </summary>
public sealed class AnswerCheckEdgeTests
{
    private const string StudentsPath = "api/v5/schools/994/students";

    [Theory]
    [InlineData(199, "status 199 is a refusal or an error, not a record")]
    [InlineData(300, "a redirect, passed back unchanged")]
    [InlineData(399, "a redirect, passed back unchanged")]
    [InlineData(400, "status 400 is a refusal or an error, not a record")]
    [InlineData(500, "status 500 is a refusal or an error, not a record")]
    public void Only_a_2xx_answer_is_read_against_the_contract_and_any_other_says_why_not(int status, string why)
    {
        var verdict = Check(status, "[{\"StudentID\":\"not a number\"}]");

        Assert.Equal(why, verdict.NotChecked);
        Assert.Empty(verdict.Findings);
    }

    [Theory]
    [InlineData(200, "")]
    [InlineData(201, "status 201 (documented: status 200)")]
    [InlineData(299, "status 299 (documented: status 200)")]
    public void A_2xx_answer_is_read_and_a_status_other_than_the_documented_one_is_a_finding(int status, string statusFinding)
    {
        var verdict = Check(status, "[{\"StudentID\":\"not a number\"}]");

        Assert.Null(verdict.NotChecked);
        Assert.Equal(
            string.Join(" | ", new[] { statusFinding, "[].StudentID is a string (documented: a number)" }.Where(f => f.Length > 0)),
            Findings(verdict));
    }

    [Fact]
    public void A_null_where_the_client_needs_a_value_is_a_finding_and_a_null_it_takes_is_not()
    {
        var verdict = Check(200, "[{\"StudentID\":null,\"FirstName\":null}]");

        Assert.Equal("[].StudentID is null (documented: a number)", Findings(verdict));
    }

    [Fact]
    public void An_empty_record_is_no_finding_while_a_record_of_only_unknown_fields_is()
    {
        Assert.Equal(string.Empty, Findings(Check(200, "[{}]")));
        Assert.Equal("a record at [] with none of the documented fields of Student (documented: Student's fields)", Findings(Check(200, "[{\"Nick\":1}]")));
    }

    [Fact]
    public void Control_characters_in_a_name_are_shown_as_question_marks_and_a_long_name_is_cut_at_sixty()
    {
        var verdict = Check(200, "[{\"StudentID\":1,\"Tab\\tName\":1,\"C1\\u0085Name\":1,\"" + new string('n', 61) + "\":1,\"" + new string('s', 60) + "\":1}]");

        Assert.Equal(new[] { "Student.C1?Name", "Student.Tab?Name", "Student." + new string('n', 60) + "…", "Student." + new string('s', 60) }, verdict.UnknownFields);
    }

    private static AnswerVerdict Check(int status, string body)
        => AnswerCheck.Run("GET", StudentsPath, OperationMatcher.Match("GET", StudentsPath), status, "application/json", Encoding.UTF8.GetBytes(body));

    private static string Findings(AnswerVerdict verdict) => string.Join(" | ", verdict.Findings.Select(f => $"{f.Seen} (documented: {f.Documented})"));
}
