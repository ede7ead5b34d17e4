using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

public class CompileTests
{
    private const string Consumer = """
        using IlluminatePerms.Generated;
        using IlluminatePerms.Grants;

        /// <summary>Uses the generated grants the way product code does.</summary>
        public static class Consumer
        {
            /// <summary>The score write-back grant.</summary>
            public static Grant ScoreWriteBack => RequiredGrants.GradebookScores.Update;

            /// <summary>Validates a certificate.</summary>
            public static GrantValidation Check(GrantSet actual) => RequiredGrants.Validate(actual);

            /// <summary>The checklist.</summary>
            public static string Checklist => RequiredGrants.AdminChecklist;
        }
        """;

    [Fact]
    public void Generated_code_compiles_without_any_warning_with_documentation_checks_on()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealSpec, null, Consumer);

        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString());
        Assert.Empty(problems);
    }

    [Fact]
    public void A_header_only_spec_generates_an_empty_All_that_compiles_and_validates()
    {
        const string UsesAll = """
            using IlluminatePerms.Generated;
            using IlluminatePerms.Grants;

            /// <summary>Reads the set.</summary>
            public static class Reader
            {
                /// <summary>How many grants the spec asks for.</summary>
                public static int Count => RequiredGrants.All.Count;

                /// <summary>Validates a certificate.</summary>
                public static GrantValidation Check(GrantSet actual) => RequiredGrants.Validate(actual);
            }
            """;
        var run = GeneratorHarness.Run("Group,Table/Program Area,Permission Needed,Reason\n", null, UsesAll);

        Assert.Equal(["IP1005", "IP1018"], run.Diagnostics.Select(d => d.Id));
        var all = run.GeneratedText.Split("All { get; } = ")[1].Split(';')[0];
        Assert.Equal("global::IlluminatePerms.Grants.GrantSet.Of(global::System.Array.Empty<global::IlluminatePerms.Grants.Grant>())", string.Concat(all.Where(c => !char.IsWhiteSpace(c))));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void The_generated_class_is_internal_by_default_so_two_projects_that_generate_it_never_collide()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealSpec);

        Assert.Contains("\ninternal static partial class RequiredGrants\n", run.GeneratedText.Replace("    ", string.Empty));
        var type = run.Output.GetTypeByMetadataName("IlluminatePerms.Generated.RequiredGrants");
        Assert.Equal(Accessibility.Internal, type!.DeclaredAccessibility);
    }

    [Theory]
    [InlineData("public", Accessibility.Public)]
    [InlineData("Public", Accessibility.Public)]
    [InlineData("internal", Accessibility.Internal)]
    public void IlluminatePermsClassVisibility_makes_it_public_on_request(string value, Accessibility expected)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealSpec, new Dictionary<string, string> { ["build_property.IlluminatePermsClassVisibility"] = value });

        Assert.Empty(run.Diagnostics);
        Assert.Equal(expected, run.Output.GetTypeByMetadataName("IlluminatePerms.Generated.RequiredGrants")!.DeclaredAccessibility);
    }

    [Fact]
    public void An_area_named_like_the_class_gets_a_suffix_instead_of_breaking_the_build()
    {
        var run = GeneratorHarness.Run(
            "Area,Access,Reason\nGrades,Read,report cards\n",
            new Dictionary<string, string> { ["build_property.IlluminatePermsClassName"] = "Grades" });

        Assert.Contains("public static class GradesArea", run.GeneratedText);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Reasons_with_markup_quotes_and_line_breaks_stay_valid_code_and_xml()
    {
        var run = GeneratorHarness.Run("# Product Name: \"Acme\" <Tools> & Co\nArea,Access,Reason\nStudent Data,Read,\"a <b> & \"\"c\"\"\nsecond line\"\n");

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Contains("a &lt;b&gt; &amp; \"c\" second line", run.GeneratedText);
        Assert.Contains("ProductName = \"\\\"Acme\\\" <Tools> & Co\"", run.GeneratedText);
    }

    [Fact]
    public void A_reason_keeps_its_surrogate_pairs_and_loses_lone_surrogates_and_an_empty_one_says_so()
    {
        var run = GeneratorHarness.Run("Area,Access,Reason\nStudent Data,Read,rosters \U0001F600 ok \uD800 x \uDC00\nUsers,Read,\"\"\nTeacher Data,Read,last \uD800\n");

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "IP1010").Select(d => d.ToString()));
        Assert.Contains("(Student Data): rosters \U0001F600 ok   x  </summary>", run.GeneratedText);
        Assert.Contains("): last  </summary>", run.GeneratedText);
        var users = run.GeneratedText.Split('\n').Single(line => line.Contains("/// <summary>Users (", System.StringComparison.Ordinal));
        Assert.EndsWith("): (no reason given)</summary>", users.TrimEnd(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_checklist_model_carries_typed_grants_reasons_product_and_comment_and_renders_at_run_time()
    {
        var run = GeneratorHarness.Run("# Product Name: Acme\n# Comment: Sync\nArea,Access,Reason\nUsers,Read,u\nGradebook Scores,\"Read, Update\",scores\n");

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Contains("new global::IlluminatePerms.Checklist.ChecklistRow(new global::IlluminatePerms.Grants.Grant(GradebookScores.Area, global::IlluminatePerms.Grants.AeriesAccess.Read | global::IlluminatePerms.Grants.AeriesAccess.Update), \"scores\"),", run.GeneratedText);
        Assert.Contains("Checklist { get; } = new global::IlluminatePerms.Checklist.ChecklistModel(ProductName, Comment,", run.GeneratedText);
        Assert.Contains("public const string? Comment = \"Sync\";", run.GeneratedText);
        Assert.Contains("AdminChecklist => global::IlluminatePerms.Checklist.AdminChecklist.Render(Checklist, global::IlluminatePerms.Checklist.ChecklistFormat.Markdown);", run.GeneratedText);
    }

    [Fact]
    public void A_consumer_of_the_core_alone_gets_the_checklist_model_but_no_renderer_call_and_compiles()
    {
        // The renderer (Scriban) ships in IlluminatePerms.Client; the core package must still compile on its own.
        const string coreConsumer = """
            using IlluminatePerms.Generated;

            /// <summary>Reads the checklist model without rendering it.</summary>
            public static class CoreConsumer
            {
                /// <summary>How many rows the admin ticks.</summary>
                public static int Rows => RequiredGrants.Checklist.Rows.Count;
            }
            """;
        var compilation = GeneratorHarness.CoreOnlyCompilation(coreConsumer);
        GeneratorHarness.Driver(new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, "Area,Access,Reason\nUsers,Read,u\n") })
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var generated = Assert.Single(output.SyntaxTrees, tree => tree.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Contains("ChecklistModel Checklist { get; }", generated);
        Assert.DoesNotContain("AdminChecklist", generated.Replace("AdminChecklist.Render of the IlluminatePerms.Client package", string.Empty, System.StringComparison.Ordinal));
    }
}
