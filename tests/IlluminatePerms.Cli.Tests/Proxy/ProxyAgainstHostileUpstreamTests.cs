using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Proxy;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary><c>proxy</c> in front of districts that misbehave: answers that break the contract, redirects, sign-in pages, endless bodies, echoed certificates.</summary>
public sealed class ProxyAgainstHostileUpstreamTests
{
    private const string Certificate = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task An_answer_that_breaks_the_contract_is_flagged_and_an_unknown_field_only_noted()
    {
        await using var district = HostileServer.Start(HostileAnswers.ByPath(
            HostileAnswers.Json(200, "{\"StudentID\":1}"),
            ("/students", HostileAnswers.Json(200, "[{\"StudentID\":\"ninety\",\"SchoolCode\":994,\"FirstName\":7,\"Pronouns\":\"they\"}]")),
            ("/contacts", HostileAnswers.Json(200, "{\"StudentID\":1}")),
            ("/gpas", HostileAnswers.Json(200, "[\"x\"]"))));
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        using var students = await proxy.GetAsync("api/v5/schools/994/students", Certificate);
        using var contacts = await proxy.GetAsync("api/v5/schools/994/contacts", Certificate);
        using var gpas = await proxy.GetAsync("api/v5/schools/994/gpas", Certificate);
        var result = await proxy.StopAsync();

        var studentLine = result.Out.Split('\n').Single(l => l.Contains("students.get_student_information", StringComparison.Ordinal) && l.StartsWith("200", StringComparison.Ordinal));
        Assert.Contains("contract finding: [].StudentID is a string (documented: a number)", studentLine);
        Assert.Contains("contract finding: [].FirstName is a number (documented: a string or null)", studentLine);
        Assert.DoesNotContain("SchoolCode is", studentLine);
        Assert.Contains("note: fields the contract does not know: Student.Pronouns", studentLine);
        Assert.DoesNotContain("contract finding: [].Pronouns", studentLine);
        Assert.Contains("contract finding: the answer is an object (documented: an array)", result.Out);
        Assert.Contains("contract finding: an element of [] is a string", result.Out);
        Assert.Contains("| students.get_contacts | `GET schools/{SchoolCode}/contacts/{StudentID?}` | the answer is an object | an array | 1 |", result.Out);
    }

    [Fact]
    public async Task A_redirect_goes_back_to_the_caller_unchanged_and_is_not_followed()
    {
        await using var elsewhere = HostileServer.Start(HostileAnswers.Json(200, "[]"));
        var location = new Uri(elsewhere.BaseUrl, "api/v5/schools").AbsoluteUri;
        await using var district = HostileServer.Start(HostileAnswers.Redirect(302, location));
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        using var answer = await proxy.GetAsync("api/v5/schools", Certificate);
        var result = await proxy.StopAsync();

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(location, answer.Headers.Location?.AbsoluteUri);
        Assert.Single(district.Received);
        Assert.Empty(elsewhere.Received);
        Assert.Contains("302 GET schools/{SchoolCode?}", result.Out);
    }

    [Fact]
    public async Task A_sign_in_page_answered_with_200_is_flagged()
    {
        await using var district = HostileServer.Start(HostileAnswers.SignInPage());
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        using var answer = await proxy.GetAsync("api/v5/schools/994/students", Certificate);
        var result = await proxy.StopAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("<form", await answer.Content.ReadAsStringAsync());
        Assert.Contains("contract finding: Content-Type text/html; charset=utf-8 (documented: JSON)", result.Out);
        Assert.Contains("contract finding: a body that is not JSON (documented: a JSON array)", result.Out);
    }

    [Fact]
    public async Task An_endless_answer_is_cut_off_at_the_time_limit_and_said_so()
    {
        await using var district = HostileServer.Start(HostileAnswers.EndlessBody());
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, new ProxyLimits { AnswerTime = TimeSpan.FromSeconds(2) });

        var read = await Record.ExceptionAsync(async () =>
        {
            using var answer = await proxy.GetAsync("api/v5/schools/994/students", Certificate);
            await answer.Content.ReadAsByteArrayAsync();
        });
        var result = await proxy.StopAsync();

        Assert.True(read is HttpRequestException or IOException, read?.ToString() ?? "the endless answer ended");
        Assert.Contains("trouble: the answer took longer than 2 s and was cut off", result.Out);
    }

    [Fact]
    public async Task An_answer_too_large_to_pass_on_is_cut_off()
    {
        await using var district = HostileServer.Start(HostileAnswers.EndlessBody());
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, new ProxyLimits { AnswerBytes = 100_000, KeptBytes = 10_000 });

        var read = await Record.ExceptionAsync(async () =>
        {
            using var answer = await proxy.GetAsync("api/v5/schools/994/students", Certificate);
            await answer.Content.ReadAsByteArrayAsync();
        });
        var result = await proxy.StopAsync();

        Assert.NotNull(read);
        Assert.Contains("trouble: the answer passed 100,000 bytes and was cut off", result.Out);
    }

    [Fact]
    public async Task A_district_that_echoes_the_certificate_gets_it_into_no_line_summary_or_recording()
    {
        await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 30 });
        var full = mock.Certificate("full").Value;
        await using var district = HostileServer.Start(HostileAnswers.EchoingProxy(mock.BaseUrl));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path, "--keep-personal-data");

        using var answer = await proxy.GetAsync("api/v5/schools/994/students?StartingRecord=1&EndingRecord=2", full);
        using var missing = await proxy.GetAsync("api/v5/schools/994/nothing", full);
        var result = await proxy.StopAsync();

        // The certificate reached the district (it echoed it), so it was passed on.
        Assert.Equal(full, district.Received[0].Header("AERIES-CERT"));
        Assert.Contains(full, await answer.Content.ReadAsStringAsync());
        Assert.DoesNotContain(full, result.Out + result.Error);
        var files = Directory.GetFiles(recordings.Path);
        Assert.Equal(3, files.Length);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain(full, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(RecordingWriter.Removed, await File.ReadAllTextAsync(files.Single(f => f.Contains("students.get_student_information", StringComparison.Ordinal))));
    }
}
