using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>mock</c>: the mock Aeries in the foreground, with its program's options; then <c>check</c> against it.</summary>
public sealed class MockCommandTests
{
    [Fact]
    public async Task Mock_serves_in_the_foreground_and_check_passes_with_its_full_certificate()
    {
        using var mock = await RunningMock.StartAsync("--port", "0", "--scale", "50", "--latency", "5");
        try
        {
            var (baseUrl, full) = (mock.BaseUrl, mock.Certificate("full"));
            var result = await CliRun.InEmptyFolderAsync(new Dictionary<string, string> { ["AERIES_CERT"] = full }, "check", "--base-url", baseUrl);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains(" 0 missing", result.Out);
        }
        finally
        {
            await mock.StopAsync();
        }
    }

    [Fact]
    public async Task Mock_rejects_a_bad_option_like_its_program()
    {
        var result = await CliRun.RunAsync("mock", "--latency", "-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--latency must be between 0 and 60,000 ms.", result.Error);
    }

    [Fact]
    public async Task Mock_takes_its_settings_from_a_config_file_and_answers_the_admin_api()
    {
        using var folder = new TempDirectory();
        var config = System.IO.Path.Combine(folder.Path, "mock.json");
        await System.IO.File.WriteAllTextAsync(config, """{ "scale": 50, "refusalStatus": 403, "faults": [ { "pathPrefix": "schools/994/sections", "errorRate": 1, "errorStatusCode": 500 } ] }""");
        using var mock = await RunningMock.StartAsync("--port", "0", "--config", config);
        try
        {
            var empty = mock.Certificate("empty");
            using var http = new System.Net.Http.HttpClient { BaseAddress = new Uri(mock.BaseUrl) };
            http.DefaultRequestHeaders.Add("AERIES-CERT", empty);

            // The file's refusal status for a certificate without the permission, its fault on its path, and the admin API on loopback.
            Assert.Equal(403, (int)(await http.GetAsync("api/v5/schools/994/students")).StatusCode);
            Assert.Equal(500, (int)(await http.GetAsync("api/v5/schools/994/sections")).StatusCode);
            var log = await http.GetStringAsync("__admin/requests");
            Assert.Contains("(redacted; profile empty)", log);
            Assert.DoesNotContain(empty, log);
        }
        finally
        {
            await mock.StopAsync();
        }
    }

    [Fact]
    public async Task Mock_names_the_key_of_a_bad_config_file_and_does_not_start()
    {
        using var folder = new TempDirectory();
        var config = System.IO.Path.Combine(folder.Path, "mock.json");
        await System.IO.File.WriteAllTextAsync(config, """{ "scale": 50, "assumptions": { "checkBeforeLookup": true } }""");

        var result = await CliRun.RunAsync("mock", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown key 'assumptions.checkBeforeLookup'", result.Error);
    }

    [Fact]
    public async Task Mock_refuses_a_refusal_status_other_than_401_or_403()
    {
        var result = await CliRun.RunAsync("mock", "--refusal-status", "402");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--refusal-status must be 401 or 403.", result.Error);
    }
}
