using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>The built tool as a real process: exit codes, redirected output, the environment variable.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Check_against_the_bundled_mock_exits_2_with_json_on_stdout_and_progress_lines_on_stderr()
    {
        var result = ToolProcess.RunDll(null, "check", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("counts").GetProperty("missing").GetInt32() > 0);
        Assert.Matches(@"\[\d+/\d+\] ", result.Error);
        var escape = result.Error.IndexOf('\u001b', System.StringComparison.Ordinal);
        Assert.True(escape < 0, escape < 0 ? null : result.Error.Substring(System.Math.Max(0, escape - 200), System.Math.Min(400, result.Error.Length - System.Math.Max(0, escape - 200))));
    }

    [Fact]
    public async Task Check_of_a_district_reads_AERIES_CERT_and_never_prints_it()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var certificate = aeries.Certificate("full").Value;

        var result = ToolProcess.RunDll(new Dictionary<string, string> { ["AERIES_CERT"] = certificate }, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(certificate, result.All, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Usage_errors_exit_1()
    {
        var result = ToolProcess.RunDll(null, "check", "--format", "pdf");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pdf", result.Error);
    }

    [Fact]
    public void Without_a_certificate_and_no_terminal_it_exits_1_instead_of_prompting()
    {
        var result = ToolProcess.RunDll(null, "check", "--base-url", "https://district.example/aeries/");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("set AERIES_CERT", result.Error);
    }
}
