using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.MockAeries.Security;
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

    /// <summary>
    /// Narrow certificates (exactly the grants named) and faults, each reaching a way of finding an
    /// identifier or failing to: given values, the section's staff list, a blocked or failed discovery,
    /// programs refused, and schools or students not answering.
    /// </summary>
    public static TheoryData<string> NarrowScenarios => new(NarrowScenario.All.Keys);

    [Theory]
    [MemberData(nameof(NarrowScenarios))]
    public async Task The_report_of_a_narrow_certificate_reads_as_expected(string scenario)
    {
        var narrow = NarrowScenario.All[scenario];
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150, Faults = narrow.Faults });
        using var harness = new CheckerHarness(maxReadRetries: 1);
        var spec = GrantSet.Parse(narrow.Spec);
        var certificate = new MockCertificate(scenario, "5a" + new string('0', 28) + "a5", GrantSet.Parse(narrow.Grants), scenario);
        mock.Server.AcceptCertificate(certificate);

        var report = await harness.CheckAsync(mock, AeriesCertificate.Parse(certificate.Value), builder =>
        {
            builder.Spec = spec;
            builder.MaxConcurrency = 1;
            builder.ProbeOutsideSpec = false;
            foreach (var (name, value) in narrow.Identifiers)
            {
                builder.Identifiers[name] = value;
            }
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
        var (gradebook, assignment, score) = await mock.FirstScoreAsync();
        return new ScoreWriteProof(gradebook, assignment, score.StudentID);
    }

    private sealed record NarrowScenario(string Spec, string Grants, (string Name, string Value)[] Identifiers, FaultRule[] Faults)
    {
        private const string Students = "schools/994/students";

        public static IReadOnlyDictionary<string, NarrowScenario> All { get; } = new Dictionary<string, NarrowScenario>(StringComparer.Ordinal)
        {
            // Test Scores waits for a student, Staff Job Assignments for a staff member: neither can be found.
            ["narrow-blocked"] = new("Test Scores: Read; Staff Job Assignments: Read", "Test Scores: Read; Staff Job Assignments: Read", [], []),
            // The assignment is found through a gradebook, which Gradebook Scores alone cannot read.
            ["narrow-assignment"] = new("Gradebook Scores: Read", "Gradebook Scores: Read", [], []),
            // No Teacher Data: the staff member comes from the first section's staff list.
            ["narrow-section-staff"] = new("Master Schedule: Read; Staff Job Assignments: Read", "Master Schedule: Read; Staff Job Assignments: Read", [], []),
            // The programs request is refused: the rows under it can be seen neither way.
            ["narrow-programs-refused"] = new("Student Data: Read; Special Programs: Read; GATE: Read; Special Education: Read", "Student Data: Read", [], []),
            // A given student is used as given; a given staff member that is not an identifier is never sent.
            ["narrow-given"] = new("Contacts: Read; Staff Job Assignments: Read", "Contacts: Read; Staff Job Assignments: Read", [("StudentID", "99400001"), ("StaffID", "not an id")], []),
            // Students answer 500: whatever waits for a student says why none was found.
            ["narrow-students-fail"] = new("Student Data: Read; Test Scores: Read", "Student Data: Read; Test Scores: Read", [], [new FaultRule { PathPrefix = Students, ErrorRate = 1, ErrorStatusCode = 500 }]),
            // Students answer 500, but the contacts listing names a student.
            ["narrow-students-listed"] = new("Student Data: Read; Contacts: Read", "Student Data: Read; Contacts: Read", [], [new FaultRule { PathPrefix = Students, ErrorRate = 1, ErrorStatusCode = 500 }]),
            // Schools drops every connection after systeminfo answered: the check stops there.
            ["narrow-schools-dropped"] = new("Student Data: Read", "Student Data: Read", [], [new FaultRule { PathPrefix = "schools", DropRate = 1 }]),
        };
    }
}
