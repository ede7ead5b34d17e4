using System.Net;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary><c>proxy</c> in front of the mock Aeries as the district: answers passed back byte for byte, each line naming operation and grant, the summary at stop.</summary>
public sealed class ProxyAgainstMockTests
{
    [Fact]
    public async Task Answers_pass_back_unchanged_and_each_line_names_the_operation_and_its_grant()
    {
        await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 30 });
        var full = mock.Certificate("full").Value;
        await using var proxy = await ProxyRun.StartAsync(mock.BaseUrl);
        using var direct = new System.Net.Http.HttpClient();
        using var directRequest = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, new System.Uri(mock.BaseUrl, "api/v5/schools/994/students?StartingRecord=1&EndingRecord=5"));
        directRequest.Headers.Add("AERIES-CERT", full);
        var expected = await (await direct.SendAsync(directRequest)).Content.ReadAsByteArrayAsync();

        using var proxied = await proxy.GetAsync("api/v5/schools/994/students?StartingRecord=1&EndingRecord=5", full);
        using var refused = await proxy.GetAsync("api/v5/schools/994/students", mock.Certificate("empty").Value);
        var result = await proxy.StopAsync();

        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Equal(expected, await proxied.Content.ReadAsByteArrayAsync());
        Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, refused.StatusCode.ToString());
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("200 GET schools/{SchoolCode}/students/{StudentID?}  students.get_student_information  Student Data: Read", result.Out);
        Assert.DoesNotContain("contract finding", result.Out);
        Assert.Contains("- Student Data: Read (2 request(s), 1 refused with 401/403)", result.Out);
        Assert.Contains("Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,Seen in proxied traffic: students.get_student_information", result.Out.Replace("\r\n", "\n"));
        Assert.DoesNotContain(full, result.Out + result.Error);
    }

    [Fact]
    public async Task A_request_no_operation_matches_is_still_passed_on_and_flagged()
    {
        await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 30 });
        await using var proxy = await ProxyRun.StartAsync(mock.BaseUrl);

        using var answer = await proxy.GetAsync("api/v5/schools/994/nothing-here", mock.Certificate("full").Value);
        var result = await proxy.StopAsync();

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Contains("404 GET api/v5/schools/994/nothing-here  (no operation of the contract)", result.Out);
        Assert.Contains("contract finding: GET api/v5/schools/994/nothing-here (status 404)", result.Out);
        Assert.Single(mock.Journal.Entries);
    }
}
