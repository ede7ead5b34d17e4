using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// Every command and every output format, run against a server that echoes the certificate it
/// receives into every JSON string, message, reason phrase and header (HostileAnswers.EchoingProxy
/// in front of the mock): the certificate appears in no standard output, standard error or file
/// the run writes. One run per command line; the failure lists every command line and place that leaked.
/// </summary>
public sealed class CertificateEchoTests
{
    private static readonly string[] Formats = ["table", "json", "markdown", "sarif", "html"];

    private const string EmptySarif = """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"csc"}},"results":[]}]}""";

    /// <summary>
    /// "everything": HostileAnswers.EchoingProxy, the certificate in every string (the typed client
    /// then refuses most answers, which must not leak either); "text": TextEchoAnswers.Proxy, the
    /// certificate in free text only, so checks complete and reports show what the server said.
    /// </summary>
    [Theory]
    [InlineData("everything")]
    [InlineData("text")]
    public async Task No_command_or_format_prints_or_writes_the_certificate_a_server_echoes(string echoed)
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var upstream = new Uri(aeries.BaseUrl.GetLeftPart(UriPartial.Authority) + "/");
        await using var echo = HostileServer.Start(echoed == "everything" ? HostileAnswers.EchoingProxy(upstream) : TextEchoAnswers.Proxy(upstream));
        var district = new Uri(echo.BaseUrl, aeries.BaseUrl.AbsolutePath.TrimStart('/')).AbsoluteUri;
        var certificate = aeries.Certificate("partial").Value;
        // Inputs apart from outputs: the certificate file is the one place it belongs.
        using var inputs = new TempDirectory();
        using var work = new TempDirectory();
        File.WriteAllText(inputs.File("cert.txt"), certificate);
        File.WriteAllText(inputs.File("districts.csv"), $"name,base_url,certificate\nEcho USD,{district},env:CERT\nEcho Too USD,{district},file:cert.txt\n");
        File.WriteAllText(inputs.File("build.sarif"), EmptySarif);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Spec", "permissions.csv"), work.File("permissions.csv"));
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = certificate, ["CERT"] = certificate };

        var commandLines = new List<string[]>();
        foreach (var format in Formats)
        {
            commandLines.Add(["check", "--base-url", district, "--format", format, "--retries", "0"]);
            commandLines.Add(["check", "--base-url", district, "--cert-file", inputs.File("cert.txt"), "--format", format, "--output", $"report.{format}", "--retries", "0", "--verbose"]);
            commandLines.Add(["check", "--inventory", inputs.File("districts.csv"), "--format", format, "--output", $"inventory-{format}", "--retries", "0"]);
        }

        commandLines.Add(["check", "--inventory", inputs.File("districts.csv"), "--output", "inventory-again", "--previous", "inventory-json/summary.json", "--retries", "0"]);
        commandLines.Add(["check", "--base-url", district, "--strict", "--verbose", "--retries", "0"]);
        commandLines.Add(["check", "--base-url", district, "--timeout", "0.5", "--retries", "0"]);
        commandLines.Add(["base-url", district]);
        commandLines.Add(["checklist"]);
        commandLines.Add(["checklist", "--format", "html", "--output", "checklist.html"]);
        commandLines.Add(["areas"]);
        commandLines.Add(["diff", "permissions.csv", "permissions.csv"]);
        commandLines.Add(["spec", "add-missing", "--from-sarif", inputs.File("build.sarif"), "--spec", "permissions.csv"]);
        commandLines.Add(["check", "--demo", "excess", "--format", "json"]);

        var leaks = new List<string>();
        foreach (var args in commandLines)
        {
            var result = await CliRun.InAsync(variables, work.Path, args);
            var line = string.Join(' ', args).Replace(district, "ECHO", StringComparison.Ordinal).Replace(inputs.Path, "IN", StringComparison.Ordinal);
            if (result.Out.Contains(certificate, StringComparison.OrdinalIgnoreCase))
            {
                leaks.Add($"{line}: standard output: …{Around(result.Out, certificate)}…");
            }

            if (result.Error.Contains(certificate, StringComparison.OrdinalIgnoreCase))
            {
                leaks.Add($"{line}: standard error: …{Around(result.Error, certificate)}…");
            }

            foreach (var file in Directory.GetFiles(work.Path, "*", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                if (text.Contains(certificate, StringComparison.OrdinalIgnoreCase))
                {
                    leaks.Add($"{line}: file {Path.GetRelativePath(work.Path, file)}: …{Around(text, certificate)}…");
                }
            }

            // Each command line's files are judged once: later runs see only their own.
            foreach (var file in Directory.GetFiles(work.Path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("permissions.csv", StringComparison.Ordinal) && !f.EndsWith("summary.json", StringComparison.Ordinal)))
            {
                File.Delete(file);
            }
        }

        // The proxy really was in the way and echoing: a request reached it carrying the certificate.
        Assert.Contains(echo.Received, request => request.Header("AERIES-CERT") == certificate);
        Assert.True(leaks.Count == 0, $"{leaks.Count} leak(s) of the certificate:\n" + string.Join("\n", leaks.Distinct()));
    }

    /// <summary>The text around the certificate, with the certificate itself replaced, to say where it came from.</summary>
    private static string Around(string text, string certificate)
    {
        var at = text.IndexOf(certificate, StringComparison.OrdinalIgnoreCase);
        var start = Math.Max(0, at - 60);
        return text.Substring(start, Math.Min(text.Length, at + certificate.Length + 20) - start).Replace(certificate, "<CERT>", StringComparison.OrdinalIgnoreCase).ReplaceLineEndings(" ");
    }
}
