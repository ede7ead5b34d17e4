using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Output;
using IlluminatePerms.Cli.Reports;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Spec;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace IlluminatePerms.Cli.Commands;

/// <summary><c>check</c>: a certificate against the spec, on a real district or on the bundled mock.</summary>
internal static class CheckCommand
{
    /// <summary>The mock certificate profiles --demo accepts; the default shows a realistic result.</summary>
    public static readonly string[] DemoProfiles = ["partial", "full", "excess", "read-only", "empty"];

    /// <summary>Students in the in-process mock: enough for every probe, quick to build.</summary>
    private const int DemoScale = 200;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var baseUrl = new Option<string?>("--base-url") { Description = "The district's Aeries address as pasted (its sign-in page will do). Without it, the bundled mock Aeries is started and checked." };
        var certFile = new Option<string?>("--cert-file") { Description = $"File holding the certificate (else {CertificateSource.Variable}, else a hidden prompt on a terminal). Never pass it as an argument." };
        var demo = new Option<string>("--demo") { Description = "Without --base-url: which mock certificate to check.", DefaultValueFactory = _ => DemoProfiles[0] };
        demo.AcceptOnlyFromAmong(DemoProfiles);
        var specPath = new Option<string?>("--spec") { Description = "The permission spec (default: the spec/permissions.csv built into the tool)." };
        var format = new Option<ReportFormat>("--format") { Description = "table, json, markdown, sarif or html.", DefaultValueFactory = _ => ReportFormat.Table };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of the standard output." };
        var strict = new Option<bool>("--strict") { Description = "Not-verifiable and excess grants fail the check too (exit 2)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one request may take.", DefaultValueFactory = _ => 30 };
        timeout.Validators.Add(r => { if (r.GetValueOrDefault<double>() is <= 0 or > 600) { r.AddError("--timeout must be between 0 and 600 seconds."); } });
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 8 };
        concurrency.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 64) { r.AddError("--concurrency must be between 1 and 64."); } });
        var retries = new Option<int>("--retries") { Description = "Retries of a read that failed for a passing reason (5xx, 429, dropped connection).", DefaultValueFactory = _ => 3 };
        retries.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 10) { r.AddError("--retries must be between 0 and 10."); } });
        var verbose = new Option<bool>("--verbose") { Description = "Details of errors." };

        var command = new Command("check", "Checks a certificate against the spec: a table grouped like the Aeries screen, a summary, and how to fix each missing grant. Exit 0 all there, 2 a grant missing, 1 could not check.")
        {
            baseUrl, certFile, demo, specPath, format, output, strict, timeout, concurrency, retries, verbose,
        };
        command.SetAction((parsed, cancellationToken) => Guarded.RunAsync(environment, parsed.GetValue(verbose), () => RunAsync(
            environment,
            new Settings(parsed.GetValue(baseUrl), parsed.GetValue(certFile), parsed.GetValue(demo)!, parsed.GetValue(specPath), parsed.GetValue(format), parsed.GetValue(output), parsed.GetValue(strict), TimeSpan.FromSeconds(parsed.GetValue(timeout)), parsed.GetValue(concurrency), parsed.GetValue(retries)),
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, Settings settings, CancellationToken cancellationToken)
    {
        var specFile = settings.SpecPath is null ? null : environment.Resolve(settings.SpecPath);
        var spec = SpecSource.Load(specFile);
        var specName = specFile ?? SpecSource.EmbeddedName;
        if (settings.BaseUrl is null)
        {
            if (settings.CertFile is not null)
            {
                throw new CliException("--cert-file needs --base-url: without it the bundled mock is checked with its own --demo certificate.");
            }

            await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = DemoScale, SpecGrants = spec.Grants }, cancellationToken).ConfigureAwait(false);
            var certificate = AeriesCertificate.Parse(mock.Certificate(settings.Demo).Value);
            return await CheckAsync(environment, settings, spec, specName, AeriesBaseUrl.Parse(mock.BaseUrl.AbsoluteUri), certificate, settings.Demo, cancellationToken).ConfigureAwait(false);
        }

        if (!AeriesBaseUrl.TryParse(settings.BaseUrl, out var url, out var error))
        {
            throw new CliException($"--base-url: {error}");
        }

        var districtCertificate = CertificateSource.Read(settings.CertFile is null ? null : environment.Resolve(settings.CertFile), environment);
        return await CheckAsync(environment, settings, spec, specName, url!, districtCertificate, null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> CheckAsync(CliEnvironment environment, Settings settings, PermissionSpec spec, string specName, AeriesBaseUrl url, AeriesCertificate certificate, string? demo, CancellationToken cancellationToken)
    {
        var observer = new ConnectionObserver();
        var services = new ServiceCollection();
        services.AddAeriesGrantChecker(o =>
        {
            o.AttemptTimeout = settings.Timeout;
            o.MaxReadRetries = settings.Retries;
        }).AddHttpMessageHandler(() => observer);
        await using var provider = services.BuildServiceProvider();
        var request = new GrantCheckRequest
        {
            BaseUrl = url,
            Certificate = certificate,
            Spec = spec.Grants,
            MaxConcurrency = settings.Concurrency,
            RequestTimeout = settings.Timeout,
        };
        var checker = provider.GetRequiredService<GrantChecker>();
        var report = await ProgressDisplay.RunAsync(environment, progress => checker.CheckAsync(request, progress, cancellationToken)).ConfigureAwait(false);

        var checkedReport = new CheckedReport(report, specName, demo);
        var failure = FailureMessage.For(report, observer.Trouble, settings.Timeout);
        if (failure is not null)
        {
            await environment.Error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
        }

        if (failure is null || settings.Output is not null || settings.Format != ReportFormat.Table)
        {
            Write(environment, checkedReport, settings);
        }

        return ExitCodePolicy.For(report, settings.Strict);
    }

    private static void Write(CliEnvironment environment, CheckedReport report, Settings settings)
    {
        if (settings.Output is null)
        {
            if (settings.Format == ReportFormat.Table)
            {
                TableReport.Write(report, environment.Out, colour: environment.IsInteractive);
            }
            else
            {
                environment.Out.Write(Render(report, settings.Format));
            }

            return;
        }

        string text;
        if (settings.Format == ReportFormat.Table)
        {
            using var writer = new StringWriter();
            TableReport.Write(report, writer, colour: false);
            text = writer.ToString();
        }
        else
        {
            text = Render(report, settings.Format);
        }

        var path = environment.Resolve(settings.Output);
        AtomicFile.Write(path, text);
        environment.Out.WriteLine($"{report.SummaryLine} Report written to {path}.");
    }

    private static string Render(CheckedReport report, ReportFormat format) => format switch
    {
        ReportFormat.Json => JsonReport.Render(report),
        ReportFormat.Markdown => MarkdownReport.Render(report),
        ReportFormat.Sarif => SarifReport.Render(report),
        ReportFormat.Html => HtmlReport.Render(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "the table is written by TableReport"),
    };

    private sealed record Settings(string? BaseUrl, string? CertFile, string Demo, string? SpecPath, ReportFormat Format, string? Output, bool Strict, TimeSpan Timeout, int Concurrency, int Retries);
}
