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
    public Task Nameof_is_not_a_use()
        => Verify.AnalyzerAsync(
            """
            class Sync
            {
                string Name => nameof(Vendor.AeriesClient.GetStudentsAsync);
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n");

    [Fact]
    public Task Calls_from_generated_code_are_checked_like_any_other()
        => Verify.AnalyzerAsync(
            """
            // <auto-generated/>
            class Generated
            {
                System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#0:client.GetStudentsAsync(994)|};
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n",
            Verify.MissingGrant(0, "AeriesClient.GetStudentsAsync", "Student Data: Read"));

    [Fact]
    public Task A_grant_on_a_base_class_covers_the_members_of_derived_classes()
        => Verify.AnalyzerAsync(
            """
            using IlluminatePerms.Grants;

            [RequiresGrant("Student Pictures", AeriesAccess.Read)]
            class PictureBase { }

            class Pictures : PictureBase
            {
                public void Load() { }
            }

            class Sync
            {
                void Run(Pictures pictures) => {|#0:pictures.Load()|};
            }
            """,
            Header + "Student Data,Student Data,Read,r\n",
            Verify.MissingGrant(0, "Pictures.Load", "Student Pictures: Read"));

    [Fact]
    public Task An_event_of_a_type_that_carries_the_attribute_needs_its_grant()
        => Verify.AnalyzerAsync(
            """
            using System;
            using IlluminatePerms.Grants;

            [RequiresGrant("Attendance", AeriesAccess.Read)]
            class AttendanceFeed
            {
                public event EventHandler? Changed { add { } remove { } }
            }

            class Sync
            {
                void Run(AttendanceFeed feed) => {|#0:feed.Changed|} += (_, _) => { };
            }
            """,
            "Area,Access,Reason\nStudent Data,Read,r\n",
            Verify.MissingGrant(0, "AttendanceFeed.Changed", "Attendance: Read"));

    [Fact]
    public Task An_unknown_area_in_the_attribute_is_one_error_at_the_attribute_however_often_it_is_used()
        => Verify.AnalyzerAsync(
            """
            using IlluminatePerms.Grants;

            class Client
            {
                [{|#0:RequiresGrant("Gradebok Scores", AeriesAccess.Read)|}]
                public void Load() { }

                void Run()
                {
                    Load();
                    Load();
                }
            }
            """,
            FullSpec,
            new DiagnosticResult("IP0004", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'Client.Load' declares [RequiresGrant(\"Gradebok Scores\")], but 'Gradebok Scores' is not an Aeries API Security area (closest: 'Gradebook Scores')"));

    [Fact]
    public Task An_unknown_area_is_reported_even_when_nothing_uses_the_member()
        => Verify.AnalyzerAsync(
            """
            using IlluminatePerms.Grants;

            [{|#0:RequiresGrant("Contcts", AeriesAccess.Read)|}]
            class Contacts { }
            """,
            FullSpec,
            new DiagnosticResult("IP0004", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'Contacts' declares [RequiresGrant(\"Contcts\")], but 'Contcts' is not an Aeries API Security area (closest: 'Contacts')"));
}
