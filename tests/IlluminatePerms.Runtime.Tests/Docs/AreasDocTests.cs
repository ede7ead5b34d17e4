using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Docs;

/// <summary>
/// docs/areas.md is generated from the catalog and the endpoint contract; this test fails when it is
/// out of date. Run the tests once with ILLUMINATEPERMS_UPDATE_BASELINES=1 to rewrite it, then review the diff.
/// </summary>
public class AreasDocTests
{
    [Fact]
    public void Docs_areas_md_lists_every_area_of_the_catalog_as_it_is_now()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "areas.md");
        var expected = Render();
        if (Environment.GetEnvironmentVariable("ILLUMINATEPERMS_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/areas.md is missing: run the tests with ILLUMINATEPERMS_UPDATE_BASELINES=1.");
        Assert.True(
            File.ReadAllText(path).Replace("\r\n", "\n") == expected,
            "docs/areas.md is out of date with AreaCatalog/AeriesContract: run the tests with ILLUMINATEPERMS_UPDATE_BASELINES=1 and review the diff.");
    }

    [Fact]
    public void Every_area_appears_once_with_its_group_and_levels()
    {
        var text = Render();

        foreach (var area in AreaCatalog.All)
        {
            Assert.Single(text.Split('\n'), line => line.StartsWith($"| {area.Order + 1} | {area.Group} | {area.Name} |", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Special Programs")]
    [InlineData("Special Education")]
    [InlineData("Free and Reduced")]
    [InlineData("GATE")]
    public void A_program_row_is_shown_as_inferred_from_the_programs_answer_not_as_probed(string name)
    {
        var area = AreaCatalog.Get(name);

        var line = Assert.Single(Render().Split('\n'), line => line.StartsWith($"| {area.Order + 1} | ", StringComparison.Ordinal));

        Assert.Contains("| inferred from the answer of GET schools/{SchoolCode}/students/{StudentID}/programs", line);
        Assert.Contains("undocumented assumption", line);
        Assert.DoesNotContain("probe:", line);
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Aeries API Security areas\n\n");
        text.Append("Generated from `AreaCatalog` and the endpoint contract (`AeriesContract`) by\n");
        text.Append("`tests/IlluminatePerms.Runtime.Tests/Docs/AreasDocTests.cs`; do not edit by hand (run the tests with\n");
        text.Append("`ILLUMINATEPERMS_UPDATE_BASELINES=1` to regenerate). Rows are in the order of the Aeries screen.\n\n");
        text.Append("- **Access levels**: Read, plus every level a documented endpoint needs on the area. A spec may\n");
        text.Append("  ask for another level, with warning IP1008.\n");
        text.Append("- **How to verify**: how a check tells whether a certificate can read the area: its probe (a\n");
        text.Append("  documented GET needing exactly Read on it); \"inferred\" for the program rows, whose rows come\n");
        text.Append("  back together from one programs read, so rows of the area's kind only suggest the grant (the\n");
        text.Append("  check's verdict is then Inferred, never Verified); or why calling the API cannot show it.\n\n");
        text.Append($"{AreaCatalog.All.Count} areas.\n\n");
        text.Append("| # | Group | Area | Also accepted | Access levels | How to verify |\n");
        text.Append("|---:|---|---|---|---|---|\n");
        foreach (var area in AreaCatalog.All)
        {
            var aliases = area.Aliases.Count == 0 ? string.Empty : string.Join(", ", area.Aliases.Select(alias => $"`{alias}`"));
            text.Append($"| {area.Order + 1} | {area.Group} | {area.Name} | {aliases} | {AccessText.Format(AeriesContract.AccessUsedOn(area))} | {Cell(AeriesContract.VerificationOf(area).Text)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private static string RepositoryRoot([CallerFilePath] string callerPath = "")
    {
        for (var directory = Path.GetDirectoryName(callerPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "IlluminatePerms.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("The repository root (IlluminatePerms.sln) was not found above " + callerPath);
    }
}
