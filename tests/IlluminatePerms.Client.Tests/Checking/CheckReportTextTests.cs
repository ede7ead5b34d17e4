using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// The whole report an admin and a developer read, for certificates that verify, miss, block and exceed,
/// under both undocumented refusal conventions and with a score-write proof: every verdict, reason,
/// status, operation, needed identifier and tick, the identifiers used, the summary and the log lines.
/// One request at a time, so the report is the same on every run. The expected texts are in
/// Checking/Baselines/ (ILLUMINATEPERMS_UPDATE_BASELINES=1 rewrites them; review the diff).
/// </summary>
public class CheckReportTextTests
{
    public static TheoryData<string> Scenarios => new() { "demo", "partial", "empty", "excess", "empty-403-refuse", "full-score-write" };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task The_report_reads_as_expected(string scenario)
    {
        var refuse = scenario.EndsWith("-403-refuse", StringComparison.Ordinal);
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions
        {
            Scale = 150,
            Assumptions = refuse ? new MockAssumptions { MissingPermissionStatusCode = 403, RowsWithoutPermission = RowsWithoutPermission.Refuse } : new MockAssumptions(),
        });
        using var harness = new CheckerHarness();
        var profile = scenario.Split('-')[0];
        var proof = scenario.EndsWith("-score-write", StringComparison.Ordinal) ? await ProofOfFirstScoreAsync(mock) : null;

        var report = await harness.CheckAsync(mock, profile, builder =>
        {
            builder.MaxConcurrency = 1;
            builder.ProveScoreWrite = proof;
        });

        var text = Render(report, harness.Logs.Lines, mock.Server.BaseUrl.ToString());
        Baseline.Match(text, scenario + ".txt");
    }

    private static string Render(GrantCheckReport report, IReadOnlyList<string> logs, string baseUrl)
    {
        var text = new StringBuilder();
        text.AppendLine($"outcome: {report.Outcome}; satisfied: {report.IsSatisfied}; requests: {report.Requests}");
        text.AppendLine($"summary: {report.Summary}");
        text.AppendLine($"aeries: {report.AeriesVersion} {report.DatabaseYear}");
        text.AppendLine("identifiers:");
        foreach (var used in report.Identifiers.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"  {used.Name} = {used.Value} ({used.Source})");
        }

        foreach (var (heading, results) in new[] { ("results", report.Results), ("excess", report.Excess) })
        {
            text.AppendLine(heading + ":");
            foreach (var r in results)
            {
                var tick = r.ToTick is { } t ? $" | tick {t}" : string.Empty;
                text.AppendLine($"  {r.Grant} ({r.Group}, in spec: {r.InSpec}) | {r.Verdict} | {r.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} | {r.OperationId ?? "-"} | needs {r.NeededIdentifier ?? "-"}{tick}");
                text.AppendLine($"    {r.Reason}");
            }
        }

        // Results that need no request are logged as soon as they are known, so the order varies: sorted.
        text.AppendLine("log:");
        foreach (var line in logs.Where(l => l.Contains(": Aeries check", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            text.AppendLine("  " + line.Replace(baseUrl, "{base}/", StringComparison.Ordinal).Replace(new Uri(baseUrl).Authority, "{host}", StringComparison.Ordinal).TrimEnd());
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static async Task<ScoreWriteProof> ProofOfFirstScoreAsync(MockSession mock)
    {
        var (gradebook, assignment, score) = await ScoreWriteProofTests.FirstScoreAsync(mock);
        return new ScoreWriteProof(gradebook, assignment, score.StudentID);
    }
}
