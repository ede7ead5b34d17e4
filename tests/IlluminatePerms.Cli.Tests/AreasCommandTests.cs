using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>areas</c>: each area's access levels and how a check can verify it, read back from the printed table.</summary>
public sealed class AreasCommandTests
{
    [Fact]
    public async Task Every_access_level_an_operation_of_the_contract_uses_appears_on_its_area()
    {
        var rows = await ReadTableAsync();

        foreach (var operation in AeriesContract.All)
        {
            if (operation.RequiredGrant is not { } grant)
            {
                continue;
            }

            var (access, _) = rows[grant.Area.Name];
            foreach (var level in AccessText.Levels.Where(level => (grant.Access & level) == level))
            {
                Assert.True(access.Split(", ").Contains(AccessText.Format(level)), $"{grant.Area.Name} shows '{access}', but {operation} uses {AccessText.Format(level)}.");
            }
        }
    }

    [Theory]
    [InlineData("Special Programs")]
    [InlineData("Special Education")]
    [InlineData("Free and Reduced")]
    [InlineData("GATE")]
    public async Task A_program_row_is_shown_as_inferred_from_the_programs_answer_not_as_probed(string area)
    {
        var (_, verification) = (await ReadTableAsync())[area];

        Assert.StartsWith("inferred from the answer of GET schools/{SchoolCode}/students/{StudentID}/programs", verification);
        Assert.Contains("undocumented assumption", verification);
    }

    [Fact]
    public async Task An_area_with_a_probe_names_it_and_one_without_says_why()
    {
        var rows = await ReadTableAsync();

        Assert.Equal("probe: GET staff/{StaffID}/gradebooks", rows["Gradebook Data"].Verification);
        Assert.StartsWith("not verifiable: Only writes or commands use Send Alerts", rows["Send Alerts"].Verification);
        Assert.Equal(AreaCatalog.All.Count, rows.Count);
    }

    /// <summary>
    /// The table's rows by area: its access and verification cells, each cell's wrapped lines joined.
    /// Without a terminal the table is 160 columns wide and borderless, so each column starts where its heading does.
    /// </summary>
    private static async Task<Dictionary<string, (string Access, string Verification)>> ReadTableAsync()
    {
        var result = await CliRun.RunAsync("areas");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.First(l => l.Contains("Area (write this in the CSV)", StringComparison.Ordinal));
        var starts = new[] { "Group", "Area (write this in the CSV)", "Access endpoints use", "How a check verifies it" }.Select(h => header.IndexOf(h, StringComparison.Ordinal)).ToArray();
        var cells = new List<string[]>();
        foreach (var line in lines.SkipWhile(l => l != header).Skip(2).TakeWhile(l => l.Trim().Length > 0 && !l.Trim().All(c => c == '─')))
        {
            var parts = starts.Select((start, i) => Cut(line, start, i + 1 < starts.Length ? starts[i + 1] : line.Length)).ToArray();
            if (parts[1].Length > 0 || cells.Count == 0)
            {
                cells.Add(parts);
            }
            else
            {
                // A wrapped line continues the cells of the row above.
                var row = cells[^1];
                for (var i = 0; i < parts.Length; i++)
                {
                    row[i] = parts[i].Length == 0 ? row[i] : $"{row[i]} {parts[i]}";
                }
            }
        }

        return cells.ToDictionary(c => c[1], c => (c[2], c[3]));
    }

    private static string Cut(string line, int start, int end)
        => start >= line.Length ? string.Empty : line[start..Math.Min(end, line.Length)].Trim();
}
