using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Grants;

public class AccessAndAttributeTests
{
    [Theory]
    [InlineData("Read, Read", AeriesAccess.Read)]
    [InlineData("update,READ, Update", AeriesAccess.Read | AeriesAccess.Update)]
    [InlineData(" Delete ", AeriesAccess.Delete)]
    public void Levels_named_twice_count_once(string text, AeriesAccess expected)
    {
        Assert.True(AccessText.TryParse(text, out var access, out var unknown));
        Assert.Equal(expected, access);
        Assert.Null(unknown);
    }

    [Fact]
    public void No_access_formats_as_None_and_levels_in_grid_order()
    {
        Assert.Equal("None", AccessText.Format(AeriesAccess.None));
        Assert.Equal("Read, Update, Insert, Delete", AccessText.Format(AeriesAccess.Delete | AeriesAccess.Insert | AeriesAccess.Update | AeriesAccess.Read));
    }

    [Fact]
    public void The_attribute_keeps_what_it_was_given()
    {
        var attribute = new RequiresGrantAttribute("Gradebook Scores", AeriesAccess.Read | AeriesAccess.Update);

        Assert.Equal("Gradebook Scores", attribute.Area);
        Assert.Equal(AeriesAccess.Read | AeriesAccess.Update, attribute.Access);
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("Gradebok Scores", "Gradebook Scores", 1)]
    [InlineData("abc", "abc", 0)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void Parse_of_an_item_that_starts_with_the_colon_names_the_empty_area()
    {
        Assert.Equal("'' is not an Aeries API Security area.", Assert.Throws<System.FormatException>(() => GrantSet.Parse(": Read")).Message);
    }

    [Fact]
    public void Grant_hashes_differ_for_every_area_and_access_combination()
    {
        var seen = new System.Collections.Generic.HashSet<int>();
        foreach (var area in AreaCatalog.All)
        {
            for (var access = 1; access <= 15; access++)
            {
                Assert.True(seen.Add(new Grant(area, (AeriesAccess)access).GetHashCode()), $"{area.Name} {access}");
            }
        }
    }
}
