using System.IO;
using System.Linq;
using System.Reflection;
using IlluminatePerms.Checklist;
using IlluminatePerms.Generator.Tests.Harness;
using IlluminatePerms.Grants;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

/// <summary><c>RequiredGrants.Features</c>: one grant set per feature of the spec's Feature column, and the checklist's features.</summary>
public class FeatureTests
{
    private const string Header = "# Product Name: Acme\nArea,Access,Reason,Feature\n";

    private const string Spec = Header
        + "Student Data,Read,rosters,Rostering; Attendance\n"
        + "Attendance,Read,daily attendance,attendance\n"
        + "Gradebook Scores,\"Read, Update\",score write-back,Gradebook sync\n"
        + "Users,Read,logins,\n";

    [Fact]
    public void Each_feature_is_a_grant_set_of_every_row_that_serves_it_even_when_named_like_an_area()
    {
        var run = GeneratorHarness.Run(Spec);

        Assert.Empty(run.Diagnostics);
        var features = Load(run).GetType("IlluminatePerms.Generated.RequiredGrants+Features", throwOnError: true)!;
        Assert.Equal(new[] { "Attendance", "GradebookSync", "Rostering" }, features.GetProperties().Select(p => p.Name).Order());
        Assert.Equal(GrantSet.Parse("Student Data: Read"), Value(features, "Rostering"));
        Assert.Equal(GrantSet.Parse("Student Data: Read; Attendance: Read"), Value(features, "Attendance"));
        Assert.Equal(GrantSet.Parse("Gradebook Scores: Read, Update"), Value(features, "GradebookSync"));
    }

    [Fact]
    public void Each_member_documents_the_feature_as_written_and_its_grants()
    {
        var run = GeneratorHarness.Run(Spec);

        Assert.Contains("/// <summary>The feature “Gradebook sync”: Gradebook Scores: Read, Update.</summary>", run.GeneratedText);
        Assert.Contains("/// <summary>The feature “Attendance”: Student Data: Read; Attendance: Read.</summary>", run.GeneratedText);
    }

    [Fact]
    public void A_spec_without_a_feature_column_gets_no_features_class()
    {
        var run = GeneratorHarness.Run("Area,Access,Reason\nStudent Data,Read,rosters\n");

        Assert.DoesNotContain("class Features", run.GeneratedText);
        Assert.Null(Load(run).GetType("IlluminatePerms.Generated.RequiredGrants+Features"));
    }

    [Theory]
    [InlineData("Gradebook sync", "GradebookSync")]
    [InlineData("early-warning reports", "EarlyWarningReports")]
    [InlineData("GPA & transcripts (grades)", "GPATranscriptsGrades")]
    [InlineData("504 plans", "_504Plans")]
    [InlineData("class", "Class")]
    [InlineData("évaluations", "Évaluations")]
    public void The_member_name_is_the_pascal_case_of_the_words_and_compiles(string feature, string member)
    {
        var run = GeneratorHarness.Run(Header + $"Student Data,Read,rosters,\"{feature}\"\n");

        Assert.Empty(run.Diagnostics);
        Assert.Contains($"public static global::IlluminatePerms.Grants.GrantSet {member} {{ get; }}", run.GeneratedText);
        Assert.Equal(GrantSet.Parse("Student Data: Read"), Value(Load(run).GetType("IlluminatePerms.Generated.RequiredGrants+Features")!, member));
    }

    [Fact]
    public void The_generated_checklist_names_the_features_each_tick_serves()
    {
        var run = GeneratorHarness.Run(Spec);

        var checklist = (ChecklistModel)Load(run).GetType("IlluminatePerms.Generated.RequiredGrants")!.GetProperty("Checklist")!.GetValue(null)!;
        Assert.Equal(new[] { "Rostering", "Attendance" }, checklist.Rows.Single(r => r.Grant.Area.Name == "Student Data").Features);
        Assert.Empty(checklist.Rows.Single(r => r.Grant.Area.Name == "Users").Features);
        Assert.Contains("- [ ] Gradebook Scores: Read, Update. score write-back (Serves: Gradebook sync)\n", AdminChecklist.Render(checklist, ChecklistFormat.Markdown));
    }

    [Fact]
    public void A_renamed_feature_re_emits_the_source()
    {
        var compilation = GeneratorHarness.Compilation();
        var original = new InMemoryAdditionalText(GeneratorHarness.SpecPath, Spec);
        var driver = GeneratorHarness.Driver(new[] { original }).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(GeneratorHarness.SpecPath, Spec.Replace("Gradebook sync", "Score write-back"));
        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps["SourceModel"].Single().Outputs.Single().Reason);
        Assert.Contains("GrantSet ScoreWriteBack { get; }", result.GeneratedSources.Single().SourceText.ToString());
    }

    private static GrantSet Value(System.Type features, string member) => (GrantSet)features.GetProperty(member)!.GetValue(null)!;

    /// <summary>Compiles the generated code (no warning allowed) and loads it, so the test reads the sets the product would.</summary>
    private static Assembly Load(GeneratorRun run)
    {
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }
}
