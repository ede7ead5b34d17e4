using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Connection;

public class AeriesBaseUrlDiscoveryTests
{
    [Fact]
    public async Task The_wrong_page_on_the_right_host_finds_the_base_that_answers_like_Aeries()
    {
        await using var mock = await MockSession.StartAsync();
        using var http = new HttpClient();

        var result = await AeriesBaseUrlDiscovery.DiscoverAsync($"{mock.Server.BaseUrl}aeries/LoginParent.aspx?x=1", http);

        Assert.Equal(mock.BaseUrl, result.Found);
        Assert.Equal($"{mock.Server.BaseUrl}aeries/", result.Attempts[0].BaseUrl.ToString());
        Assert.Null(result.Attempts[0].AeriesVersion);
        Assert.Contains(result.Attempts, a => a.AeriesVersion is not null && a.Outcome.StartsWith("Aeries ", System.StringComparison.Ordinal));
        Assert.Equal(result.Attempts.Count, result.Attempts.Select(a => a.BaseUrl).Distinct().Count());
    }

    [Fact]
    public async Task Nothing_found_says_so_for_every_candidate()
    {
        using var http = new HttpClient();

        var result = await AeriesBaseUrlDiscovery.DiscoverAsync("http://127.0.0.1:9/", http);

        Assert.Null(result.Found);
        Assert.All(result.Attempts, a => Assert.Equal("not reachable", a.Outcome));
    }
}
