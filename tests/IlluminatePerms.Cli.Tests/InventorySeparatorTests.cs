using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>An inventory saved by Excel with ';' or tabs: say so, rather than that the header is wrong.</summary>
public sealed class InventorySeparatorTests
{
    [Theory]
    [InlineData("name;base_url;certificate\nNorth;https://x.example/;env:X\n", "separates its fields with ';', but it takes commas")]
    [InlineData("name\tbase_url\tcertificate\nNorth\thttps://x.example/\tenv:X\n", "separates its fields with tabs, but it takes commas")]
    public async Task An_inventory_with_another_separator_says_which(string content, string expected)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), content);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Single(result.Problems.TrimEnd().Split('\n'));
    }
}
