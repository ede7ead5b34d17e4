using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>check --base-url</c>: a district (a standalone mock here), its certificate's sources, and what goes wrong on the wire.</summary>
public sealed class CheckDistrictTests
{
    [Fact]
    public async Task The_certificate_from_the_environment_never_appears_in_any_format_or_file()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var certificate = aeries.Certificate("partial").Value;
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = certificate };
        using var directory = new TempDirectory();
        foreach (var format in new[] { "table", "json", "markdown", "sarif", "html" })
        {
            var printed = await CliRun.InAsync(variables, directory.Path, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--format", format, "--verbose");
            var written = await CliRun.InAsync(variables, directory.Path, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--format", format, "--output", $"report.{format}");

            Assert.Equal(2, printed.ExitCode);
            Assert.Equal(2, written.ExitCode);
            Assert.DoesNotContain(certificate, printed.All, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(certificate, written.All, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(certificate, File.ReadAllText(directory.File($"report.{format}")), StringComparison.OrdinalIgnoreCase);
            Assert.Contains(certificate[..4], printed.All);
        }
    }

    [Fact]
    public async Task The_certificate_from_a_file_is_checked()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("cert.txt"), aeries.Certificate("full").Value + "\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--cert-file", "cert.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(" 0 missing", result.Out);
    }

    [Fact]
    public async Task A_rejected_certificate_is_one_error_line_and_exit_1()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = "0123456789abcdef0123456789abcdef" };

        var result = await CliRun.InEmptyFolderAsync(variables, "check", "--base-url", aeries.BaseUrl.AbsoluteUri);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches("error: Aeries at 127.0.0.1 did not accept the certificate 0123…cdef.*AERIES_CERT", result.Error);
        Assert.DoesNotContain("0123456789abcdef0123456789abcdef", result.All);
        Assert.DoesNotContain("   at ", result.All);
    }

    [Fact]
    public async Task No_certificate_off_a_terminal_says_where_to_put_it()
    {
        var result = await CliRun.RunAsync("check", "--base-url", "https://district.example/aeries/");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: no certificate: set AERIES_CERT or give --cert-file PATH (a plain argument would show it in process lists).", result.Error.Trim());
    }

    [Fact]
    public async Task An_unreachable_host_has_its_own_message()
    {
        var port = CliRun.ClosedPort();
        var result = await CliRun.InEmptyFolderAsync(Certificate, "check", "--base-url", $"http://127.0.0.1:{port}/aeries/", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: 127.0.0.1 could not be reached", result.Error);
    }

    [Fact]
    public async Task An_unreachable_host_leaves_standard_output_empty_for_a_table_but_a_file_or_another_format_still_gets_the_report()
    {
        using var directory = new TempDirectory();
        var url = $"http://127.0.0.1:{CliRun.ClosedPort()}/aeries/";

        var table = await CliRun.InAsync(Certificate, directory.Path, "check", "--base-url", url, "--retries", "0");
        var json = await CliRun.InAsync(Certificate, directory.Path, "check", "--base-url", url, "--retries", "0", "--format", "json");
        var file = await CliRun.InAsync(Certificate, directory.Path, "check", "--base-url", url, "--retries", "0", "--output", "report.txt");
        var sarif = await CliRun.InAsync(Certificate, directory.Path, "check", "--base-url", url, "--retries", "0", "--format", "sarif");

        Assert.Equal((1, string.Empty), (table.ExitCode, table.Out));
        Assert.Equal(1, json.ExitCode);
        Assert.Equal("unreachable", System.Text.Json.JsonDocument.Parse(json.Out).RootElement.GetProperty("outcome").GetString());
        Assert.Equal(1, file.ExitCode);
        Assert.EndsWith($"Report written to {directory.File("report.txt")}.\n", file.Out.Replace("\r", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Contains("/api/v5/systeminfo did not answer like Aeries (not reachable)", File.ReadAllText(directory.File("report.txt")), System.StringComparison.Ordinal);
        // A check that never ran is an error notification in SARIF, not a note.
        using var log = System.Text.Json.JsonDocument.Parse(sarif.Out);
        var invocation = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("error", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("level").GetString());
        Assert.All(new[] { table, json, file, sarif }, run => Assert.EndsWith("error: 127.0.0.1 could not be reached (no connection). Check the base URL, DNS and your network (VPN, firewall).\n", run.Error.Replace("\r", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_in_page_instead_of_json_has_its_own_message()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody("<html><body><form>Sign in to Aeries</form></body></html>"));

        var result = await CliRun.InEmptyFolderAsync(Certificate, "check", "--base-url", server.Url + "/aeries/", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("answered a web page (HTML), not the Aeries API", result.Error);
    }

    [Fact]
    public async Task A_timeout_has_its_own_message()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(5)).WithBody("{}"));

        var result = await CliRun.InEmptyFolderAsync(Certificate, "check", "--base-url", server.Url + "/aeries/", "--retries", "0", "--timeout", "0.3");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did not answer within 0.3 s", result.Error);
    }

    [Fact]
    public async Task A_probe_that_times_out_names_the_timeout_that_was_given()
    {
        // systeminfo and schools answer at once; every probe (under "schools/") takes far longer than
        // --timeout, which leaves a cold first request on a busy machine room to answer.
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, Faults = new[] { new IlluminatePerms.MockAeries.Faults.FaultRule { PathPrefix = "schools/", Latency = TimeSpan.FromSeconds(20) } } });
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InEmptyFolderAsync(variables, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--format", "json", "--retries", "0", "--timeout", "1.5");

        Assert.True(result.Out.Contains("No answer within 1.5 s.", StringComparison.Ordinal), result.All);
    }

    [Fact]
    public async Task A_tls_failure_has_its_own_message()
    {
        // A server that answers plain HTTP where https expects a TLS handshake.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                await client.GetStream().WriteAsync("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"u8.ToArray(), stop.Token);
            }
        });

        var result = await CliRun.InEmptyFolderAsync(Certificate, "check", "--base-url", $"https://127.0.0.1:{port}/aeries/", "--retries", "0");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => serving);

        Assert.Equal(1, result.ExitCode);
        // It answers plain HTTP to a plain request too: the message says so rather than blaming trust.
        Assert.Contains($"127.0.0.1:{port} did not answer TLS: it speaks plain HTTP on that port. Did you mean http://127.0.0.1:{port}/aeries/?", result.Error);
    }

    [Theory]
    [InlineData(new[] { "check", "--format", "pdf" }, "pdf")]
    [InlineData(new[] { "check", "--demo", "nobody" }, "nobody")]
    [InlineData(new[] { "check", "--base-url", "ftp://district.example/" }, "--base-url")]
    [InlineData(new[] { "check", "--spec", "no-such-spec.csv" }, "does not exist")]
    [InlineData(new[] { "check", "--cert-file", "cert.txt" }, "--cert-file needs --base-url")]
    [InlineData(new[] { "check", "--timeout", "0" }, "--timeout")]
    [InlineData(new[] { "nonsense" }, "nonsense")]
    public async Task Bad_input_exits_1_with_a_message(string[] args, string expected)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("   at ", result.All);
    }

    [Fact]
    public async Task A_spec_with_errors_names_the_line()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("bad.csv"), "Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Dta,Read,typo\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--spec", "bad.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.csv(2,", result.Error);
    }

    private static Dictionary<string, string> Certificate => new() { ["AERIES_CERT"] = "0123456789abcdef0123456789abcdef" };
}
