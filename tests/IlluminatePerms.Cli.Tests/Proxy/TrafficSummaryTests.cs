using System;
using System.Text;
using IlluminatePerms.Cli.Commands.Proxy;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// The summary <c>proxy</c> prints at Ctrl+C, built here from exchanges directly: what it says when
/// the traffic needed no permission and broke nothing, and how a name or finding that would break
/// its Markdown table is written.
/// </summary>
public sealed class TrafficSummaryTests
{
    [Fact]
    public void Traffic_that_needs_no_permission_and_breaks_nothing_says_none_in_each_section()
    {
        var summary = new TrafficSummary();
        Add(summary, "GET", "api/v5/schools/994", 200, "{\"SchoolCode\":994}");

        Assert.Equal(
            """
            # illuminate-perms proxy: summary

            1 request(s), 1 operation(s) of the contract.

            ## Grants the traffic exercised

            None: no request called an operation that needs a permission.

            As spec rows (permissions.csv):

            ```csv
            Group,Table/Program Area,Permission Needed,Reason
            ```

            ## Contract findings

            None: every answer checked matched the contract's status, kind and documented field types.

            ## Fields the contract does not know (noted, not errors)

            None.

            """,
            summary.Render().Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.True(summary.Grants.IsEmpty);
    }

    [Fact]
    public void A_pipe_or_backtick_from_the_answer_is_escaped_so_the_table_keeps_its_columns()
    {
        var summary = new TrafficSummary();
        Add(summary, "GET", "api/v5/schools/994/students", 200, "[{\"Nick|name`\":1,\"StudentID\":1}]");
        Add(summary, "GET", "api/v5/x|y`z", 404, "{}");

        var text = summary.Render();

        Assert.Contains("- Student.Nick\\|name' (in students.get_student_information)", text, StringComparison.Ordinal);
        Assert.Contains("| (none) | `GET api/v5/x\\|y'z` | GET api/v5/x\\|y'z (status 404) | no operation of the contract has this method and path | 1 |", text, StringComparison.Ordinal);
    }

    private static void Add(TrafficSummary summary, string method, string path, int status, string body)
    {
        var exchange = new ProxiedExchange
        {
            Started = DateTimeOffset.UnixEpoch,
            Method = method,
            Path = path,
            Query = string.Empty,
            RequestHeaders = [],
            RequestBody = [],
            Certificates = [],
            Status = status,
            ContentType = "application/json",
            AnswerBody = Encoding.UTF8.GetBytes(body),
        };
        var match = OperationMatcher.Match(method, path);
        summary.Add(exchange, match, AnswerCheck.Run(method, path, match, status, exchange.ContentType, exchange.AnswerBody));
    }
}
