using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// User input that may hold a certificate by mistake (a cell in the wrong column, a quote that never
/// closes, a certificate typed as an argument) is never printed, and a base URL shaped like a
/// certificate is never looked up or called.
/// </summary>
public sealed class UserInputEchoTests
{
    private const string Certificate = "477a0c5e9d3b41f2a8e6c7d9b0f1f5e1";

    [Fact]
    public async Task An_inventory_with_an_unterminated_quote_names_the_place_and_never_the_cells_it_swallowed()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            "North USD,https://north.example/aeries/,env:NORTH
            South USD,https://south.example/aeries/,{Certificate}
            """);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not valid CSV (cells are not shown: they may hold a certificate):", result.Error);
        Assert.Contains("  line 2, column 1: Unterminated quoted field", result.Error);
        Assert.DoesNotContain(Certificate, result.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("South USD", result.All);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("certificate")]
    public async Task An_inventory_cell_holding_a_certificate_is_refused_by_its_line_without_showing_it(string column)
    {
        using var directory = new TempDirectory();
        var row = column == "name" ? $"{Certificate},https://north.example/aeries/,env:NORTH" : $"North USD,https://north.example/aeries/,env:{Certificate}";
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nSouth USD,https://south.example/aeries/,env:SOUTH\n{row}\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"  line 3: the {column} ", result.Error);
        Assert.Contains("the shape of a certificate", result.Error);
        Assert.DoesNotContain(Certificate, result.All, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_base_url_shaped_like_a_certificate_is_that_districts_error_and_nothing_is_sent()
    {
        await using var trap = HostileServer.StartTrap();
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            Swapped USD,{Certificate},env:CERT
            Pathed USD,{trap.BaseUrl}{Certificate}/,env:CERT
            Own USD,{trap.BaseUrl}aeries/?k=not-hex-{Certificate[..8]}-secret,env:OWN
            """);
        var variables = new Dictionary<string, string> { ["CERT"] = Certificate, ["OWN"] = $"not-hex-{Certificate[..8]}-secret" };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Swapped USD: could not check: base URL: The Aeries URL holds a long run of hexadecimal digits, the shape of an Aeries certificate: it is not shown, and nothing was sent anywhere.", result.Error);
        Assert.Contains("Pathed USD: could not check: base URL: The Aeries URL holds a long run of hexadecimal digits", result.Error);
        Assert.Contains("Own USD: could not check: base URL: it holds this district's certificate (not shown, nothing sent).", result.Error);
        Assert.Equal(0, trap.ConnectionsAccepted);
        Assert.DoesNotContain(Certificate, result.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("-secret", result.All, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_fault_whose_message_quotes_a_certificate_is_reported_without_it(bool verbose)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var folder = new TempDirectory();
        var environment = new CliEnvironment(output, error, _ => null, false, folder.Path);

        var code = await Commands.Guarded.RunAsync(environment, verbose, () => throw new InvalidOperationException($"the server said: {Certificate} is wrong"));

        Assert.Equal(1, code);
        Assert.StartsWith("error: InvalidOperationException: the server said: (certificate-shaped text, not shown) is wrong", error.ToString());
        Assert.DoesNotContain(Certificate, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("base-url", Certificate)]
    [InlineData("check", "--base-url", Certificate)]
    [InlineData("check", "--base-url", $"https://{Certificate}.example/aeries/")]
    [InlineData("check", Certificate)]
    [InlineData("check", "--format", Certificate)]
    [InlineData("check", "--prove-score-write", Certificate)]
    [InlineData("base-url", $"ftp://{Certificate}/aeries/")]
    public async Task A_certificate_typed_where_an_argument_goes_is_never_printed(params string[] args)
    {
        var result = await CliRun.InEmptyFolderAsync(new Dictionary<string, string> { ["AERIES_CERT"] = "0123456789abcdef0123456789abcdef" }, args);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
        Assert.DoesNotContain(Certificate, result.All, StringComparison.OrdinalIgnoreCase);
    }
}
