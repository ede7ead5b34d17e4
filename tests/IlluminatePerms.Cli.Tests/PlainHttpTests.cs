using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// A plain http address that is not loopback: refused everywhere the tool takes a base URL, with
/// advice the tool can follow (the library's opt-in for test servers is not an option of the tool).
/// </summary>
public sealed class PlainHttpTests
{
    private const string Address = "http://district.example.org/aeries/";

    [Fact]
    public async Task Base_url_refuses_plain_http_and_asks_for_https()
    {
        var result = await CliRun.RunAsync("base-url", Address);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: The Aeries URL uses plain http on 'district.example.org': the certificate would travel unencrypted. Give its https address (illuminate-perms takes plain http only on loopback, such as a mock at http://127.0.0.1:PORT/).", result.Error.TrimEnd());
    }

    [Fact]
    public async Task Check_refuses_plain_http_before_reading_a_certificate()
    {
        var result = await CliRun.RunAsync("check", "--base-url", Address);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: --base-url: The Aeries URL uses plain http on 'district.example.org'", result.Error);
        Assert.DoesNotContain("opt in", result.Error);
    }

    [Fact]
    public async Task An_inventory_district_on_plain_http_is_not_checked_and_says_to_use_https()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nPlain USD,{Address},env:PLAIN_CERT\n");
        var variables = new System.Collections.Generic.Dictionary<string, string> { ["PLAIN_CERT"] = "0123456789abcdef0123456789abcdef" };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Give its https address", result.All);
        Assert.DoesNotContain("opt in", result.All);
    }

    [Fact]
    public async Task Plain_http_on_loopback_is_still_taken()
    {
        var result = await CliRun.RunAsync("base-url", "http://127.0.0.1:5080/");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("http://127.0.0.1:5080/", result.Out);
    }
}
