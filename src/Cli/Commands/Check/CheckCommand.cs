using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Commands.Inventory;
using IlluminatePerms.Cli.Output;
using IlluminatePerms.Cli.Reports;
using IlluminatePerms.Cli.SpecChoice;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.Commands.Check;

/// <summary><c>check</c>: a certificate against the spec, on a real district or on the bundled mock.</summary>
internal static class CheckCommand
{
    /// <summary>The mock certificate profiles --demo accepts; the default shows a realistic result.</summary>
    public static readonly string[] DemoProfiles = ["partial", "full", "excess", "read-only", "empty"];

    /// <summary>The --format words, the default first.</summary>
    private static readonly string[] Formats = ["table", "json", "markdown", "sarif", "html"];

    /// <summary>Students in the in-process mock: enough for every probe, quick to build.</summary>
    private const int DemoScale = 200;

    /// <summary>The one write level a no-op write can prove.</summary>
    private static readonly Grant ScoreWrite = ScoreWriteNote.Grant;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var baseUrl = new Option<string?>("--base-url") { Description = "The district's Aeries address as pasted (its sign-in page will do). Without it, the bundled mock Aeries is started and checked." };
        var certFile = new Option<string?>("--cert-file") { Description = $"File holding the certificate (else {CertificateSource.Variable}, else a hidden prompt on a terminal). Never pass it as an argument." };
        var demo = ChoiceOption.Create("--demo", "Without --base-url: which certificate of the bundled mock to check.", DemoProfiles);
        var specPath = SpecOption.Create();
        var format = ChoiceOption.Create("--format", "The report's format.", Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically; a device or pipe such as /dev/null is written as it is, a link is refused) instead of the standard output, which '-' also names." };
        var strict = new Option<bool>("--strict") { Description = "Not-verifiable and excess grants fail the check too (exit 2)." };
        var limits = new CallLimitOptions();
        // The older spelling of 'inventory FILE', kept working: it runs that command (see RunInventoryAsync).
        var inventory = new Option<string?>("--inventory") { Description = "Many districts in one run, as 'illuminate-perms inventory FILE' does (see its --help): a CSV (name,base_url,certificate, optionally prove_score_write) or JSON array; certificate is env:VARIABLE or file:PATH; prove_score_write is that district's --prove-score-write. --output is then a directory (default illuminate-perms-reports)." };
        var previous = new Option<string?>("--previous") { Description = "With --inventory: the summary.json of an earlier run, to show what changed." };
        var districts = InventoryCommand.DistrictsOption();
        districts.Description = "With --inventory: districts checked at once.";
        var proveScoreWrite = new Option<ScoreWriteProof?>("--prove-score-write")
        {
            Description = "Prove Gradebook Scores: Update by a no-op write: the score of this gradebook, assignment and student is read, written back unchanged and read back (else that grant is not verifiable). The bundled mock's demo does this by itself.",
            HelpName = ScoreWriteProofText.Shape,
            CustomParser = r =>
            {
                if (ScoreWriteProofText.TryParse(r.Tokens[0].Value, out var proof, out var error))
                {
                    return proof;
                }

                r.AddError(error!);
                return null;
            },
        };
        var verbose = new Option<bool>("--verbose") { Description = "Details of errors." };
        var identifiers = new IdentifierOptions();

        var command = new Command("check", "Checks a certificate against the spec: a table grouped like the Aeries screen, a summary, and how to fix each missing grant. Exit 0 all there, 2 a grant missing, 1 could not check.")
        {
            baseUrl, certFile, demo, specPath, format, output, strict,
        };
        foreach (var option in limits.All)
        {
            command.Options.Add(option);
        }

        foreach (var option in new Option[] { proveScoreWrite, inventory, previous, districts, verbose }.Concat(identifiers.All))
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, cancellationToken) => Guarded.RunAsync(environment, parsed.GetValue(verbose), () => RunAsync(
            environment,
            new Settings(parsed.GetValue(baseUrl), parsed.GetValue(certFile), ChoiceOption.Value(parsed, demo, DemoProfiles), parsed.GetValue(specPath), ChoiceOption.Value<ReportFormat>(parsed, format), parsed.GetValue(output), parsed.GetValue(strict), limits.Read(parsed), parsed.GetValue(proveScoreWrite), parsed.GetValue(inventory), parsed.GetValue(previous), parsed.GetValue(districts)) { Identifiers = identifiers.Read(parsed) },
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, Settings settings, CancellationToken cancellationToken)
    {
        var chosen = SpecSource.Choose(environment, settings.SpecPath);
        var spec = chosen.Spec;
        if (settings.Inventory is not null)
        {
            if (settings.BaseUrl is not null || settings.CertFile is not null)
            {
                throw new CliException("--inventory names each district's base URL and certificate source: leave out --base-url and --cert-file.");
            }

            if (settings.ProveScoreWrite is not null)
            {
                throw new CliException($"--prove-score-write names a score of one district: check that district with --base-url, or give the score in its row's {InventoryFile.ScoreWriteColumn} column.");
            }

            if (settings.Identifiers.Count > 0)
            {
                throw new CliException("--school, --student, --staff, --section and --score name records of one district: check that district with --base-url to use them.");
            }

            // The inventory writes files, so the table (check's default) means its default, JSON.
            var run = new InventoryRun(settings.Inventory, settings.Format == ReportFormat.Table ? ReportFormat.Json : settings.Format, settings.Output, settings.Previous, settings.Districts, settings.Limits);
            return await InventoryCommand.RunAsync(environment, chosen, run, cancellationToken).ConfigureAwait(false);
        }

        if (settings.Previous is not null)
        {
            throw new CliException("--previous compares inventory runs: use it with --inventory.");
        }

        if (settings.BaseUrl is null)
        {
            if (settings.CertFile is not null)
            {
                throw new CliException("--cert-file needs --base-url: without it the bundled mock is checked with its own --demo certificate.");
            }

            await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = DemoScale, SpecGrants = spec.Grants }, cancellationToken).ConfigureAwait(false);
            var certificate = AeriesCertificate.Parse(mock.Certificate(settings.Demo).Value);
            // The mock is ours, so the demo proves the write level it can: a read-only certificate then shows Update missing.
            var demoSettings = settings.ProveScoreWrite is null && spec.Grants.Contains(ScoreWrite)
                ? settings with { ProveScoreWrite = await DemoScoreProof.FindAsync(mock, cancellationToken).ConfigureAwait(false), ProofFoundOnMock = true }
                : settings;
            return await CheckAsync(environment, demoSettings, chosen, AeriesBaseUrl.Parse(mock.BaseUrl.AbsoluteUri), certificate, settings.Demo, cancellationToken).ConfigureAwait(false);
        }

        if (!PastedBaseUrl.TryParse(settings.BaseUrl, out var url, out var error))
        {
            throw new CliException($"--base-url: {error}");
        }

        var districtCertificate = CertificateSource.Read(settings.CertFile is null ? null : environment.Resolve(settings.CertFile), environment);
        if (districtCertificate.Warning is not null)
        {
            // An unusual form is still tried (Aeries may issue others), but a truncated paste is the likely cause.
            await environment.Error.WriteLineAsync($"warning: {districtCertificate.Warning}").ConfigureAwait(false);
        }

        return await CheckAsync(environment, settings, chosen, url!, districtCertificate, null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> CheckAsync(CliEnvironment environment, Settings settings, ChosenSpec chosen, AeriesBaseUrl url, AeriesCertificate certificate, string? demo, CancellationToken cancellationToken)
    {
        SpecSource.Announce(environment, chosen);
        var (report, trouble) = await ProgressDisplay.RunAsync(environment, progress => DistrictCheck.RunAsync(url, certificate, chosen.Spec, settings.Limits, progress, cancellationToken, settings.ProveScoreWrite, settings.Identifiers)).ConfigureAwait(false);

        // A grant blocked for want of an identifier says which option gives one.
        report = IdentifierOptions.WithHints(report);
        var checkedReport = new CheckedReport(report, chosen.Name, demo) { SpecLocation = SpecLocation.Of(chosen, environment.WorkingDirectory) };
        var failure = FailureMessage.For(report, trouble, settings.Limits.Timeout);
        var interrupted = report.Outcome == CheckOutcome.Cancelled;
        if (failure is not null)
        {
            // Ctrl+C is the user's choice, not a fault: said plainly, without "error:".
            await environment.Error.WriteLineAsync(interrupted ? failure : $"error: {failure}").ConfigureAwait(false);
        }

        // After Ctrl+C the results finished so far are still worth reading.
        if (failure is null || interrupted || settings.OutputFile is not null || settings.Format != ReportFormat.Table)
        {
            Write(environment, checkedReport, settings);
        }

        await WriteScoreWriteNoteAsync(environment, settings, report).ConfigureAwait(false);
        return ExitCodePolicy.For(report, settings.Strict);
    }

    /// <summary>
    /// Says how Gradebook Scores: Update got its verdict when a write proved it, or how to prove it
    /// when it stayed not verifiable; after a table, beside it, else on standard error so that a
    /// machine-read report on standard output stays clean.
    /// </summary>
    private static async Task WriteScoreWriteNoteAsync(CliEnvironment environment, Settings settings, GrantCheckReport report)
    {
        var result = ScoreWriteNote.ResultIn(report);
        if (result is null)
        {
            return;
        }

        var proof = settings.ProveScoreWrite;
        var note = (proof, result.Verdict) switch
        {
            (null, GrantVerdict.NotVerifiable) => $"Note: {ScoreWriteNote.Unproven($"--prove-score-write {ScoreWriteProofText.Shape}")}",
            (null, _) => null,
            _ when settings.ProofFoundOnMock => $"Note: the demo checked {ScoreWrite} on the bundled mock with a no-op write ({Describe(proof)}): {CheckedReport.Label(result.Verdict)}. Nothing real was written; against a district nothing is written unless you give --prove-score-write {ScoreWriteProofText.Shape}.",
            _ => $"Note: {ScoreWrite} was checked with a no-op write ({Describe(proof)}): {CheckedReport.Label(result.Verdict)}.",
        };
        if (note is not null)
        {
            var beside = settings.OutputFile is not null || settings.Format == ReportFormat.Table ? environment.Out : environment.Error;
            await beside.WriteLineAsync(note).ConfigureAwait(false);
        }
    }

    private static string Describe(ScoreWriteProof proof)
        => $"rewriting, unchanged, the score of student {proof.StudentID} on assignment {proof.AssignmentNumber} of gradebook {proof.GradebookNumber}, then reading it back";

    private static void Write(CliEnvironment environment, CheckedReport report, Settings settings)
    {
        if (settings.OutputFile is null)
        {
            if (settings.Format == ReportFormat.Table)
            {
                TableReport.Write(report, environment.Out, colour: environment.IsInteractive);
            }
            else
            {
                environment.Out.Write(ReportWriter.Render(report, settings.Format));
            }

            return;
        }

        var text = ReportWriter.Render(report, settings.Format);
        var path = environment.Resolve(settings.OutputFile);
        AtomicFile.Write(path, text);
        environment.Out.WriteLine($"{report.Report.Summary} Report written to {path}.");
    }

    private sealed record Settings(string? BaseUrl, string? CertFile, string Demo, string? SpecPath, ReportFormat Format, string? Output, bool Strict, CallLimits Limits, ScoreWriteProof? ProveScoreWrite, string? Inventory, string? Previous, int Districts)
    {
        /// <summary>The file --output names; null for standard output (no --output, or '-').</summary>
        public string? OutputFile => Output is "-" ? null : Output;

        /// <summary>True when the demo found <see cref="ProveScoreWrite"/> on the bundled mock by itself.</summary>
        public bool ProofFoundOnMock { get; init; }

        /// <summary>Identifiers given with --school, --student, --staff, --section and --score, by placeholder name.</summary>
        public IReadOnlyDictionary<string, string> Identifiers { get; init; } = new Dictionary<string, string>();
    }
}
