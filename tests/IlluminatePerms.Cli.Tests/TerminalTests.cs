using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Spectre.Console.Testing;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// <c>check</c> with a person at a terminal (a Spectre test console standing in for it) and with its
/// output redirected: the hidden certificate prompt and the progress display.
/// </summary>
public sealed class TerminalTests
{
    private const string PromptText = "Aeries certificate (input hidden):";

    [Fact]
    public async Task At_a_terminal_with_no_certificate_source_a_prompt_asks_and_hides_what_is_typed()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var certificate = aeries.Certificate("full").Value;
        using var terminal = new TestConsole().Interactive();
        terminal.Input.PushTextWithEnter(certificate);

        var result = await CliRun.AtTerminalAsync(terminal, null, "check", "--base-url", aeries.BaseUrl.AbsoluteUri);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(" 0 missing", result.Out);
        Assert.Contains(PromptText, terminal.Output);
        // What was typed shows as one mask character per key, never as text, anywhere.
        Assert.Contains(PromptText + " " + new string('*', certificate.Length), terminal.Output);
        Assert.DoesNotContain(certificate, terminal.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(certificate, result.All, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(certificate[..4] + "…", result.Out);
    }

    [Fact]
    public async Task At_a_terminal_the_environment_variable_or_the_file_comes_first_and_no_prompt_appears()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var certificate = aeries.Certificate("full").Value;
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("cert.txt"), certificate);
        using var withVariable = new TestConsole().Interactive();
        using var withFile = new TestConsole().Interactive();

        // No input is queued: a prompt would fail the run.
        var fromVariable = await CliRun.AtTerminalAsync(withVariable, new Dictionary<string, string> { ["AERIES_CERT"] = certificate }, "check", "--base-url", aeries.BaseUrl.AbsoluteUri);
        var fromFile = await CliRun.AtTerminalAsync(withFile, null, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--cert-file", directory.File("cert.txt"));

        Assert.Equal(0, fromVariable.ExitCode);
        Assert.Equal(0, fromFile.ExitCode);
        Assert.DoesNotContain(PromptText, withVariable.Output);
        Assert.DoesNotContain(PromptText, withFile.Output);
    }

    [Fact]
    public async Task An_empty_answer_at_the_prompt_is_one_clear_error_and_exit_1()
    {
        using var terminal = new TestConsole().Interactive();
        terminal.Input.PushTextWithEnter(string.Empty);

        var result = await CliRun.AtTerminalAsync(terminal, null, "check", "--base-url", "https://district.example/aeries/");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(PromptText, terminal.Output);
        Assert.Equal("error: no certificate was typed at the prompt: paste the one from Display Certificate Details, or set AERIES_CERT or give --cert-file PATH.", result.Error.Trim());
    }

    [Fact]
    public async Task A_typed_value_that_is_not_a_certificate_is_refused_without_showing_it()
    {
        const string typed = "my secret value";
        using var terminal = new TestConsole().Interactive();
        terminal.Input.PushTextWithEnter(typed);

        var result = await CliRun.AtTerminalAsync(terminal, null, "check", "--base-url", "https://district.example/aeries/");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: the certificate from the prompt is not usable:", result.Error);
        Assert.DoesNotContain(typed, result.All);
        Assert.DoesNotContain(typed, terminal.Output);
    }

    [Fact]
    public async Task Off_a_terminal_no_prompt_appears_and_the_error_says_how_to_give_the_certificate()
    {
        using var terminal = new TestConsole().Interactive();
        terminal.Input.PushTextWithEnter("0123456789abcdef0123456789abcdef");
        using var output = new StringWriter();
        using var error = new StringWriter();
        // The console could answer, but standard input or error is redirected: never ask.
        using var folder = new TempDirectory();
        var environment = new CliEnvironment(output, error, _ => null, IsInteractive: false, folder.Path) { Terminal = terminal };

        var code = await CliApp.RunAsync(["check", "--base-url", "https://district.example/aeries/"], environment);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, terminal.Output);
        Assert.Equal("error: no certificate: set AERIES_CERT or give --cert-file PATH (a plain argument would show it in process lists).", error.ToString().Trim());
    }

    [Fact]
    public async Task At_a_terminal_progress_is_a_live_display_that_ends_with_the_final_counts()
    {
        // Wide enough that the final line is not wrapped.
        using var terminal = new TestConsole().Interactive().EmitAnsiSequences().Width(200);

        var result = await CliRun.AtTerminalAsync(terminal, null, "check", "--demo", "partial", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        var screen = Visible(terminal.Output);
        // The live display redraws a bar with how far the probing is.
        Assert.Matches(@"Probing Aeries \d+/\d+: ", screen);
        Assert.Contains("━", screen);
        // No plain progress lines when a person is watching the live display.
        Assert.DoesNotMatch(@"\[\d+/\d+\] ", result.Error);

        // It ends with the counts of the whole check, the same as the report's.
        var last = screen.Split('\n').Select(l => l.Trim()).Last(l => l.Length > 0);
        var final = Regex.Match(last, @"^Probed (\d+)/(\d+): (\d+) verified, (\d+) missing, (\d+) not verifiable, (\d+) inferred \(undocumented\), (\d+) blocked, (\d+) in error; (\d+) area\(s\) outside the spec, (\d+) readable\.$");
        Assert.True(final.Success, $"last line on the terminal: '{last}'");
        using var json = JsonDocument.Parse(result.Out);
        var counts = json.RootElement.GetProperty("counts");
        var results = json.RootElement.GetProperty("results").GetArrayLength();
        int Group(int n) => int.Parse(final.Groups[n].Value);
        Assert.Equal(Group(2), Group(1));
        Assert.Equal(results + Group(9), Group(1));
        Assert.Equal(counts.GetProperty("verified").GetInt32(), Group(3));
        Assert.Equal(counts.GetProperty("missing").GetInt32(), Group(4));
        Assert.Equal(counts.GetProperty("notVerifiable").GetInt32(), Group(5));
        Assert.Equal(counts.GetProperty("inferred").GetInt32(), Group(6));
        Assert.Equal(counts.GetProperty("blocked").GetInt32(), Group(7));
        Assert.Equal(counts.GetProperty("error").GetInt32(), Group(8));
        Assert.Equal(json.RootElement.GetProperty("excessCount").GetInt32(), Group(10));
    }

    [Fact]
    public async Task At_a_terminal_a_check_that_reaches_nothing_shows_no_counts_of_probes_never_made()
    {
        using var terminal = new TestConsole().Interactive().EmitAnsiSequences().Width(200);
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = "0123456789abcdef0123456789abcdef" };

        var result = await CliRun.AtTerminalAsync(terminal, variables, "check", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/aeries/", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("Probed ", Visible(terminal.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirected_progress_is_one_plain_line_per_probe_with_no_escape_sequences()
    {
        var result = await CliRun.RunAsync("check", "--demo", "partial", "--format", "json");

        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var progress = lines.Select(l => Regex.Match(l, @"^\[(\d+)/(\d+)\] (.+): (.+)$")).Where(m => m.Success).ToList();
        Assert.NotEmpty(progress);
        // Numbered 1..N, one per finished probe, each with what it found.
        Assert.Equal(Enumerable.Range(1, progress.Count), progress.Select(m => int.Parse(m.Groups[1].Value)));
        Assert.All(progress, m => Assert.Equal(progress.Count, int.Parse(m.Groups[2].Value)));
        // Every spec result has its line; the rest are the areas outside the spec, said as such.
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(json.RootElement.GetProperty("results").GetArrayLength(), progress.Count(m => !m.Groups[4].Value.StartsWith("outside the spec", StringComparison.Ordinal)));
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.DoesNotContain("Probing Aeries", result.Error);
    }

    /// <summary>The text a person sees: the terminal's output without its escape sequences.</summary>
    private static string Visible(string output)
        => Regex.Replace(output, @"\u001b(\[[0-9;?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[@-Z\\-_])", string.Empty).Replace("\r", "\n", StringComparison.Ordinal);
}
