using System;
using System.IO;
using IlluminatePerms.Cli.Files;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Files;

/// <summary>The limits an input file is read under, as its refusals state them: sizes in KB or MB as the cap is, and a NUL anywhere, even first.</summary>
public sealed class CappedFileTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData(1024 * 1024, "1 MB")]
    [InlineData(3 * 1024 * 1024, "3 MB")]
    [InlineData(1024 * 1024 - 1024, "1023 KB")]
    [InlineData(2048, "2 KB")]
    public void A_file_one_byte_over_the_cap_is_refused_with_its_size_and_the_cap_in_whole_units(int cap, string shown)
    {
        var path = Write(new byte[cap + 1]);

        var refusal = Assert.Throws<CliException>(() => CappedFile.ReadText(path, "spec", cap, string.Empty));

        Assert.Equal($"the spec {path} is {cap + 1} bytes; a spec is read only up to {shown}.", refusal.Message);
    }

    [Fact]
    public void A_file_of_exactly_the_cap_is_read()
    {
        var bytes = new byte[2048];
        Array.Fill(bytes, (byte)'a');
        var path = Write(bytes);

        Assert.Equal(new string('a', 2048), CappedFile.ReadText(path, "spec", 2048, string.Empty));
    }

    [Fact]
    public void A_nul_as_the_first_character_makes_the_file_binary()
    {
        var path = Write([0, (byte)'a']);

        var refusal = Assert.Throws<CliException>(() => CappedFile.ReadText(path, "spec", 2048, string.Empty));

        Assert.Equal($"the spec {path} is binary, not text (a NUL character at offset 0).", refusal.Message);
    }

    [Fact]
    public void A_missing_file_gives_the_advice_after_its_path()
    {
        var path = directory.File("permissions.csv");

        var refusal = Assert.Throws<CliException>(() => CappedFile.ReadText(path, "spec", 2048, "Give the path of your permissions.csv."));

        Assert.Equal($"the spec {path} does not exist. Give the path of your permissions.csv.", refusal.Message);
    }

    private string Write(byte[] bytes)
    {
        var path = directory.File("input");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
