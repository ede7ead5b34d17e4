using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// https to a port that speaks plain HTTP fails the TLS handshake like an untrusted certificate
/// does; the tool tells them apart and names the http address, not the certificate authority.
/// </summary>
public sealed class HttpsToPlainPortTests
{
    [Fact]
    public async Task Https_to_a_plain_http_mock_asks_whether_http_was_meant()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 20 });
        var plain = aeries.BaseUrl;
        Assert.Equal(Uri.UriSchemeHttp, plain.Scheme);
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InEmptyFolderAsync(variables, "check", "--base-url", $"https://127.0.0.1:{plain.Port}/", "--retries", "0")
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"the server at 127.0.0.1:{plain.Port} did not answer TLS: it speaks plain HTTP on that port. Did you mean http://127.0.0.1:{plain.Port}/?", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("does not trust", result.All, StringComparison.Ordinal);
    }
}
