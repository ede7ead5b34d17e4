using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Tests.Harness;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>
/// The page in Debian's chromium (Playwright drives it; its own browser download is not used):
/// filled with the keyboard alone against the mock, found by the names a screen reader reads.
/// </summary>
[Trait("Category", "Browser")]
public sealed class BrowserTests(ITestOutputHelper output)
{
    private static readonly string? Chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    [Fact]
    public async Task An_admin_using_only_the_keyboard_sees_the_missing_rows_and_what_to_tick()
    {
        if (Chromium is null)
        {
            // xunit 2 cannot skip at run time: say it plainly in the test output (.ci/run installs chromium).
            output.WriteLine("DID NOT RUN: no chromium on this machine (apt-get install -y chromium); the check page was not opened in a browser.");
            return;
        }

        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var context = await browser.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue(message.Text);
        await page.GotoAsync(host.Root.AbsoluteUri);

        // What a screen reader announces: labelled fields, the certificate hidden, a named button.
        var address = page.GetByLabel("Aeries address");
        var certificate = page.GetByLabel("API certificate");
        Assert.Equal("password", await certificate.GetAttributeAsync("type"));
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Check the certificate" }).CountAsync());

        // Keyboard alone: Tab to the first field, type, Tab, type, Enter.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await address.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab did not reach the address field first");
        await page.Keyboard.TypeAsync(district.SignInPage);
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await certificate.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab did not reach the certificate field");
        await page.Keyboard.TypeAsync(district.Certificate("partial"));
        await page.Keyboard.PressAsync("Enter");

        var fixHeading = page.GetByRole(AriaRole.Heading, new() { Name = "What to tick in Aeries" });
        await fixHeading.WaitForAsync(new() { Timeout = 60_000 });

        // The result took the focus, so the keyboard and the screen reader continue from there.
        Assert.Equal("result-heading", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var missingRows = page.Locator("tr[data-verdict=\"missing\"]");
        var steps = page.GetByRole(AriaRole.List, new() { Name = "What to tick in Aeries" }).GetByRole(AriaRole.Listitem);
        Assert.True(await missingRows.CountAsync() > 0, "no missing rows shown");
        Assert.Equal(await missingRows.CountAsync(), await steps.CountAsync());
        var firstMissing = await missingRows.First.Locator("th").InnerTextAsync();
        Assert.Contains(firstMissing, await steps.First.InnerTextAsync());
        Assert.Contains("Security → API Security", await steps.First.InnerTextAsync());
        Assert.Contains("tick", await steps.First.InnerTextAsync());
        // The script ran (the policy let the page's own file run): it counted every probe.
        var status = await page.Locator("#progress-text").InnerTextAsync();
        Assert.Equal("Done.", status);
        var progress = page.Locator("#progress");
        Assert.Equal(await progress.GetAttributeAsync("max"), (await progress.EvaluateAsync<double>("p => p.value")).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The report downloads with the keyboard too.
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Download this report (HTML file)" });
        await link.FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal("aeries-check-127.0.0.1.html", download.SuggestedFilename);
        var file = await download.PathAsync();
        Assert.Contains("<h1>Aeries API permissions check</h1>", await File.ReadAllTextAsync(file));

        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_features_section_shows_which_feature_works_and_which_will_fail()
    {
        if (Chromium is null)
        {
            output.WriteLine("DID NOT RUN: no chromium on this machine (apt-get install -y chromium); the check page was not opened in a browser.");
            return;
        }

        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync(spec: FeatureSpecs.RosteringAndCalendars);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Root.AbsoluteUri);

        await page.GetByLabel("Aeries address").FillAsync(district.SignInPage);
        await page.GetByLabel("API certificate").FillAsync(district.Certificate("partial"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the certificate" }).PressAsync("Enter");

        // Found as a screen reader finds it: a heading, and the list it names.
        await page.GetByRole(AriaRole.Heading, new() { Name = "Features" }).WaitForAsync(new() { Timeout = 60_000 });
        var features = page.GetByRole(AriaRole.List, new() { Name = "Features" }).Locator("> li");
        Assert.Equal(2, await features.CountAsync());
        Assert.StartsWith("Rostering: works.", await features.Nth(0).InnerTextAsync());
        var calendars = await features.Nth(1).InnerTextAsync();
        Assert.StartsWith("Calendars: WILL FAIL.", calendars);
        Assert.Contains("tick Class Calendars → Read", calendars);
        Assert.True(await page.Locator(".feature-fails").EvaluateAsync<bool>("e => getComputedStyle(e).fontWeight === '700'"), "the failing verdict is not styled (check.css)");
    }

    [Fact]
    public async Task A_refused_address_is_said_in_the_page()
    {
        if (Chromium is null)
        {
            output.WriteLine("DID NOT RUN: no chromium on this machine (apt-get install -y chromium); the check page was not opened in a browser.");
            return;
        }

        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync(o => o.AllowPrivateNetworks = false);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Root.AbsoluteUri);

        await page.GetByLabel("Aeries address").FillAsync(district.SignInPage);
        await page.GetByLabel("API certificate").FillAsync(district.Certificate("full"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the certificate" }).PressAsync("Enter");

        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("loopback address", await alert.InnerTextAsync());
        Assert.Empty(district.Server.Journal.Entries);
    }
}
