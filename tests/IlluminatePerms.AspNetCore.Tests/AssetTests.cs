using System.IO;
using System.Net;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Tests.Harness;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>The page's script and style: served from the package itself, whole, with their types.</summary>
public sealed class AssetTests
{
    [Theory]
    [InlineData("check.js", "text/javascript")]
    [InlineData("check.css", "text/css")]
    public async Task Each_asset_is_the_packaged_file_with_its_type(string name, string mediaType)
    {
        await using var host = await CheckPageHost.StartAsync(path: "/onboarding/aeries");
        using var client = host.Client();

        using var response = await client.GetAsync($"onboarding/aeries/assets/{name}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoCache, "a browser may keep the asset but must ask again");
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "src", "AspNetCore", "Assets", name)), await response.Content.ReadAsByteArrayAsync());
    }
}
