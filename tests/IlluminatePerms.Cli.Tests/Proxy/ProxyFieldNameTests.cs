using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>Field names from a district are shown in the proxy's line cut short and without control characters, so an answer cannot break or flood the output.</summary>
public sealed class ProxyFieldNameTests
{
    [Fact]
    public async Task A_field_name_with_a_line_break_or_past_sixty_characters_is_shown_cleaned_and_cut()
    {
        var longName = new string('L', 100);
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[{\"StudentID\":1,\"Evil\\nName\":1,\"" + longName + "\":1,\"FirstName\":7}]"));
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        using var students = await proxy.GetAsync("api/v5/schools/994/students", "0123456789abcdef0123456789abcdef");
        var result = await proxy.StopAsync();

        var line = Assert.Single(proxy.RequestLines());
        Assert.Contains("Student.Evil Name", line);
        Assert.Contains("Student." + new string('L', 60) + "…", line);
        Assert.DoesNotContain(new string('L', 61), result.Out);
        Assert.Contains("contract finding: [].FirstName is a number", line);
    }
}
