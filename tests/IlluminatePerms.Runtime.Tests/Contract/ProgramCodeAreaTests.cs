using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Contract;

/// <summary>
/// Which screen area a row of the programs answer belongs to, by its program code (the Student
/// Programs article's table): the checker counts rows per area with it, and the mock grants by it.
/// </summary>
public class ProgramCodeAreaTests
{
    [Fact]
    public void Each_program_code_belongs_to_the_area_whose_table_holds_it()
    {
        var expected = new Dictionary<string, string?>
        {
            ["127"] = "GATE",
            ["144"] = "Special Education",
            ["144X"] = "Special Education",
            ["181"] = "Free and Reduced",
            ["182"] = "Free and Reduced",
            ["101"] = null,
            ["190"] = "Special Programs",
        };

        Assert.Equal(expected, expected.Keys.ToDictionary(code => code, code => ProgramRows.AreaOf(code)?.Name));
    }

    [Theory]
    [InlineData(" 144x ", "Special Education")]
    [InlineData("182 ", "Free and Reduced")]
    public void A_code_is_read_without_its_spaces_or_letter_case(string code, string area)
    {
        Assert.Equal(area, ProgramRows.AreaOf(code)?.Name);
    }

    [Fact]
    public void A_row_without_a_code_counts_as_special_programs()
    {
        Assert.Equal("Special Programs", ProgramRows.AreaOf(null)?.Name);
    }
}
