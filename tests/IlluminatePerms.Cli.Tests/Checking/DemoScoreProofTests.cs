using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Check;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Checking;

/// <summary>
/// The demo's search for a score to write back gives up after ten teachers, and its error says how
/// many it looked at. A stub posted to the mock's admin API makes every assignment answer no scores,
/// or only a score without a completion date, which a no-op write cannot send back unchanged.
/// </summary>
public sealed class DemoScoreProofTests
{
    private const string ScoresStub = """
        {"Request":{"Path":{"Matchers":[{"Name":"RegexMatcher","Pattern":"^/api/v5/gradebooks/[0-9]+/assignments/[0-9]+/scores$","IgnoreCase":true}]},"Methods":["GET"]},
         "Response":{"StatusCode":200,"Body":"BODY","Headers":{"Content-Type":"application/json"}}}
        """;

    [Theory]
    [InlineData(300, 10, "[]")] // 12 teachers: it stops at ten
    [InlineData(100, 8, "[]")] // 8 teachers: it looks at every one
    [InlineData(100, 8, """[{\"StudentID\":99400001,\"NumberCorrect\":null,\"DateCompleted\":null}]""")]
    public async Task With_no_dated_score_anywhere_it_fails_and_says_how_many_teachers_it_looked_at(int scale, int teachers, string scores)
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = scale, AdminInterface = true });
        using (var admin = new HttpClient { BaseAddress = aeries.BaseUrl })
        {
            var posted = await admin.PostAsync("__admin/mappings", new StringContent(ScoresStub.Replace("BODY", scores, System.StringComparison.Ordinal), Encoding.UTF8, "application/json"));
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }

        var error = await Assert.ThrowsAsync<CliException>(() => DemoScoreProof.FindAsync(aeries, CancellationToken.None));

        Assert.Contains($"(looked at {teachers} teacher(s))", error.Message);
        var gradebookReads = aeries.Journal.Entries.Where(e => e.Path.StartsWith("/api/v5/staff/", System.StringComparison.OrdinalIgnoreCase)).Select(e => e.Path).Distinct().Count();
        Assert.Equal(teachers, gradebookReads);
    }
}
