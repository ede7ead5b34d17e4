using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IlluminatePerms.Checking;
using IlluminatePerms.Cli.Commands.Inventory;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Inventory;

/// <summary>
/// Reading an inventory: the rows a vendor means (whatever the column order, blank lines or short
/// rows), and whole refusals that name each bad row by its place and never quote a cell.
/// </summary>
public sealed class InventoryFileTests : IDisposable
{
    private const string Hex32 = "0123456789abcdef0123456789abcdef";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData("name,base_url,certificate")]
    [InlineData("base_url,name,certificate")]
    [InlineData("certificate,base_url,name")]
    [InlineData(" Name , BASE_URL , Certificate ")]
    public void Columns_are_found_by_their_header_in_any_order_and_case(string header)
    {
        var columns = header.Split(',').Select(c => c.Trim().ToLowerInvariant()).ToList();
        var row = string.Join(",", columns.Select(c => c switch { "name" => " North USD ", "base_url" => "https://north.example/aeries/", _ => "env:NORTH" }));

        var district = Assert.Single(Read($"{header}\n{row}\n"));

        Assert.Equal(new InventoryDistrict("North USD", "https://north.example/aeries/", "env:NORTH", "line 2"), district);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_each_row_keeps_the_line_it_is_on()
    {
        var districts = Read("\nname,base_url,certificate\n\nNorth,https://north.example/,env:N\n\n\nSouth,https://south.example/,file:south.cert\n\n");

        Assert.Equal(new[] { ("North", "line 4"), ("South", "line 7") }, districts.Select(d => (d.Name, d.Where)));
    }

    [Fact]
    public void A_score_column_is_read_wherever_it_stands_and_is_empty_without_one()
    {
        var with = Assert.Single(Read("prove_score_write,name,base_url,certificate\n 4366926/1/99400001 ,North,https://north.example/,env:N\n"));
        var without = Assert.Single(Read("name,base_url,certificate\nNorth,https://north.example/,env:N\n"));

        Assert.Equal("4366926/1/99400001", with.ScoreWriteText);
        Assert.Equal(new ScoreWriteProof(4366926, 1, 99400001), with.ProveScoreWrite);
        Assert.Equal(string.Empty, without.ScoreWriteText);
        Assert.Null(without.ProveScoreWrite);
    }

    [Fact]
    public void Json_entries_are_numbered_and_missing_members_are_empty()
    {
        var districts = Read("""
            [{"name": "North", "baseUrl": "https://north.example/", "certificate": "env:N", "proveScoreWrite": " 1/2/3 "},
             {"name": "South", "certificate": "env:S"}]
            """);

        Assert.Equal(
            new[] { new InventoryDistrict("North", "https://north.example/", "env:N", "entry 1", "1/2/3"), new InventoryDistrict("South", string.Empty, "env:S", "entry 2") },
            districts);
    }

    [Fact]
    public void Every_unusable_row_is_named_by_its_place_with_its_reason_and_no_cell_is_shown()
    {
        var path = Write("districts.csv", $"""
            name,base_url,certificate,prove_score_write
            ,https://a.example/,env:A
            North,https://north.example/,{Hex32}
            District {Hex32},https://b.example/,env:B
            South,https://south.example/,file:{Hex32}.cert
            West,https://west.example/,env:W,1/2
            East,https://east.example/
            Fine,https://fine.example/,env:F
            """);

        var refusal = Assert.Throws<CliException>(() => InventoryFile.Read(path));

        Assert.Equal(
            $"""
            the inventory {path} has 6 row(s) that cannot be used (cells are not shown: they may hold a certificate):
              line 2: the name is empty: each district needs one (it names its report).
              line 3: the certificate column is neither env:VARIABLE nor file:PATH. An inventory names where a certificate is, never the certificate.
              line 4: the name holds a long run of hexadecimal digits, the shape of a certificate: an inventory names where a certificate is, never the certificate.
              line 5: the certificate column holds a long run of hexadecimal digits, the shape of a certificate: give env:VARIABLE or file:PATH, where the certificate is.
              line 6: the prove_score_write column (proveScoreWrite in JSON) is not GRADEBOOK/ASSIGNMENT/STUDENT, three positive whole numbers such as 4366926/1/99400001 (gradebook number, assignment number, student ID of a score that exists); leave it empty to write nothing.
              line 7: the certificate column is neither env:VARIABLE nor file:PATH. An inventory names where a certificate is, never the certificate.
            """.ReplaceLineEndings("\n"),
            refusal.Message);
    }

    [Fact]
    public void A_name_with_a_control_character_or_none_is_refused_in_json_too()
    {
        var path = Write("districts.json", """[{"name": "North\u0007", "baseUrl": "https://north.example/", "certificate": "env:N"}, {"baseUrl": "https://x.example/", "certificate": "env:X"}]""");

        var refusal = Assert.Throws<CliException>(() => InventoryFile.Read(path));

        Assert.Equal(
            $"the inventory {path} has 2 row(s) that cannot be used (cells are not shown: they may hold a certificate):\n"
            + "  entry 1: the name holds a line break or another control character.\n"
            + "  entry 2: the name is empty: each district needs one (it names its report).",
            refusal.Message);
    }

    [Fact]
    public void Two_rows_with_one_name_in_different_case_are_refused_with_both_places()
    {
        var path = Write("districts.csv", "name,base_url,certificate\nNorth USD,https://a.example/,env:A\nSouth,https://b.example/,env:B\nnorth usd,https://c.example/,env:C\n");

        var refusal = Assert.Throws<CliException>(() => InventoryFile.Read(path));

        Assert.Equal($"the inventory {path} lists 'North USD' twice (line 2, line 4): each district needs its own name (it names its report).", refusal.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("names\nNorth\n")]
    [InlineData("name,certificate\nNorth,env:N\n")]
    [InlineData("name,base_url\nNorth,https://north.example/\n")]
    [InlineData("base_url,certificate\nhttps://north.example/,env:N\n")]
    public void A_file_without_the_three_columns_is_refused_with_the_header_it_needs(string content)
    {
        var path = Write("districts.csv", content);

        var refusal = Assert.Throws<CliException>(() => InventoryFile.Read(path));

        Assert.Equal($"the inventory {path} needs the header name,base_url,certificate (or a JSON array).", refusal.Message);
    }

    [Fact]
    public void A_missing_inventory_is_refused_by_its_path_alone()
    {
        var path = directory.File("absent.csv");

        var refusal = Assert.Throws<CliException>(() => InventoryFile.Read(path));

        Assert.Equal($"the inventory {path} does not exist.", refusal.Message);
    }

    [Fact]
    public void A_certificate_file_that_is_missing_or_not_a_certificate_is_named_by_its_source()
    {
        File.WriteAllText(directory.File("bad.cert"), "not a certificate\n");
        File.WriteAllText(directory.File("good.cert"), $"  {Hex32}\n");
        var environment = CliEnvironmentFor(new Dictionary<string, string> { ["EMPTY"] = " " });

        var missing = Assert.Throws<CliException>(() => InventoryFile.Certificate(District("file:absent.cert"), environment, directory.Path));
        var unset = Assert.Throws<CliException>(() => InventoryFile.Certificate(District("env:UNSET"), environment, directory.Path));
        var blank = Assert.Throws<CliException>(() => InventoryFile.Certificate(District("env:EMPTY"), environment, directory.Path));
        var bad = Assert.Throws<CliException>(() => InventoryFile.Certificate(District("file:bad.cert"), environment, directory.Path));
        var good = InventoryFile.Certificate(District("file:good.cert"), environment, directory.Path);

        Assert.Equal("no certificate at file:absent.cert.", missing.Message);
        Assert.Equal("no certificate at env:UNSET.", unset.Message);
        Assert.Equal("no certificate at env:EMPTY.", blank.Message);
        Assert.StartsWith("the certificate at file:bad.cert is not usable: ", bad.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(bad.InnerException);
        Assert.True(good.AppearsIn(Hex32));
    }

    [Fact]
    public void A_certificate_file_larger_than_a_certificate_can_be_is_refused_as_a_certificate_file()
    {
        var path = directory.File("huge.cert");
        File.WriteAllText(path, new string('a', 5000));

        var refusal = Assert.Throws<CliException>(() => InventoryFile.Certificate(District("file:huge.cert"), CliEnvironmentFor(new Dictionary<string, string>()), directory.Path));

        Assert.Equal($"the certificate file {path} is 5000 bytes; a certificate file is read only up to 4 KB.", refusal.Message);
    }

    private static InventoryDistrict District(string certificateSource) => new("North", "https://north.example/", certificateSource, "line 2");

    private static CliEnvironment CliEnvironmentFor(IReadOnlyDictionary<string, string> variables)
        => new(TextWriter.Null, TextWriter.Null, name => variables.GetValueOrDefault(name), false, Path.GetTempPath());

    // The reader tells JSON from CSV by the content, not the file's name.
    private IReadOnlyList<InventoryDistrict> Read(string content) => InventoryFile.Read(Write("districts", content));

    private string Write(string name, string content)
    {
        var path = directory.File(name);
        File.WriteAllText(path, content);
        return path;
    }
}
