using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Spec;
using Xunit;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary>
/// What <c>spec infer PROJECT</c> keeps of a build's console output to explain a failure: the first
/// error lines once each, or the last lines when no line is an error, and the counts it reports.
/// </summary>
public sealed class BuildOutputTests
{
    [Fact]
    public async Task A_failure_shows_the_first_error_lines_once_each_and_counts_them_all()
    {
        var output = new BuildOutput(kept: 2);
        await output.ReadAsync(new StringReader(string.Join('\n',
            "  Determining projects to restore...",
            "  A.cs(1,1): error CS1002: ; expected  ",
            "A.cs(2,1): warning CS0168: unused",
            "A.cs(1,1): error CS1002: ; expected",
            "B.cs(3,4): error CS0103: no name",
            "C.cs(5,6): error CS0246: no type",
            "MSBUILD : error MSB1009: no project")));

        Assert.Equal(["A.cs(1,1): error CS1002: ; expected", "B.cs(3,4): error CS0103: no name"], output.Failure);
        Assert.Equal(4, output.ErrorCount);
        Assert.Equal(1, output.WarningCount);
        Assert.Equal("4 errors, the first 2 above", output.FailureShown);
    }

    [Theory]
    [InlineData(1, "1 error(s) above")]
    [InlineData(2, "2 error(s) above")]
    [InlineData(3, "3 errors, the first 2 above")]
    public async Task The_failure_says_how_many_errors_and_whether_all_are_shown(int errors, string shown)
    {
        var output = new BuildOutput(kept: 2);

        await output.ReadAsync(new StringReader(string.Join('\n', Enumerable.Range(1, errors).Select(i => $"A.cs({i},1): error CS0103: no name {i}"))));

        Assert.Equal(shown, output.FailureShown);
    }

    [Fact]
    public async Task A_failure_with_no_error_line_shows_the_last_ten_lines_blank_ones_left_out()
    {
        var output = new BuildOutput(kept: 20);
        var lines = Enumerable.Range(1, 12).Select(i => $"line {i}").Append("   ").Append(string.Empty);

        await output.ReadAsync(new StringReader(string.Join('\n', lines)));

        Assert.Equal(Enumerable.Range(3, 10).Select(i => $"line {i}"), output.Failure);
        Assert.Equal(0, output.ErrorCount);
        Assert.Equal(0, output.WarningCount);
        Assert.Equal("no error line; its last lines are above", output.FailureShown);
    }

    [Fact]
    public async Task Only_the_canonical_error_and_warning_forms_count()
    {
        var output = new BuildOutput(kept: 20);
        await output.ReadAsync(new StringReader(string.Join('\n',
            "Build FAILED.",
            "error: no colon before",
            "the word error in a sentence",
            "warning: not canonical",
            "    2 Warning(s)",
            "A.cs(9,9): warning IP0007: 'Sync.Run' needs 'Student Data: Read'",
            "A.cs(9,9): warning IP0007: 'Sync.Run' needs 'Student Data: Read'")));

        Assert.Equal(0, output.ErrorCount);
        Assert.Equal(2, output.WarningCount);
        Assert.Equal("Build FAILED.", output.Failure[0]);
    }

    [Fact]
    public async Task Both_streams_of_a_build_are_read_into_one_summary()
    {
        var output = new BuildOutput(kept: 20);

        await Task.WhenAll(
            output.ReadAsync(new StringReader("A.cs(1,1): error CS1: one\nA.cs(1,1): warning CS2: two")),
            output.ReadAsync(new StringReader("B.cs(1,1): error CS3: three")));

        Assert.Equal(2, output.ErrorCount);
        Assert.Equal(1, output.WarningCount);
        Assert.Equal(2, output.Failure.Count);
    }
}
