using System;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Proxy;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>When the check and its lines fall behind the traffic, the traffic goes on and the summary says how many requests went unchecked.</summary>
public sealed class ProxyOverloadTests
{
    private const int Requests = 6;

    [Fact]
    public async Task A_check_that_falls_behind_never_holds_an_answer_and_the_summary_counts_the_requests_it_skipped()
    {
        await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 30 });
        var full = mock.Certificate("full").Value;
        await using var proxy = await ProxyRun.StartAsync(mock.BaseUrl, new ProxyLimits { QueuedExchanges = 1 });
        proxy.Client.Timeout = TimeSpan.FromSeconds(30);

        // Output shut: the first exchange's line waits, one more fits the queue, the rest overflow.
        proxy.OutputOpen.Reset();
        for (var i = 0; i < Requests; i++)
        {
            // One connection, one request after the other: a proxy that waited for its check would hang here.
            using var answer = await proxy.GetAsync("api/v5/schools/994/students?StartingRecord=1&EndingRecord=5", full);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        proxy.OutputOpen.Set();
        var result = await proxy.StopAsync();

        var skipped = Regex.Match(result.Out, @"Not checked: (\d+) more request\(s\) were passed on without their line or contract check");
        Assert.True(skipped.Success, result.Out);
        var lines = proxy.RequestLines().Length;
        Assert.Equal(Requests, lines + int.Parse(skipped.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(lines, 1, 2);
        Assert.Contains($"{lines} request(s), 1 operation(s) of the contract.", result.Out);
        Assert.Contains("request(s) passed on without their line or contract check: the check fell behind", result.Error);
        Assert.DoesNotContain(full, result.Out + result.Error);
    }

    [Fact]
    public async Task Lines_held_back_by_a_slow_terminal_come_out_all_and_in_order_once_it_takes_them()
    {
        await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 30 });
        var full = mock.Certificate("full").Value;
        await using var proxy = await ProxyRun.StartAsync(mock.BaseUrl);
        string[] paths = ["api/v5/schools/994", "api/v5/schools/994/students", "api/v5/schools/994/terms", "api/v5/schools", "api/v5/schools/994/sections"];

        // The first line waits at the shut output; the others queue behind it and are looked at as one batch.
        proxy.OutputOpen.Reset();
        foreach (var path in paths)
        {
            using var answer = await proxy.GetAsync(path, full);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        proxy.OutputOpen.Set();
        var result = await proxy.StopAsync();

        var operations = proxy.RequestLines().Select(line => Regex.Match(line, @"  (\w+\.\w+)  ").Groups[1].Value).ToArray();
        Assert.Equal(new[] { "schools.get_school_information", "students.get_student_information", "schools.get_school_terms", "schools.get_school_information", "scheduling.get_sections_from_master_schedule" }, operations);
        Assert.DoesNotContain("Not checked", result.Out);
    }

    [Fact]
    public async Task A_check_that_keeps_up_skips_nothing_and_the_summary_says_nothing_of_skipping()
    {
        await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 30 });
        await using var proxy = await ProxyRun.StartAsync(mock.BaseUrl);
        for (var i = 0; i < Requests; i++)
        {
            using var answer = await proxy.GetAsync("api/v5/schools/994/students?StartingRecord=1&EndingRecord=5", mock.Certificate("full").Value);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        var result = await proxy.StopAsync();

        Assert.Equal(Requests, proxy.RequestLines().Length);
        Assert.DoesNotContain("Not checked", result.Out);
        Assert.DoesNotContain("without their line", result.Error, StringComparison.Ordinal);
    }
}
