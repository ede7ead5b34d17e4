using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

/// <summary>One test per spec diagnostic: ID, severity, message and the exact CSV location.</summary>
public class DiagnosticTests
{
    private const string Header = "Group,Table/Program Area,Permission Needed,Reason\n";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n\t\n")]
    public void Without_a_spec_or_with_a_blank_one_the_generator_is_silent_and_the_analyzer_reports_it(string? text)
    {
        // One diagnostic for one cause: IP0003 (code uses grants) or IP1001 (nothing used yet) come
        // from the analyzer, which alone knows which applies (see the analyzer tests).
        var files = text is null ? [] : new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, text) };
        var result = GeneratorHarness.Driver(files).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void IP1002_unterminated_quote()
    {
        AssertSingle(
            Header + "Gradebook,Gradebook Scores,\"Read, Update,why\n",
            "IP1002", DiagnosticSeverity.Error,
            "Unterminated quoted field: the quote opened here is never closed",
            line: 2, column: 28,
            alsoAllowed: "IP1003");
    }

    [Fact]
    public void IP1002_stray_quote_in_a_plain_field()
    {
        AssertSingle(
            Header + "Gradebook,Gradebook Scores,Read,the \"real\" reason\n",
            "IP1002", DiagnosticSeverity.Error,
            "A quote inside an unquoted field: put the whole field in quotes and double the quote (\"\")",
            line: 2, column: 37);
    }

    [Fact]
    public void IP1003_wrong_column_count()
    {
        AssertSingle(
            Header + "Student Data,Student Data,Read,rosters\nGradebook,Gradebook Scores,Read, Update,scores\n",
            "IP1003", DiagnosticSeverity.Error,
            "This row has 5 fields but the header has 4: put a field that contains a comma in quotes (\"Read, Update\")",
            line: 3, column: 1);
    }

    [Fact]
    public void IP1003_too_few_fields_asks_for_the_missing_ones_not_for_quotes()
    {
        AssertSingle(
            Header + "Student Data,Student Data,Read\n",
            "IP1003", DiagnosticSeverity.Error,
            "This row has 3 fields but the header has 4: add the missing field (an empty field still needs its comma)",
            line: 2, column: 1);
    }

    [Fact]
    public void IP1002_a_space_before_an_opening_quote_says_so()
    {
        AssertSingle(
            Header + "Gradebook,Gradebook Scores, \"Read, Update\",scores\n",
            "IP1002", DiagnosticSeverity.Error,
            "A space before the opening quote: remove it, so that the field starts with the quote (a comma, then \"...\")",
            line: 2, column: 29);
    }

    [Theory]
    [InlineData("Group;Table/Program Area;Permission Needed;Reason\nStudent Data;Student Data;Read;rosters\n", "';'")]
    [InlineData("Group\tTable/Program Area\tPermission Needed\tReason\nStudent Data\tStudent Data\tRead\trosters\n", "tabs")]
    public void IP1016_a_semicolon_or_tab_separated_spec_is_named_as_such_once(string spec, string separator)
    {
        AssertSingle(
            spec,
            "IP1016", DiagnosticSeverity.Error,
            $"The fields are separated by {separator} (Excel does this in some locales), but the spec uses commas: In Excel use File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in another editor save with the encoding UTF-8, or replace each separator by a comma",
            line: 1, column: 1);
    }

    [Fact]
    public void IP1004_a_near_miss_column_name_gets_the_right_one()
    {
        AssertSingle(
            "Group,Table/Program Area,Permissions Needed,Reason\nStudent Data,Student Data,Read,rosters\n",
            "IP1004", DiagnosticSeverity.Error,
            "The header has no 'Permission Needed' column (the access levels): did you mean 'Permission Needed' for 'Permissions Needed'?",
            line: 1, column: 26);
    }

    [Fact]
    public void IP1004_a_header_missing_a_column_names_it()
    {
        AssertSingle(
            "Group,Table/Program Area,Permission Needed\nStudent Data,Student Data,Read\n",
            "IP1004", DiagnosticSeverity.Error,
            "The header has no 'Reason' column (the reason): add it, as in 'Group,Table/Program Area,Permission Needed,Reason'",
            line: 1, column: 1);
    }

    [Fact]
    public void IP1007_a_misspelt_level_suggests_the_level()
    {
        AssertSingle(
            Header + "Student Data,Student Data,Raed,rosters\n",
            "IP1007", DiagnosticSeverity.Error,
            "'Raed' is not an access level; did you mean 'Read'?",
            line: 2, column: 27);
    }

    [Fact]
    public void Excel_empty_rows_are_ignored_like_blank_lines()
    {
        var run = GeneratorHarness.Run("# Product Name: Acme\n" + Header + ",,,\nStudent Data,Student Data,Read,rosters\n , ,,\n,,,\n");

        Assert.Empty(run.Diagnostics);
        Assert.Contains("public static class StudentData", run.GeneratedText);
    }

    [Fact]
    public void IP1017_text_that_was_not_utf8_is_reported_where_it_stands()
    {
        // What the compiler hands over for Excel's cp1252 "é" read as UTF-8: U+FFFD.
        var cp1252 = System.Text.Encoding.Latin1.GetBytes(Header + "Student Data,Student Data,Read,Rosters for the caf\u00e9\n");
        var spec = new System.Text.UTF8Encoding(false).GetString(cp1252);

        AssertSingle(
            spec,
            "IP1017", DiagnosticSeverity.Error,
            "The permission spec is not UTF-8: a character here (an accented letter such as 'é'?) could not be read and would reach the district as '\uFFFD'. In Excel use File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in another editor save with the encoding UTF-8",
            line: 2, column: 51);
    }

    [Fact]
    public void IP1017_a_spec_the_compiler_decoded_with_a_legacy_code_page_is_reported()
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From("# Product Name: Acme\n" + Header + "Student Data,Student Data,Read,caf\u00e9\n", System.Text.Encoding.Latin1);
        var files = new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, text) };

        var diagnostic = Assert.Single(GeneratorHarness.Driver(files).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Diagnostics);

        Assert.Equal(("IP1017", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.StartsWith("The permission spec is not UTF-8: the compiler read it as iso-8859-1", diagnostic.GetMessage());
    }

    [Fact]
    public void IP1018_a_spec_without_a_product_name_warns_once()
    {
        var run = GeneratorHarness.Run(Header + "Student Data,Student Data,Read,rosters\n");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("IP1018", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("ProductName = null", run.GeneratedText);
    }

    [Fact]
    public void IP1004_missing_header()
    {
        AssertSingle(
            "# Product Name: X\nStudent Data,Student Data,Read,rosters\n",
            "IP1004", DiagnosticSeverity.Error,
            "The first row must be a header naming the columns, such as 'Group,Table/Program Area,Permission Needed,Reason'",
            line: 2, column: 1);
    }

    [Fact]
    public void IP1005_empty_spec()
    {
        AssertSingle(
            "# nothing yet\n\n",
            "IP1005", DiagnosticSeverity.Warning,
            "The permission spec is empty: add the header 'Group,Table/Program Area,Permission Needed,Reason' and one row per Aeries area",
            line: 1, column: 1);
    }

    [Fact]
    public void IP1005_header_without_rows()
    {
        AssertSingle(
            Header,
            "IP1005", DiagnosticSeverity.Warning,
            "The permission spec has a header but no rows: add one row per Aeries area the product needs",
            line: 1, column: 1);
    }

    [Fact]
    public void IP1006_unknown_area_suggests_the_closest_name()
    {
        AssertSingle(
            Header + "Gradebook,Gradebok Scores,Read,scores\n",
            "IP1006", DiagnosticSeverity.Error,
            "'Gradebok Scores' is not an Aeries API Security area; did you mean 'Gradebook Scores'?",
            line: 2, column: 11);
    }

    [Fact]
    public void IP1006_unknown_area_without_a_plausible_suggestion()
    {
        AssertSingle(
            Header + "Other,Lunch Menu,Read,menus\n",
            "IP1006", DiagnosticSeverity.Error,
            "'Lunch Menu' is not an Aeries API Security area",
            line: 2, column: 7);
    }

    [Fact]
    public void IP1007_unknown_access_level()
    {
        AssertSingle(
            Header + "Gradebook,Gradebook Scores,\"Read, Write\",scores\n",
            "IP1007", DiagnosticSeverity.Error,
            "'Write' is not an access level: write Read, Update, Insert or Delete, separated by commas",
            line: 2, column: 28);
    }

    [Fact]
    public void IP1007_empty_access_level()
    {
        AssertSingle(
            Header + "Scheduling,Class Calendars,,calendars\n",
            "IP1007", DiagnosticSeverity.Error,
            "The row gives no access level: write Read, Update, Insert or Delete",
            line: 2, column: 28);
    }

    [Fact]
    public void IP1008_access_no_endpoint_uses()
    {
        AssertSingle(
            Header + "Student Data,Student Data,\"Read, Delete\",rosters\n",
            "IP1008", DiagnosticSeverity.Warning,
            "No known Aeries endpoint uses 'Delete' on 'Student Data' (known: Read, Update, Insert): ask for less, or keep it if the product really needs it",
            line: 2, column: 27);
    }

    [Fact]
    public void IP1009_duplicate_area_also_through_an_alias()
    {
        AssertSingle(
            Header + "Scheduling,Teacher Data,Read,rosters\nScheduling,Teacher Data - Read,Read,again\n",
            "IP1009", DiagnosticSeverity.Error,
            "'Teacher Data' is already on line 2: put all of its access levels on that row",
            line: 3, column: 12);
    }

    [Fact]
    public void IP1010_missing_reason()
    {
        AssertSingle(
            Header + "Student Data,Student Data,Read,\n",
            "IP1010", DiagnosticSeverity.Warning,
            "'Student Data' has no reason: say why the product needs it, so that a district admin can judge the request",
            line: 2, column: 32);
    }

    [Fact]
    public void IP1021_placeholder_reason()
    {
        AssertSingle(
            Header + "Student Data,Student Data,Read,TODO: say why the product needs it (used by Sync.Run)\n",
            "IP1021", DiagnosticSeverity.Warning,
            "The reason of 'Student Data' is a placeholder (it starts with 'TODO:'): rewrite it to say why the product needs the grant before the checklist reaches a district",
            line: 2, column: 32);
    }

    [Fact]
    public void IP1011_group_differs_from_the_screen()
    {
        AssertSingle(
            Header + "Student Programs,Absence Code Table,Read,codes\n",
            "IP1011", DiagnosticSeverity.Warning,
            "Aeries shows 'Absence Code Table' under 'Attendance', not 'Student Programs'",
            line: 2, column: 1);
    }

    [Fact]
    public void IP1012_two_files_marked_as_the_spec()
    {
        var files = new[]
        {
            new InMemoryAdditionalText("/project/a.csv", Header + "Student Data,Student Data,Read,r\n"),
            new InMemoryAdditionalText("/project/b.csv", Header + "Users,Users,Read,r\n"),
        };
        var marked = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.IlluminatePermsSpec"] = "true" };
        var metadata = files.ToDictionary(f => f.Path, _ => (IReadOnlyDictionary<string, string>)marked);

        var result = GeneratorHarness.Driver(files, metadata: metadata).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        var diagnostic = Assert.Single(SpecFragment(result.Diagnostics));
        Assert.Equal("IP1012", diagnostic.Id);
        Assert.Equal("More than one permission spec: '/project/b.csv' is ignored, '/project/a.csv' is used", diagnostic.GetMessage());
        Assert.Equal("/project/b.csv", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("StudentData", result.Results.Single().GeneratedSources.Single().SourceText.ToString());
    }

    [Theory]
    [InlineData("IlluminatePermsNamespace", "My.class.Grants", "IlluminatePermsNamespace 'My.class.Grants' is not a valid C# namespace; 'IlluminatePerms.Generated' is used instead", "namespace IlluminatePerms.Generated")]
    [InlineData("IlluminatePermsClassName", "Required Grants", "IlluminatePermsClassName 'Required Grants' is not a valid C# class name; 'RequiredGrants' is used instead", "static partial class RequiredGrants")]
    public void IP1013_an_invalid_name_falls_back_to_the_default(string property, string value, string message, string generated)
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.RealSpec,
            new Dictionary<string, string> { ["build_property." + property] = value });

        var diagnostic = Assert.Single(SpecFragment(run.Diagnostics));
        Assert.Equal("IP1013", diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage());
        Assert.Contains(generated, run.GeneratedText);
    }

    [Fact]
    public void IP1013_invalid_class_visibility_falls_back_to_internal()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.RealSpec,
            new Dictionary<string, string> { ["build_property.IlluminatePermsClassVisibility"] = "protected" });

        var diagnostic = Assert.Single(SpecFragment(run.Diagnostics));
        Assert.Equal("IP1013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("IlluminatePermsClassVisibility 'protected' is not 'internal' or 'public'; 'internal' is used instead", diagnostic.GetMessage());
        Assert.Contains("internal static partial class RequiredGrants", run.GeneratedText);
    }

    [Fact]
    public void IP1014_without_the_runtime_one_error_instead_of_a_wall_of_cs0246()
    {
        var files = new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec) };
        var compilation = GeneratorHarness.Compilation(referenceRuntime: false);

        var driver = GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("IP1014", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("The permission spec was read, but the project does not reference IlluminatePerms.Runtime", diagnostic.GetMessage());
        Assert.Empty(driver.GetRunResult().Results.Single().GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void IP1014_not_reported_when_grant_set_is_declared_in_the_compilation_without_the_runtime_reference()
    {
        // No reference is named IlluminatePerms.Runtime, so the generator asks the compilation for GrantSet.
        var files = new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec) };
        var compilation = GeneratorHarness.Compilation(referenceRuntime: false, "namespace IlluminatePerms.Grants { public sealed class GrantSet { } }");

        var result = GeneratorHarness.Driver(files).RunGenerators(compilation).GetRunResult();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "IP1014");
        Assert.Single(result.Results.Single().GeneratedSources);
    }

    [Theory]
    [InlineData("IlluminatePerms.Runtime.dll", false)]
    [InlineData(null, false)]
    [InlineData("Acme.IlluminatePerms.Runtime.dll", true)]
    public void A_reference_named_IlluminatePerms_Runtime_is_the_runtime_whether_a_file_or_an_IDE_project_reference(string? fileName, bool expectIP1014)
    {
        // The reference is recognised by its name alone (the compilation is not asked for GrantSet,
        // which would bind every reference in a cold compiler): this stand-in has no GrantSet.
        // null: an IDE project reference (a CompilationReference) instead of a file.
        var standIn = CSharpCompilation.Create(
            "IlluminatePerms.Runtime",
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            references: Basic.Reference.Assemblies.Net100.References.All);
        var folder = System.IO.Directory.CreateTempSubdirectory("illuminateperms-runtime-name-").FullName;
        GeneratorDriverRunResult result;
        try
        {
            MetadataReference reference = standIn.ToMetadataReference();
            if (fileName is not null)
            {
                var path = System.IO.Path.Combine(folder, fileName);
                Assert.True(standIn.Emit(path).Success);
                reference = MetadataReference.CreateFromFile(path);
            }

            var files = new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec) };
            var compilation = GeneratorHarness.Compilation(referenceRuntime: false).AddReferences(reference);
            result = GeneratorHarness.Driver(files).RunGenerators(compilation).GetRunResult();
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        Assert.Equal(expectIP1014, result.Diagnostics.Any(d => d.Id == "IP1014"));
        Assert.Equal(expectIP1014 ? 0 : 1, result.Results.Single().GeneratedSources.Length);
    }

    [Theory]
    [InlineData("IlluminatePerms.Runtime.dll", false)]
    [InlineData(@"C:\Users\dev\.nuget\packages\illuminateperms.runtime\1.0.0\lib\net10.0\IlluminatePerms.Runtime.dll", false)]
    [InlineData("/home/dev/.nuget/packages/illuminateperms.runtime/1.0.0/lib/net10.0/illuminateperms.runtime.DLL", false)]
    [InlineData("/home/dev/refs/AcmeIlluminatePerms.Runtime.dll", true)]
    [InlineData(@"C:\refs\IlluminatePerms.Runtime.dll.bak", true)]
    [InlineData(null, true)]
    public void A_runtime_reference_is_recognised_by_its_file_name_on_any_path_form(string? filePath, bool expectIP1014)
    {
        // In-memory images carry the path the compiler was given (a bare name, a Windows path from
        // an IDE, any letter case) without a file on disk; an image with no path is not the runtime.
        // The stand-in has no GrantSet, so only the name can make it the runtime.
        var standIn = CSharpCompilation.Create(
            "IlluminatePerms.Runtime",
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            references: Basic.Reference.Assemblies.Net100.References.All);
        using var image = new System.IO.MemoryStream();
        Assert.True(standIn.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray(), filePath: filePath);
        var files = new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec) };

        var result = GeneratorHarness.Driver(files).RunGenerators(GeneratorHarness.Compilation(referenceRuntime: false).AddReferences(reference)).GetRunResult();

        Assert.Equal(expectIP1014, result.Diagnostics.Any(d => d.Id == "IP1014"));
        Assert.Equal(expectIP1014 ? 0 : 1, result.Results.Single().GeneratedSources.Length);
    }

    [Theory]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    [InlineData(ReportDiagnostic.Info, DiagnosticSeverity.Info)]
    [InlineData(ReportDiagnostic.Suppress, null)]
    public void Editorconfig_severities_for_the_csharp_files_apply_to_diagnostics_in_the_csv(ReportDiagnostic configured, DiagnosticSeverity? expected)
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(
            new TestSyntaxTreeOptions(new Dictionary<string, ReportDiagnostic> { ["IP1010"] = configured })));
        var files = new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, Header + "Student Data,Student Data,Read,\n") };

        var diagnostics = SpecFragment(GeneratorHarness.Driver(files).RunGenerators(compilation).GetRunResult().Diagnostics).ToList();

        if (expected is null)
        {
            Assert.Empty(diagnostics);
            return;
        }

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("IP1010", expected.Value), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("'Student Data' has no reason: say why the product needs it, so that a district admin can judge the request", diagnostic.GetMessage());
        Assert.Equal((2, 32), (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void Every_descriptor_has_a_help_link_to_its_section_of_the_docs()
    {
        var run = GeneratorHarness.Run(Header + "Other,Lunch Menu,Read,menus\n");

        Assert.Equal("https://github.com/illuminateperms/illuminateperms/blob/main/docs/diagnostics.md#ip1006", SpecFragment(run.Diagnostics).Single().Descriptor.HelpLinkUri);
    }

    // The specs here are fragments without a "# Product Name:" line: IP1018 has its own tests.
    [Fact]
    public void IP1022_two_features_whose_names_give_the_same_member_the_later_gets_none()
    {
        const string Spec = "Area,Access,Reason,Feature\nStudent Data,Read,rosters,Gradebook sync\nUsers,Read,logins,Rostering; Gradebook-Sync\n";
        AssertSingle(
            Spec,
            "IP1022", DiagnosticSeverity.Error,
            "The feature 'Gradebook-Sync' would be RequiredGrants.Features.GradebookSync, the member of the feature 'Gradebook sync' (line 2): rename one of them so that each gets its own member",
            line: 3, column: 19);

        // The first keeps its member with its own grants only: a shared member would switch the wrong feature off.
        var text = GeneratorHarness.Run(Spec).GeneratedText;
        Assert.Contains("GrantSet GradebookSync { get; } = global::IlluminatePerms.Grants.GrantSet.Of(\n                global::IlluminatePerms.Generated.RequiredGrants.StudentData.Read);", text);
        Assert.Contains("GrantSet Rostering { get; }", text);
    }

    [Theory]
    [InlineData("---", "The feature '---' has no letter or digit, so it gets no member of RequiredGrants.Features: name it in words")]
    [InlineData("features", "The feature 'features' would be RequiredGrants.Features.Features, which C# forbids (a member named as its class): rename the feature")]
    [InlineData("to string", "The feature 'to string' would be RequiredGrants.Features.ToString, which hides the 'ToString' every C# class has: rename the feature")]
    [InlineData("equals", "The feature 'equals' would be RequiredGrants.Features.Equals, which hides the 'Equals' every C# class has: rename the feature")]
    [InlineData("get hash code", "The feature 'get hash code' would be RequiredGrants.Features.GetHashCode, which hides the 'GetHashCode' every C# class has: rename the feature")]
    [InlineData("get type", "The feature 'get type' would be RequiredGrants.Features.GetType, which hides the 'GetType' every C# class has: rename the feature")]
    [InlineData("memberwise clone", "The feature 'memberwise clone' would be RequiredGrants.Features.MemberwiseClone, which hides the 'MemberwiseClone' every C# class has: rename the feature")]
    [InlineData("reference equals", "The feature 'reference equals' would be RequiredGrants.Features.ReferenceEquals, which hides the 'ReferenceEquals' every C# class has: rename the feature")]
    public void IP1022_a_feature_name_that_gives_no_usable_member(string feature, string message)
    {
        AssertSingle(
            "Area,Access,Reason,Feature\nStudent Data,Read,rosters,Rostering\nUsers,Read,logins,\"Rostering;" + feature + "\"\n",
            "IP1022", DiagnosticSeverity.Error,
            message,
            line: 3, column: 19);
    }

    [Fact]
    public void IP1022_a_generated_class_named_Features_reported_once_and_the_rest_still_compiles()
    {
        var run = GeneratorHarness.Run(
            "# Product Name: Acme\nArea,Access,Reason,Feature\nStudent Data,Read,rosters,Rostering\nUsers,Read,logins,Sign-on\n",
            new Dictionary<string, string> { ["build_property.IlluminatePermsClassName"] = "Features" });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("IP1022", diagnostic.Id);
        Assert.StartsWith("The generated class is named 'Features' (IlluminatePermsClassName)", diagnostic.GetMessage());
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    private static IEnumerable<Diagnostic> SpecFragment(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id != "IP1018");

    private static void AssertSingle(string spec, string id, DiagnosticSeverity severity, string message, int line, int column, string? alsoAllowed = null)
    {
        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(SpecFragment(run.Diagnostics), d => d.Id == id && d.GetMessage() == message);
        Assert.Equal(severity, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.SpecPath, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.InRange(diagnostic.Location.SourceSpan.End, 0, spec.Length);

        // The line span ends where the text span does (an IDE draws the squiggle from the line span).
        var end = diagnostic.Location.SourceSpan.End;
        var endLine = spec.Take(end).Count(c => c == '\n');
        Assert.Equal((endLine, end - (spec.LastIndexOf('\n', System.Math.Max(0, end - 1)) + 1)), (span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.All(SpecFragment(run.Diagnostics).Where(d => d != diagnostic), other => Assert.Equal(alsoAllowed, other.Id));
    }
}
