using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using static IlluminatePerms.Cli.Tests.SpecInfer.InferInputs;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary><c>spec infer</c>'s whole output from traffic: the spec, where it went, and each warning and note on standard error.</summary>
public sealed class SpecInferOutputTests
{
    private const string Row = "Student Data,Student Data,Read,TODO: say why the product needs it (used by traffic: GET schools/{SchoolCode}/students/{StudentID?} ×1)\n";

    private const string Rewrite = "Rewrite each placeholder reason ('TODO: ...'): say why the product needs the grant. 'illuminate-perms checklist' refuses the spec until they are rewritten.\n";

    private static string Lf(string text) => text.Replace("\r", string.Empty, System.StringComparison.Ordinal);

    [Fact]
    public async Task Requests_of_no_operation_are_listed_twenty_at_most_and_a_spec_without_a_product_name_is_noted()
    {
        using var directory = new TempDirectory();
        var unmatched = Enumerable.Range(1, 22).Select(i => ("GET", $"/nothing/{i}", 404));
        File.WriteAllText(directory.File("requests.json"), RequestLog([("GET", "/api/v5/schools/994/students", 200), .. unmatched, ("GET", "/api/v5/systeminfo", 200)]));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "requests.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "warning: 22 request(s) match no operation of the Aeries contract, so no grant is inferred from them:\n"
            + string.Concat(Enumerable.Range(1, 20).Select(i => $"  GET /nothing/{i} (requests.json #{i + 1})\n"))
            + "  and 2 more\n"
            + "Traffic: 24 request(s); 1 need a grant (0 refused: asked for, not held), 1 need none, 22 match no operation.\n"
            + "note: no product name (give --product): the spec has no '# Product Name:' line, which the checklist shows the district (IP1018).\n"
            + Rewrite,
            Lf(result.Error));
        Assert.Equal($"{Cli.Commands.Spec.InferredSpec.Comment}\nGroup,Table/Program Area,Permission Needed,Reason\n{Row}", Lf(result.Out));
    }

    [Fact]
    public async Task With_a_product_and_an_output_the_spec_goes_to_the_file_and_standard_error_says_so()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("requests.json"), RequestLog(("GET", "/api/v5/schools/994/students", 403)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "requests.json", "--product", "Sync", "--output", "out.csv", "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal($"Wrote 1 row(s) to {directory.File("out.csv")}.\n{Rewrite}", Lf(result.Error));
        Assert.Equal(
            $"{Cli.Commands.Spec.InferredSpec.Comment}\n# Product Name: Sync\nGroup,Table/Program Area,Permission Needed,Reason\n{Row.Replace("×1)", "×1 (1 refused))", System.StringComparison.Ordinal)}",
            File.ReadAllText(directory.File("out.csv")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sync\nNext")]
    [InlineData("Sync\r")]
    [InlineData("\nSync")]
    public async Task A_product_name_that_is_not_one_line_is_a_usage_error(string product)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("requests.json"), RequestLog(("GET", "/api/v5/schools/994/students", 200)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "requests.json", "--product", product);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --product must be one line of text.\n", Lf(result.Error));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task A_comparison_from_traffic_alone_warns_before_a_grant_is_dropped_and_one_with_code_does_not()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), "Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,Rosters\nGradebook,Gradebook Scores,Read,Scores\n");
        File.WriteAllText(directory.File("requests.json"), RequestLog(("GET", "/api/v5/schools/994/students", 200)));
        File.WriteAllText(directory.File("build.sarif"), Sarif(directory.Path, GrantUse("Sync.Roster", "Student Data: Read", "Sync.cs", 4)));

        var traffic = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "requests.json", "--compare", "permissions.csv", "--quiet");
        var both = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "requests.json", "--from-sarif", "build.sarif", "--compare", "permissions.csv", "--quiet");

        var spec = directory.File("permissions.csv");
        var expected = $"unused  Gradebook Scores: Read ({spec}, line 3): no evidence uses it\n{spec}: 0 grant(s) lacking, 1 row(s) granting what no evidence uses.\n";
        Assert.Equal((0, expected), (traffic.ExitCode, Lf(traffic.Out)));
        Assert.Equal("note: traffic alone misses rare paths: add the project (or --from-sarif) before dropping a grant no request used.\n", Lf(traffic.Error));
        Assert.Equal((0, expected, string.Empty), (both.ExitCode, Lf(both.Out), Lf(both.Error)));
    }

    [Fact]
    public async Task A_comparison_from_traffic_alone_with_nothing_unused_has_no_note()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), "Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,Rosters\n");
        File.WriteAllText(directory.File("requests.json"), RequestLog(("GET", "/api/v5/schools/994/students", 200)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "requests.json", "--compare", "permissions.csv", "--quiet");

        Assert.Equal((0, $"{directory.File("permissions.csv")}: 0 grant(s) lacking, 0 row(s) granting what no evidence uses.\n", string.Empty), (result.ExitCode, Lf(result.Out), Lf(result.Error)));
    }
}
