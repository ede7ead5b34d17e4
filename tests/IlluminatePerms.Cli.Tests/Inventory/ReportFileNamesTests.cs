using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using IlluminatePerms.Cli.Commands.Inventory;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Inventory;

/// <summary>
/// The file name of each district's report in an inventory run: readable when it can be, hashed when
/// it collides, is reserved or was shortened, and never the same as another's, whatever the case.
/// </summary>
public sealed class ReportFileNamesTests
{
    [Theory]
    [InlineData("Sunnyvale USD", "Sunnyvale_USD.json")]
    [InlineData("north/east", "north_east.json")]
    [InlineData("a.b", "a.b.json")]
    [InlineData("a.", "a.json")]
    [InlineData(".hidden", "_hidden.json")]
    [InlineData("...", "_.json")]
    [InlineData("dash-and_under", "dash-and_under.json")]
    [InlineData("École", "École.json")]
    public void A_name_kept_whole_after_making_it_safe_is_used_as_it_is(string name, string file)
    {
        Assert.Equal(file, Only(name));
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("SUMMARY")]
    [InlineData("con")]
    [InlineData("prn")]
    [InlineData("aux")]
    [InlineData("nul")]
    [InlineData("com1")]
    [InlineData("com2")]
    [InlineData("com3")]
    [InlineData("com4")]
    [InlineData("com5")]
    [InlineData("com6")]
    [InlineData("com7")]
    [InlineData("com8")]
    [InlineData("com9")]
    [InlineData("lpt1")]
    [InlineData("lpt2")]
    [InlineData("lpt3")]
    [InlineData("lpt4")]
    [InlineData("lpt5")]
    [InlineData("lpt6")]
    [InlineData("lpt7")]
    [InlineData("lpt8")]
    [InlineData("LPT9")]
    public void The_summary_and_windows_device_names_get_a_hash(string name)
    {
        Assert.Equal($"{name}-{Hash(name)}.json", Only(name));
    }

    [Fact]
    public void Names_that_become_the_same_file_whatever_the_case_each_get_their_own_hash()
    {
        var files = ReportFileNames.Assign(["A b", "a/b", "other"], "json");

        Assert.Equal($"A_b-{Hash("A b")}.json", files["A b"]);
        Assert.Equal($"a_b-{Hash("a/b")}.json", files["a/b"]);
        Assert.Equal("other.json", files["other"]);
    }

    [Fact]
    public void A_name_written_as_another_districts_hashed_file_gets_a_counter()
    {
        var hashed = $"a_b-{Hash("a b")}";

        var files = ReportFileNames.Assign(["a b", "a/b", hashed.ToUpperInvariant()], "md");

        Assert.Equal($"{hashed}.md", files["a b"]);
        Assert.Equal($"{hashed.ToUpperInvariant()}-{Hash(hashed.ToUpperInvariant())}-2.md", files[hashed.ToUpperInvariant()]);
    }

    [Theory]
    [InlineData("x", 100, false)]
    [InlineData("x", 101, true)]
    [InlineData("é", 50, false)]
    [InlineData("é", 51, true)]
    public void A_name_past_100_bytes_is_cut_there_and_hashed(string letter, int count, bool cut)
    {
        var name = string.Concat(Enumerable.Repeat(letter, count));
        var kept = string.Concat(Enumerable.Repeat(letter, cut ? count - 1 : count));

        Assert.Equal(cut ? $"{kept}-{Hash(name)}.json" : $"{kept}.json", Only(name));
    }

    [Fact]
    public void An_empty_name_is_district_and_a_hash()
    {
        Assert.Equal($"district-{Hash(string.Empty)}.json", Only(string.Empty));
    }

    private static string Only(string name) => ReportFileNames.Assign([name], "json")[name];

    /// <summary>The first 4 bytes of the name's SHA-256, as lower-case hex: the hash the tool adds.</summary>
    private static string Hash(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 4));
}
