using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static IlluminatePerms.Analyzers.Tests.Harness.AnalyzerTestSetup;

namespace IlluminatePerms.Analyzers.Tests;

public class AddGrantCodeFixTests
{
    private const string WritesScores = """
        class Sync
        {
            System.Threading.Tasks.Task Run(Vendor.IScores scores) => {|#0:scores.UpdateScoresAsync(1)|};
        }
        """;

    [Fact]
    public Task An_existing_row_gets_the_missing_level()
        => Verify.CodeFix(
            WritesScores,
            Header + "Gradebook,Gradebook Scores,Read,scores\nScheduling,Staff Data,Read,staff\n",
            Header + "Gradebook,Gradebook Scores,\"Read, Update\",scores\nScheduling,Staff Data,Read,staff\n",
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update")).RunAsync();

    [Fact]
    public Task The_fix_names_the_grant_and_the_spec_file_it_edits()
    {
        var test = Verify.CodeFix(
            WritesScores,
            Header + "Gradebook,Gradebook Scores,Read,scores\n",
            Header + "Gradebook,Gradebook Scores,\"Read, Update\",scores\n",
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update"));
        // The test host names a document by its path; an IDE names it by its file name.
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Add 'Gradebook Scores: Update' to " + AnalyzerTestSetup.SpecFile, action.Title);
        return test.RunAsync();
    }

    [Fact]
    public Task A_quoted_access_field_stays_quoted()
        => Verify.CodeFix(
            WritesScores,
            Header + "Gradebook,Gradebook Scores,\"Read\",scores\n",
            Header + "Gradebook,Gradebook Scores,\"Read, Update\",scores\n",
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update")).RunAsync();

    [Fact]
    public Task A_missing_area_gets_a_row_in_its_group_naming_the_member()
        => Verify.CodeFix(
            WritesScores,
            "# Product Name: Acme\n" + Header
                + "Student Data,Student Data,Read,r\n"
                + "Gradebook,Gradebook Data,Read,gradebooks\n"
                + "Scheduling,Staff Data,Read,staff\n",
            "# Product Name: Acme\n" + Header
                + "Student Data,Student Data,Read,r\n"
                + "Gradebook,Gradebook Data,Read,gradebooks\n"
                + "Gradebook,Gradebook Scores,Update,TODO: say why the product needs it (used by IScores.UpdateScoresAsync)\n"
                + "Scheduling,Staff Data,Read,staff\n",
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update")).RunAsync();

    [Fact]
    public Task Without_its_group_a_row_goes_after_the_areas_aeries_shows_before_it()
        => Verify.CodeFix(
            WritesScores,
            Header + "Student Data,Student Data,Read,r\nScheduling,Staff Data,Read,staff\n",
            Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Scores,Update,TODO: say why the product needs it (used by IScores.UpdateScoresAsync)\nScheduling,Staff Data,Read,staff\n",
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update")).RunAsync();

    [Fact]
    public Task Crlf_line_ends_are_kept()
        => Verify.CodeFix(
            WritesScores,
            (Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Data,Read,g\n").Replace("\n", "\r\n"),
            (Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Data,Read,g\nGradebook,Gradebook Scores,Update,TODO: say why the product needs it (used by IScores.UpdateScoresAsync)\n").Replace("\n", "\r\n"),
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update")).RunAsync();

    [Fact]
    public Task A_file_without_a_final_newline_stays_without_one()
        => Verify.CodeFix(
            WritesScores,
            Header + "Gradebook,Gradebook Data,Read,g",
            Header + "Gradebook,Gradebook Data,Read,g\nGradebook,Gradebook Scores,Update,TODO: say why the product needs it (used by IScores.UpdateScoresAsync)",
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update")).RunAsync();

    [Fact]
    public Task A_row_that_aeries_shows_first_in_its_group_goes_before_the_group()
        => Verify.CodeFix(
            """
            class Sync
            {
                System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#0:client.GetGradebookAsync(1)|};
            }
            """,
            Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Scores,Read,scores\n",
            Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Data,Read,TODO: say why the product needs it (used by AeriesClient.GetGradebookAsync)\nGradebook,Gradebook Scores,Read,scores\n",
            Verify.MissingGrant(0, "AeriesClient.GetGradebookAsync", "Gradebook Data: Read")).RunAsync();

    [Fact]
    public Task A_header_with_other_columns_gets_a_row_in_its_own_column_order()
        => Verify.CodeFix(
            WritesScores,
            "Reason,Access,Area,Notes\nrosters,Read,Student Data,\n",
            "Reason,Access,Area,Notes\nrosters,Read,Student Data,\nTODO: say why the product needs it (used by IScores.UpdateScoresAsync),Update,Gradebook Scores,\n",
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update")).RunAsync();

    [Fact]
    public async Task Fix_all_adds_every_missing_grant_in_one_edit()
    {
        var test = Verify.CodeFix(
            """
            using Vendor;

            class Sync
            {
                async System.Threading.Tasks.Task Run(AeriesClient client, IScores scores, PictureClient pictures)
                {
                    await {|#0:scores.UpdateScoresAsync(1)|};
                    await {|#1:client.GetTranscriptAsync(1)|};
                    await {|#2:client.GetGradebookAsync(1)|};
                    await {|#3:pictures.GetPictureAsync(2)|};
                    await {|#4:pictures.GetPictureAsync(3)|};
                }
            }
            """,
            Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Scores,Read,scores\n",
            Header
                + "Student Data,Student Data,Read,r\n"
                + "Other,Student Pictures,Read,TODO: say why the product needs it (used by PictureClient.GetPictureAsync)\n"
                + "Gradebook,Gradebook Data,Read,TODO: say why the product needs it (used by AeriesClient.GetGradebookAsync)\n"
                + "Gradebook,Gradebook Scores,\"Read, Update\",scores\n"
                + "Grade Reporting,Transcripts,Read,TODO: say why the product needs it (used by ClientExtensions.GetTranscriptAsync)\n",
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update"),
            Verify.MissingGrant(1, "ClientExtensions.GetTranscriptAsync", "Transcripts: Read"),
            Verify.MissingGrant(2, "AeriesClient.GetGradebookAsync", "Gradebook Data: Read"),
            Verify.MissingGrant(3, "PictureClient.GetPictureAsync", "Student Pictures: Read"),
            Verify.MissingGrant(4, "PictureClient.GetPictureAsync", "Student Pictures: Read"));

        // One at a time takes four edits (two calls need the same grant); Fix All, one.
        test.NumberOfIncrementalIterations = 4;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_puts_several_rows_that_land_at_one_place_in_screen_order()
    {
        // Called in reverse screen order; the three Scheduling rows all go after Student Data.
        var test = Verify.CodeFix(
            """
            using IlluminatePerms.Grants;

            class Scheduling
            {
                [RequiresGrant("Master Schedule", AeriesAccess.Read)]
                void MasterSchedule() { }

                [RequiresGrant("Staff Data", AeriesAccess.Read)]
                void Staff() { }

                [RequiresGrant("Teacher Data", AeriesAccess.Read)]
                void Teachers() { }

                void Run()
                {
                    {|#0:MasterSchedule()|};
                    {|#1:Staff()|};
                    {|#2:Teachers()|};
                }
            }
            """,
            Header + "Student Data,Student Data,Read,r\n",
            Header
                + "Student Data,Student Data,Read,r\n"
                + "Scheduling,Teacher Data,Read,TODO: say why the product needs it (used by Scheduling.Teachers)\n"
                + "Scheduling,Staff Data,Read,TODO: say why the product needs it (used by Scheduling.Staff)\n"
                + "Scheduling,Master Schedule,Read,TODO: say why the product needs it (used by Scheduling.MasterSchedule)\n",
            Verify.MissingGrant(0, "Scheduling.MasterSchedule", "Master Schedule: Read"),
            Verify.MissingGrant(1, "Scheduling.Staff", "Staff Data: Read"),
            Verify.MissingGrant(2, "Scheduling.Teachers", "Teacher Data: Read"));
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_the_solution_merges_every_projects_rows_into_a_spec_they_share()
    {
        var test = Verify.CodeFix(
            """
            class Sync
            {
                System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#0:client.GetStudentsAsync(1)|};
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,g\n",
            Header + "Student Data,Student Data,Read,TODO: say why the product needs it (used by AeriesClient.GetStudentsAsync)\nGradebook,Gradebook Data,Read,g\n"
                + "Grade Reporting,Transcripts,Read,TODO: say why the product needs it (used by ClientExtensions.GetTranscriptAsync)\n",
            Verify.MissingGrant(0, "AeriesClient.GetStudentsAsync", "Student Data: Read"));

        // A second project (its own copy of the client) reads the same file from the same path.
        foreach (var (state, specText) in new[] { (test.TestState, Header + "Gradebook,Gradebook Data,Read,g\n"), (test.FixedState, test.FixedState.AdditionalFiles[0].content.ToString()) })
        {
            var project = new ProjectState("Second", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/1/Test", "cs");
            state.AdditionalProjects.Add("Second", project);
            project.Sources.Add(AnalyzerTestSetup.Client);
            project.Sources.Add("""
                using Vendor;

                class Report
                {
                    System.Threading.Tasks.Task Run(AeriesClient client) => {|#1:client.GetTranscriptAsync(1)|};
                }
                """);
            project.AdditionalReferences.AddRange(AnalyzerTestSetup.References);
            project.AdditionalFiles.Add((AnalyzerTestSetup.SpecFile, specText));
        }

        test.ExpectedDiagnostics.AddRange(Verify.WithFixCarriers(new[] { Verify.MissingGrant(1, "ClientExtensions.GetTranscriptAsync", "Transcripts: Read") }));
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck;
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
