using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static IlluminatePerms.Analyzers.Tests.Harness.AnalyzerTestSetup;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>
/// The fix never makes a broken spec worse: on a spec with an error about the area it is not offered
/// (a second row would duplicate the area, or hide the typo); errors about other areas do not stop it.
/// A test whose fixed spec equals the original fails if any fix is applied.
/// </summary>
public class AddGrantCodeFixSafetyTests
{
    private const string ReadsStudents = """
        class Sync
        {
            System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#0:client.GetStudentsAsync(994)|};
        }
        """;

    private const string ReadsContacts = """
        using IlluminatePerms.Grants;

        class Sync
        {
            [RequiresGrant("Contacts", AeriesAccess.Read)]
            void LoadContacts() { }

            void Run() => {|#0:LoadContacts()|};
        }
        """;

    [Fact]
    public Task Not_offered_when_the_areas_row_has_a_misspelt_level()
    {
        var spec = Header + "Student Data,Student Data,Raed,rosters\n";
        return NotOffered(ReadsStudents, spec, Verify.MissingGrant(0, "AeriesClient.GetStudentsAsync", "Student Data: Read"));
    }

    [Fact]
    public Task Not_offered_when_the_area_is_misspelt_in_the_spec()
    {
        var spec = Header + "Student Data,Student Data,Read,rosters\nStudent Programs,Contcts,Read,guardians\n";
        return NotOffered(ReadsContacts, spec, Verify.MissingGrant(0, "Sync.LoadContacts", "Contacts: Read"));
    }

    [Fact]
    public Task Not_offered_when_the_area_is_on_two_rows()
    {
        var spec = Header + "Gradebook,Gradebook Scores,Read,scores\nGradebook,Gradebook Scores,Read,again\n";
        return NotOffered(
            """
            class Sync
            {
                System.Threading.Tasks.Task Run(Vendor.IScores scores) => {|#0:scores.UpdateScoresAsync(1)|};
            }
            """,
            spec,
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update"));
    }

    [Fact]
    public Task Not_offered_when_the_csv_is_malformed()
    {
        var spec = Header + "Gradebook,Gradebook Data,Read,\"never closed\n";
        return NotOffered(ReadsStudents, spec, Verify.MissingGrant(0, "AeriesClient.GetStudentsAsync", "Student Data: Read"));
    }

    [Fact]
    public Task An_error_about_another_area_does_not_stop_it_and_stays_for_the_author()
        => Verify.CodeFix(
            ReadsStudents,
            Header + "Student Programs,Contcts,Read,guardians\n",
            Header + "Student Data,Student Data,Read,TODO: say why the product needs it (used by AeriesClient.GetStudentsAsync)\nStudent Programs,Contcts,Read,guardians\n",
            Verify.MissingGrant(0, "AeriesClient.GetStudentsAsync", "Student Data: Read")).RunAsync();

    [Fact]
    public async Task Fix_all_skips_only_the_area_with_errors()
    {
        var test = Verify.CodeFix(
            """
            using IlluminatePerms.Grants;

            class Sync
            {
                [RequiresGrant("Contacts", AeriesAccess.Read)]
                void LoadContacts() { }

                async System.Threading.Tasks.Task Run(Vendor.AeriesClient client)
                {
                    {|#0:LoadContacts()|};
                    await {|#1:client.GetStudentsAsync(994)|};
                }
            }
            """,
            Header + "Student Programs,Contcts,Read,guardians\n",
            Header + "Student Data,Student Data,Read,TODO: say why the product needs it (used by AeriesClient.GetStudentsAsync)\nStudent Programs,Contcts,Read,guardians\n",
            Verify.MissingGrant(0, "Sync.LoadContacts", "Contacts: Read"),
            Verify.MissingGrant(1, "AeriesClient.GetStudentsAsync", "Student Data: Read"));

        // The Contacts call stays unfixed: its IP0001 (and the carrier) remain in the fixed state.
        test.FixedState.ExpectedDiagnostics.AddRange(Verify.WithFixCarriers(new[] { Verify.MissingGrant(0, "Sync.LoadContacts", "Contacts: Read") }));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    /// <summary>The spec stays as it was and the diagnostic stays: no fix was applied.</summary>
    private static Task NotOffered(string code, string spec, DiagnosticResult expected)
    {
        var test = Verify.CodeFix(code, spec, spec, expected);
        test.FixedState.ExpectedDiagnostics.AddRange(Verify.WithFixCarriers(new[] { expected }));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }
}
