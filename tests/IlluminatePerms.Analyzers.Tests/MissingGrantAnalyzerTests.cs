using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static IlluminatePerms.Analyzers.Tests.Harness.AnalyzerTestSetup;

namespace IlluminatePerms.Analyzers.Tests;

public class MissingGrantAnalyzerTests
{
    private const string FullSpec = Header
        + "Student Data,Student Data,Read,r\n"
        + "Other,Student Pictures,Read,r\n"
        + "Gradebook,Gradebook Data,Read,r\n"
        + "Gradebook,Gradebook Scores,\"Read, Update\",r\n"
        + "Scheduling,Staff Data,Read,r\n"
        + "Grade Reporting,Transcripts,Read,r\n";

    private const string Uses = """
        using Vendor;

        class Sync
        {
            async System.Threading.Tasks.Task Run(AeriesClient client, IScores scores, PictureClient pictures)
            {
                var c = new AeriesClient("cert");
                await client.GetStudentsAsync(994);
                await client.UpdateScoresAsync(1);
                await scores.UpdateScoresAsync(1);
                await client.GetGradebookAsync(1);
                _ = client.StaffName;
                await pictures.GetPictureAsync(1);
                await client.GetTranscriptAsync(1);
                await client.SystemInfoAsync();
            }
        }
        """;

    [Fact]
    public Task A_spec_with_every_grant_leaves_the_code_clean()
        => Verify.AnalyzerAsync(Uses, FullSpec);

    [Fact]
    public Task A_call_whose_grant_is_missing_is_an_error_at_the_call_site()
        => Verify.AnalyzerAsync(
            """
            class Sync
            {
                System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#0:client.UpdateScoresAsync(1)|};
            }
            """,
            FullSpec.Replace("\"Read, Update\"", "Read"),
            Verify.MissingGrant(0, "AeriesClient.UpdateScoresAsync", "Gradebook Scores: Update"));

    [Fact]
    public Task Only_the_missing_level_is_named()
        => Verify.AnalyzerAsync(
            """
            class Sync
            {
                System.Threading.Tasks.Task Run(Vendor.IScores scores) => {|#0:scores.UpdateScoresAsync(1)|};
            }
            """,
            Header + "Gradebook,Gradebook Scores,Read,r\n",
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update"));

    [Fact]
    public Task Overrides_inherit_the_grant_of_the_member_they_override()
        => Verify.AnalyzerAsync(
            """
            class MyClient : Vendor.AeriesClient
            {
                public MyClient() : base("c") { }
                public override System.Threading.Tasks.Task GetGradebookAsync(int gradebook) => System.Threading.Tasks.Task.CompletedTask;
            }

            class Sync
            {
                System.Threading.Tasks.Task Run(MyClient client) => {|#0:client.GetGradebookAsync(1)|};
            }
            """,
            Header + "Student Data,Student Data,Read,r\n",
            Verify.MissingGrant(0, "MyClient.GetGradebookAsync", "Gradebook Data: Read"));

    [Fact]
    public Task Constructors_properties_method_groups_and_type_level_grants_count()
        => Verify.AnalyzerAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Vendor;

            class Sync
            {
                void Run(PictureClient pictures)
                {
                    var client = {|#0:new AeriesClient("c")|};
                    var name = {|#1:client.StaffName|};
                    Func<int, Task> load = {|#2:pictures.GetPictureAsync|};
                }
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n",
            Verify.MissingGrant(0, "AeriesClient", "Student Data: Read"),
            Verify.MissingGrant(1, "AeriesClient.StaffName", "Staff Data: Read"),
            Verify.MissingGrant(2, "PictureClient.GetPictureAsync", "Student Pictures: Read"));

    [Fact]
    public Task Extension_methods_lambdas_and_local_functions_are_checked()
        => Verify.AnalyzerAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Vendor;

            class Sync
            {
                void Run(AeriesClient client)
                {
                    Func<Task> lambda = () => {|#0:client.GetTranscriptAsync(1)|};
                    Task Local() => {|#1:client.GetStudentsAsync(994)|};
                }
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n",
            Verify.MissingGrant(0, "ClientExtensions.GetTranscriptAsync", "Transcripts: Read"),
            Verify.MissingGrant(1, "AeriesClient.GetStudentsAsync", "Student Data: Read"));

    [Fact]
    public async Task Top_level_statements_are_checked()
    {
        var test = Verify.Analyzer(
            """
            var client = {|#0:new Vendor.PictureClient()|};
            await {|#1:client.GetPictureAsync(1)|};
            """,
            Header + "Student Data,Student Data,Read,r\n",
            Verify.MissingGrant(0, "PictureClient", "Student Pictures: Read"),
            Verify.MissingGrant(1, "PictureClient.GetPictureAsync", "Student Pictures: Read"));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public Task Nameof_and_generated_code_are_not_uses()
        => Verify.AnalyzerAsync(
            """
            // <auto-generated/>
            class Generated
            {
                System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => client.GetStudentsAsync(994);
            }

            class Sync
            {
                string Name => nameof(Vendor.AeriesClient.GetStudentsAsync);
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n");

    [Fact]
    public Task An_unknown_area_in_the_attribute_is_an_error_with_a_suggestion()
        => Verify.AnalyzerAsync(
            """
            using IlluminatePerms.Grants;

            class Client
            {
                [RequiresGrant("Gradebok Scores", AeriesAccess.Read)]
                public void Load() { }

                void Run() => {|#0:Load()|};
            }
            """,
            FullSpec,
            new DiagnosticResult("IP0004", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'Client.Load' declares [RequiresGrant(\"Gradebok Scores\")], but 'Gradebok Scores' is not an Aeries API Security area (closest: 'Gradebook Scores')"));

    [Fact]
    public Task Using_grants_without_a_spec_is_one_warning_that_says_how_to_add_it()
        => Verify.AnalyzerAsync(
            Uses,
            spec: null,
            new DiagnosticResult("IP0003", DiagnosticSeverity.Warning)
                .WithMessage("Members with [RequiresGrant] are used but no permission spec is among AdditionalFiles: add permissions.csv to the project folder (or <AdditionalFiles Include=\"path/permissions.csv\" />), or name it with the IlluminatePermsSpecFile property"));
}
