using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>serve</c> as a real process: the page and the JSON API on 127.0.0.1, against the mock.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serves_the_page_and_the_json_api_until_stopped()
    {
        await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 200 });
        using var serve = Start("serve", "--port", "0", "--allow-private-networks");
        try
        {
            var root = await ReadAddressAsync(serve);
            using var http = new HttpClient { BaseAddress = root };

            var page = await http.GetStringAsync("/");
            using var response = await http.PostAsJsonAsync("/api/check", new { baseUrl = mock.BaseUrl.AbsoluteUri, certificate = mock.Certificate("partial").Value });
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Contains("<label for=\"certificate\">API certificate</label>", page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("completed", report.RootElement.GetProperty("outcome").GetString());
            Assert.True(report.RootElement.GetProperty("counts").GetProperty("missing").GetInt32() > 0);
            // The bundled example spec, named as check names it.
            Assert.StartsWith("bundled example spec", report.RootElement.GetProperty("spec").GetString());
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Without_allow_private_networks_the_mock_on_loopback_is_refused()
    {
        await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 200 });
        using var serve = Start("serve", "--port", "0");
        try
        {
            var root = await ReadAddressAsync(serve);
            using var http = new HttpClient { BaseAddress = root };

            using var response = await http.PostAsJsonAsync("/api/check", new { baseUrl = mock.BaseUrl.AbsoluteUri, certificate = mock.Certificate("partial").Value });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("loopback address", await response.Content.ReadAsStringAsync());
            Assert.Empty(mock.Journal.Entries);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task A_port_out_of_range_is_a_usage_error()
    {
        var result = await CliRun.RunAsync("serve", "--port", "70000");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--port must be between 0 and 65535", result.Error);
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ToolProcess.Dll);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the tool did not start");
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>The address the tool prints first ("Check page: http://127.0.0.1:PORT/ …").</summary>
    private static async Task<Uri> ReadAddressAsync(Process serve)
    {
        var line = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1)) ?? throw new InvalidOperationException("serve printed nothing");
        var match = Regex.Match(line, @"^Check page: (?<url>http://127\.0\.0\.1:\d+/)");
        Assert.True(match.Success, line);
        return new Uri(match.Groups["url"].Value);
    }
}
