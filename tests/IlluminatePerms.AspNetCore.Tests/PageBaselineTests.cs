using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Tests.Harness;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>
/// The page answered without script, and the report it offers for download, are exactly the
/// baselines in Baselines/ (the mock's partial certificate, the bundled spec and a spec with features):
/// every word, heading and attribute a district admin or a screen reader meets is held, not only
/// the few that other tests look for. The port, the anti-forgery token and the embedded report
/// (a baseline of its own) are the only parts that change between runs and are replaced.
/// A deliberate change to the page is taken by running the tests with ILLUMINATEPERMS_UPDATE_BASELINES=1
/// and reviewing the diff of Baselines/, as for the project's other baselines.
/// </summary>
public sealed class PageBaselineTests
{
    [Fact]
    public async Task The_page_for_a_partial_certificate_is_its_baseline()
        => await AssertBaselineAsync("partial", spec: null);

    [Fact]
    public async Task The_page_for_a_spec_with_features_is_its_baseline()
        => await AssertBaselineAsync("features", FeatureSpecs.RosteringAndCalendars);

    private static async Task AssertBaselineAsync(string name, IlluminatePerms.Spec.PermissionSpec? spec)
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync(spec: spec);
        using var client = host.Client();
        var token = await PageForm.TokenAsync(client);
        using var response = await client.PostAsync("check", PageForm.Fields(district.SignInPage, district.Certificate("partial"), token));
        var page = await response.Content.ReadAsStringAsync();

        var link = Regex.Match(page, "base64,(?<body>[^\"]+)\"");
        Assert.True(link.Success, "no download link");
        var report = Encoding.UTF8.GetString(Convert.FromBase64String(link.Groups["body"].Value));

        AssertSame(Path.Combine("Baselines", $"{name}.page.html"), Normalized(page.Replace(link.Groups["body"].Value, "REPORT", StringComparison.Ordinal)));
        AssertSame(Path.Combine("Baselines", $"{name}.report.html"), Normalized(report));
    }

    /// <summary>The run's own values replaced: the loopback ports and the anti-forgery token.</summary>
    private static string Normalized(string html)
    {
        var ports = Regex.Replace(html, @"127\.0\.0\.1:\d+", "127.0.0.1:PORT");
        return Regex.Replace(ports, "(<input type=\"hidden\" name=\"[^\"]*\" value=\")[^\"]*", "${1}TOKEN");
    }

    private static void AssertSame(string relative, string received)
    {
        var baseline = Path.Combine(RepositoryRoot.Path, "tests", "IlluminatePerms.AspNetCore.Tests", relative);
        if (Environment.GetEnvironmentVariable("ILLUMINATEPERMS_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(baseline, received);
        }

        Assert.True(File.Exists(baseline), $"{relative} is missing: run the tests with ILLUMINATEPERMS_UPDATE_BASELINES=1 and review it.");
        var expected = File.ReadAllText(baseline).Split('\n');
        var actual = received.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(
            first < 0 && expected.Length == actual.Length,
            first < 0
                ? $"{relative}: {actual.Length} lines, the baseline {expected.Length}"
                : $"{relative}, line {first + 1}:\nbaseline: {expected[first]}\nreceived: {actual[first]}");
    }
}
