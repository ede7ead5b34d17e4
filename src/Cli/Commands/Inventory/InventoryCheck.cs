using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.Cli.Output;
using IlluminatePerms.Cli.Reports;
using IlluminatePerms.Cli.SpecChoice;
using IlluminatePerms.Connection;
using Spectre.Console;

namespace IlluminatePerms.Cli.Commands.Inventory;

/// <summary>One district's line of an inventory run, as written to summary.json (and read back by --previous).</summary>
/// <param name="Name">The district.</param>
/// <param name="Checked">True when the check completed.</param>
/// <param name="Problem">Why it could not be checked, when it could not.</param>
/// <param name="Counts">Spec results by verdict (camelCase names).</param>
/// <param name="Excess">Readable areas outside the spec.</param>
/// <param name="Missing">The missing grants ("Area: Access").</param>
/// <param name="Verified">The verified grants.</param>
/// <param name="Report">The report's file name in the output directory; null when none was written.</param>
internal sealed record DistrictSummary(string Name, bool Checked, string? Problem, IReadOnlyDictionary<string, int> Counts, int Excess, IReadOnlyList<string> Missing, IReadOnlyList<string> Verified, string? Report = null);

/// <summary>summary.json: the run's districts, and whether Ctrl+C stopped it before every district finished.</summary>
/// <param name="Shape">The file's shape and version.</param>
/// <param name="Cancelled">True when the run was cancelled: districts not finished say so in their problem.</param>
/// <param name="Districts">One line per district, in the inventory's order.</param>
internal sealed record InventorySummary(string Shape, bool Cancelled, IReadOnlyList<DistrictSummary> Districts)
{
    /// <summary>The value of <see cref="Shape"/>.</summary>
    public const string CurrentShape = "illuminate-perms/inventory-summary/1";
}

/// <summary>
/// <c>check --inventory FILE</c>: many districts in one run, at most a given number at once (one
/// shared HTTP pipeline with a circuit breaker per host and connections for every district in
/// flight; each district its own limits, deadline and wire observer, so one district's trouble never
/// slows or trips another: see <see cref="DistrictCheck"/>), one report per district and summary.json
/// in the output directory, a summary table, and with --previous what changed since the last run.
/// </summary>
internal static class InventoryCheck
{
    private const string CancelledProblem = "cancelled (Ctrl+C) before its check finished.";

    /// <summary>Runs the inventory; returns 1 if any district could not be checked, else 2 if any misses a grant, else 0; 130 when cancelled.</summary>
    public static async Task<int> RunAsync(CliEnvironment environment, string inventoryPath, ChosenSpec spec, string outputDirectory, string? previousPath, ReportFormat format, int districtsInFlight, CallLimits limits, CancellationToken cancellationToken)
    {
        var districts = InventoryFile.Read(inventoryPath);
        var previous = previousPath is null ? null : ReadPrevious(previousPath);
        OutputDirectory.Create(outputDirectory);
        var inventoryDirectory = Path.GetDirectoryName(inventoryPath)!;
        var reportFiles = ReportFileNames.Assign(districts.Select(d => d.Name).ToList(), Extension(format));
        // Every district's report points at the same spec rows (SARIF's physical locations), as one district's does.
        var specLocation = SpecLocation.Of(spec, environment.WorkingDirectory);
        using var slots = new SemaphoreSlim(districtsInFlight);
        await using var pipeline = new DistrictCheck(limits, districtsInFlight);
        using var saying = cancellationToken.Register(() =>
        {
            lock (environment.Error)
            {
                environment.Error.WriteLine("Cancelled (Ctrl+C): stopping; the reports already finished are kept, and summary.json is written, marked cancelled.");
            }
        });
        var done = 0;
        var summaries = await Task.WhenAll(districts.Select(async district =>
        {
            try
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return NotChecked(district.Name, CancelledProblem);
            }

            try
            {
                DistrictSummary summary;
                try
                {
                    summary = await CheckOneAsync(environment, pipeline, district, inventoryDirectory, new DistrictReport(spec, specLocation, Path.Combine(outputDirectory, reportFiles[district.Name]), format), limits.Timeout, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Before its certificate is read (an unusable path in its row): still this district's error alone.
                    summary = NotChecked(district.Name, CertificateShape.Redact($"{exception.GetType().Name}: {exception.Message}"));
                }

                var count = Interlocked.Increment(ref done);
                lock (environment.Error)
                {
                    if (!environment.Quiet)
                    {
                        environment.Error.WriteLine($"[{count}/{districts.Count}] {district.Name}: {Result(summary)}");
                    }
                }

                return summary;
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);

        var cancelled = cancellationToken.IsCancellationRequested;
        AtomicFile.Write(Path.Combine(outputDirectory, "summary.json"), JsonSerializer.Serialize(new InventorySummary(InventorySummary.CurrentShape, cancelled, summaries), SummaryJson));
        WriteTable(environment, summaries);
        if (previous is not null)
        {
            WriteChanges(environment, previous, summaries);
        }

        environment.Out.WriteLine($"{summaries.Length} district(s): {summaries.Count(s => !s.Checked)} not checked, {summaries.Count(s => s.Missing.Count > 0)} missing a grant. Reports in {outputDirectory}.");
        if (cancelled)
        {
            environment.Out.WriteLine($"Cancelled (Ctrl+C): {summaries.Count(s => s.Problem != CancelledProblem)} of {summaries.Length} district(s) finished; summary.json is marked cancelled.");
            return ExitCodes.Interrupted;
        }

        // The order of one district's (ExitCodePolicy): a missing grant outranks everything; a district
        // not checked, or with a grant blocked or in error, is an error.
        return summaries.Any(s => s.Missing.Count > 0) ? ExitCodes.Missing
            : summaries.Any(s => !s.Checked || BlockedOrError(s) > 0) ? ExitCodes.Error
            : ExitCodes.Success;
    }

    private static readonly JsonSerializerOptions SummaryJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static async Task<DistrictSummary> CheckOneAsync(CliEnvironment environment, DistrictCheck pipeline, InventoryDistrict district, string inventoryDirectory, DistrictReport output, TimeSpan attemptTimeout, CancellationToken cancellationToken)
    {
        AeriesCertificate certificate;
        if (!PastedBaseUrl.TryParse(district.BaseUrl, out var url, out var error))
        {
            return NotChecked(district.Name, $"base URL: {error}");
        }

        try
        {
            certificate = InventoryFile.Certificate(district, environment, inventoryDirectory);
        }
        catch (CliException exception)
        {
            return NotChecked(district.Name, exception.Message);
        }

        if (certificate.AppearsIn(district.BaseUrl))
        {
            // Caught before any request: the base URL's host would be looked up and called with the certificate in it.
            return NotChecked(district.Name, "base URL: it holds this district's certificate (not shown, nothing sent). Give the district's Aeries address in base_url.");
        }

        try
        {
            return await CheckAndWriteAsync(pipeline, district, url, certificate, output, attemptTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return NotChecked(district.Name, CancelledProblem);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever one district's check throws (a report that cannot be written, a fault) is that district's error; the run goes on.
            var message = exception is CliException ? exception.Message : $"{exception.GetType().Name}: {exception.Message} (a fault of illuminate-perms; please report it)";
            return NotChecked(district.Name, CertificateShape.Redact(certificate.Redact(message)));
        }
    }

    private static async Task<DistrictSummary> CheckAndWriteAsync(DistrictCheck pipeline, InventoryDistrict district, AeriesBaseUrl url, AeriesCertificate certificate, DistrictReport output, TimeSpan attemptTimeout, CancellationToken cancellationToken)
    {
        var (report, trouble) = await pipeline.CheckAsync(url, certificate, output.Spec.Spec, null, cancellationToken, district.ProveScoreWrite).ConfigureAwait(false);
        if (report.Outcome == CheckOutcome.Cancelled)
        {
            // Unfinished: no report, so that every report in the directory is a whole check.
            return NotChecked(district.Name, CancelledProblem);
        }

        if (district.ProveScoreWrite is null)
        {
            report = ScoreWriteNote.WithUnprovenReason(report, $"a {InventoryFile.ScoreWriteColumn} cell ({ScoreWriteProofText.Shape}) in this district's inventory row");
        }

        var checkedReport = new CheckedReport(report, output.Spec.Name, null) { SpecLocation = output.SpecLocation };
        var reportPath = output.Path;
        AtomicFile.Write(reportPath, ReportWriter.Render(checkedReport, output.Format));
        var problem = FailureMessage.For(report, trouble, attemptTimeout);
        return new DistrictSummary(
            district.Name,
            problem is null,
            problem,
            checkedReport.Counts.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key.ToString()), p => p.Value),
            report.Excess.Count,
            report.Missing.Select(r => r.Grant).ToList(),
            report.Results.Where(r => r.Verdict == GrantVerdict.Verified).Select(r => r.Grant).ToList(),
            Path.GetFileName(reportPath));
    }

    /// <summary>What one district's report is checked against and where it goes.</summary>
    private sealed record DistrictReport(ChosenSpec Spec, SpecLocation SpecLocation, string Path, ReportFormat Format);

    private static DistrictSummary NotChecked(string name, string problem)
        => new(name, false, problem, new Dictionary<string, int>(), 0, [], []);

    private static string Extension(ReportFormat format)
        => format switch { ReportFormat.Json => "json", ReportFormat.Markdown => "md", ReportFormat.Sarif => "sarif", ReportFormat.Html => "html", _ => "txt" };

    private static string Result(DistrictSummary summary)
        => !summary.Checked ? $"could not check: {summary.Problem}"
            : summary.Missing.Count > 0 ? $"{summary.Missing.Count} missing"
            : BlockedOrError(summary) > 0 ? $"{BlockedOrError(summary)} blocked or in error"
            : "all there";

    private static int BlockedOrError(DistrictSummary summary)
        => (summary.Counts.TryGetValue("blocked", out var blocked) ? blocked : 0) + (summary.Counts.TryGetValue("error", out var error) ? error : 0);

    private static void WriteTable(CliEnvironment environment, IReadOnlyList<DistrictSummary> summaries)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(environment.Out), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "District", "Result", "Verified", "Missing", "Not verifiable", "Blocked/error", "Excess" })
        {
            table.AddColumn(column);
        }

        foreach (var summary in summaries.OrderBy(s => s.Checked).ThenByDescending(s => s.Missing.Count).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase))
        {
            int Count(string verdict) => summary.Counts.TryGetValue(verdict, out var n) ? n : 0;
            table.AddRow(
                new Text(summary.Name),
                new Text(Result(summary)),
                new Text(summary.Checked ? Count("verified").ToString(System.Globalization.CultureInfo.InvariantCulture) : "-"),
                new Text(summary.Checked ? summary.Missing.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-"),
                new Text(summary.Checked ? Count("notVerifiable").ToString(System.Globalization.CultureInfo.InvariantCulture) : "-"),
                new Text(summary.Checked ? BlockedOrError(summary).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-"),
                new Text(summary.Checked ? summary.Excess.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-"));
        }

        console.Write(table);
    }

    private static IReadOnlyList<DistrictSummary> ReadPrevious(string path)
    {
        var text = CappedFile.ReadText(path, "previous run's summary", CappedFile.LogCap, "An inventory run writes summary.json in its --output directory.");
        try
        {
            // Runs before the summary had a shape wrote the bare array of districts.
            return text.TrimStart().StartsWith('[')
                ? JsonSerializer.Deserialize<List<DistrictSummary>>(text, SummaryJson) ?? []
                : JsonSerializer.Deserialize<InventorySummary>(text, SummaryJson)?.Districts ?? [];
        }
        catch (JsonException exception)
        {
            throw new CliException($"{path} is not the summary.json of an inventory run: {exception.Message}", exception);
        }
    }

    /// <summary>What changed since the previous run; a district that lost a grant comes first: it is the news.</summary>
    private static void WriteChanges(CliEnvironment environment, IReadOnlyList<DistrictSummary> previous, IReadOnlyList<DistrictSummary> current)
    {
        var before = previous.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var lines = new List<(int Rank, string Text)>();
        foreach (var now in current)
        {
            if (!before.TryGetValue(now.Name, out var was))
            {
                lines.Add((3, $"  new district: {now.Name}: {Result(now)}"));
                continue;
            }

            foreach (var lost in now.Missing.Except(was.Missing))
            {
                lines.Add((0, $"  {now.Name} LOST {lost}"));
            }

            foreach (var regained in was.Missing.Except(now.Missing).Where(now.Verified.Contains))
            {
                lines.Add((2, $"  {now.Name} now has {regained}"));
            }

            if (was.Checked != now.Checked)
            {
                lines.Add((1, now.Checked ? $"  {now.Name} can be checked again" : $"  {now.Name} could not be checked: {now.Problem}"));
            }
        }

        foreach (var gone in previous.Where(p => !current.Any(c => string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            lines.Add((3, $"  no longer in the inventory: {gone.Name}"));
        }

        environment.Out.WriteLine(lines.Count == 0 ? "No change since the previous run." : "Since the previous run:");
        foreach (var line in lines.OrderBy(l => l.Rank))
        {
            environment.Out.WriteLine(line.Text);
        }
    }
}
