using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>The follow-on rule: a spec whose header cannot be read is one error, not one per call site.</summary>
public class UnreadableSpecTests
{
    private const string Uses = """
        class Sync
        {
            async System.Threading.Tasks.Task Run(Vendor.AeriesClient client)
            {
                await client.GetStudentsAsync(994);
                await client.UpdateScoresAsync(1);
                await client.GetGradebookAsync(1);
            }
        }
        """;

    [Theory]
    [InlineData("Group;Table/Program Area;Permission Needed;Reason\nStudent Data;Student Data;Read;r\n")]
    [InlineData("Group\tTable/Program Area\tPermission Needed\tReason\nStudent Data\tStudent Data\tRead\tr\n")]
    [InlineData("Group,Table/Program Area,Permissions Needed,Reason\nStudent Data,Student Data,Read,r\n")]
    public Task An_unreadable_header_is_one_IP0006_instead_of_an_IP0001_at_every_call(string spec)
        => Verify.AnalyzerAsync(
            Uses,
            spec,
            new DiagnosticResult("IP0006", DiagnosticSeverity.Error)
                .WithMessage("Members with [RequiresGrant] are used but permissions.csv cannot be read, so no call is checked against it: fix the error reported at its header"));

    [Fact]
    public Task An_unreadable_spec_nothing_uses_adds_nothing_to_the_spec_error()
        => Verify.AnalyzerAsync("class Nothing { }", "Area;Access;Reason\nStudent Data;Read;r\n");

    [Fact]
    public Task A_readable_spec_with_a_bad_row_still_checks_every_call()
        => Verify.AnalyzerAsync(
            """
            class Sync
            {
                System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#0:client.UpdateScoresAsync(1)|};
            }
            """,
            AnalyzerTestSetup.Header + "Gradebook,Gradebook Scores,Raed,r\n",
            Verify.MissingGrant(0, "AeriesClient.UpdateScoresAsync", "Gradebook Scores: Update"));
}
