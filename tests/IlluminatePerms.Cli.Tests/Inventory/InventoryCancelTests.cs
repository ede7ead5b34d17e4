using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Commands.Inventory;
using IlluminatePerms.Cli.Reports;
using IlluminatePerms.Cli.SpecChoice;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Inventory;

/// <summary>
/// Ctrl+C in an inventory run, in-process: what is said at once and at the end, the exit code, and
/// which districts summary.json marks as cancelled (one mid-check, one never started).
/// </summary>
public sealed class InventoryCancelTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Cancelling_after_the_first_district_keeps_its_report_and_marks_the_other_two_cancelled()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        await using var silent = HostileServer.Start(HostileAnswers.Silence());
        using var directory = new TempDirectory();
        var inventory = directory.File("districts.csv");
        File.WriteAllText(inventory, $"""
            name,base_url,certificate
            Fast USD,{aeries.BaseUrl},env:CERT
            Silent USD,{silent.BaseUrl}aeries/,env:CERT
            Later USD,{aeries.BaseUrl},env:CERT
            """);
        using var cancel = new CancellationTokenSource();
        // Ctrl+C once the first district's progress line is out; the second is then waiting on silence.
        using var error = new SignallingWriter("[1/3] Fast USD", cancel.Cancel);
        using var output = new StringWriter();
        var variables = new Dictionary<string, string> { ["CERT"] = aeries.Certificate("full").Value };
        var environment = new CliEnvironment(output, error, name => variables.GetValueOrDefault(name), false, directory.Path);
        var spec = new ChosenSpec(SpecSource.Embedded, SpecSource.EmbeddedName, IsBundledExample: true);
        var reports = directory.File("reports");

        var code = await InventoryCheck.RunAsync(environment, inventory, spec, reports, null, ReportFormat.Json, 1, new CallLimits(TimeSpan.FromMinutes(10), 0, 4), cancel.Token).WaitAsync(HangGuard);

        Assert.Equal(130, code);
        Assert.Equal(
            ["[1/3] Fast USD: all there", "Cancelled (Ctrl+C): stopping; the reports already finished are kept, and summary.json is written, marked cancelled."],
            error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Take(2));
        Assert.EndsWith(
            $"3 district(s): 2 not checked, 0 missing a grant. Reports in {reports}.\nCancelled (Ctrl+C): 1 of 3 district(s) finished; summary.json is marked cancelled.\n",
            output.ToString().ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        Assert.Equal(new[] { "Fast_USD.json", "summary.json" }, Directory.GetFiles(reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "summary.json")));
        Assert.True(summary.RootElement.GetProperty("cancelled").GetBoolean());
        Assert.Equal(
            new[] { ("Fast USD", (string?)null), ("Silent USD", "cancelled (Ctrl+C) before its check finished."), ("Later USD", "cancelled (Ctrl+C) before its check finished.") },
            summary.RootElement.GetProperty("districts").EnumerateArray().Select(d => (d.GetProperty("name").GetString()!, d.TryGetProperty("problem", out var p) ? p.GetString() : null)));
    }

    /// <summary>Standard error that runs an action once a line starting with a given text is written.</summary>
    private sealed class SignallingWriter(string lineStart, Action action) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.StartsWith(lineStart, StringComparison.Ordinal) == true)
            {
                action();
            }
        }
    }
}
