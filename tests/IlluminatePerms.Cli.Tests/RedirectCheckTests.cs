using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>check</c> and <c>check --inventory</c> in front of a server that redirects: the redirect is the answer, the certificate goes nowhere else.</summary>
public sealed class RedirectCheckTests
{
    private const string Certificate = "0123456789abcdef0123456789abcdef";

    // IIS answers a redirect with a small HTML page ("Object moved"): it is a redirect, not a sign-in page.
    private static HostileAnswer ObjectMoved(int status, Uri location)
        => HostileAnswers.Raw(status, "<html><head><title>Object moved</title></head><body>Object moved</body></html>", "text/html; charset=utf-8", "Moved", ("Location", location.ToString()));

    [Theory]
    [InlineData(300)] // the ends of the 3xx range: an HTML page there is still a redirect, not a sign-in page
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(399)]
    public async Task Check_names_the_redirect_and_nothing_reaches_its_target(int status)
    {
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(ObjectMoved(status, new Uri(trap.BaseUrl, "aeries/api/v5/systeminfo")));
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = Certificate };

        var result = await CliRun.InEmptyFolderAsync(variables, "check", "--base-url", server.BaseUrl + "aeries/", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"the server redirects to {trap.Origin} instead of answering: the base URL is probably wrong (see base-url)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("web page", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain(Certificate, result.All, StringComparison.Ordinal);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }

    [Fact]
    public async Task An_inventory_district_that_redirects_is_that_districts_error_and_nothing_reaches_the_target()
    {
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(ObjectMoved(308, new Uri(trap.BaseUrl, "aeries/")));
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nMoved USD,{server.BaseUrl}aeries/,env:MOVED_CERT\n");
        var variables = new Dictionary<string, string> { ["MOVED_CERT"] = Certificate };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        // The table wraps the line: the district's report holds it whole.
        Assert.Contains("could not check", result.Out, StringComparison.Ordinal);
        Assert.Contains($"the server redirects to {trap.Origin} instead of answering", File.ReadAllText(Path.Combine(directory.File("reports"), "Moved_USD.json")), StringComparison.Ordinal);
        Assert.DoesNotContain(Certificate, result.All, StringComparison.Ordinal);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }
}
