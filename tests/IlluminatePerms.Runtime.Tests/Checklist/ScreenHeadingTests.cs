using System.Linq;
using IlluminatePerms.Checklist;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Checklist;

/// <summary>
/// The heading an area's row is under on the Aeries API Security screen, counted down the whole
/// screen: "Other" is a heading twice, and the admin must be sent to the right one.
/// </summary>
public class ScreenHeadingTests
{
    /// <summary>The first block under a heading is named by the heading alone; a later one says which it is and that it is lower.</summary>
    [Theory]
    [InlineData("Student Pictures", 1, "Other", "under “Other”")]
    [InlineData("Student Groups", 2, "Other (the second “Other” heading, lower on the screen)", "under the second “Other” heading (lower on the screen)")]
    public void A_block_is_named_so_the_admin_finds_the_right_one(string area, int occurrence, string title, string under)
    {
        var heading = ScreenHeading.Of(AreaCatalog.Get(area));

        Assert.Equal(new ScreenHeading("Other", occurrence), heading);
        Assert.Equal(title, heading.Title);
        Assert.Equal(under, heading.Under);
    }

    [Fact]
    public void The_screen_has_one_block_per_run_of_areas_under_the_same_heading()
    {
        var headings = AreaCatalog.All.OrderBy(area => area.Order).Select(ScreenHeading.Of).ToList();

        Assert.All(AreaCatalog.All, area => Assert.Equal(area.Group, ScreenHeading.Of(area).Group));
        Assert.Equal(13, headings.Distinct().Count());
        Assert.Equal(new[] { new ScreenHeading("Other", 2) }, headings.Distinct().Where(h => h.Occurrence != 1));
    }

    [Fact]
    public void A_report_names_its_area_by_name_and_an_area_outside_the_catalog_keeps_its_group()
    {
        Assert.Equal(new ScreenHeading("Other", 2), ScreenHeading.Of("Student Groups", "Other"));
        Assert.Equal(new ScreenHeading("Custom", 1), ScreenHeading.Of("Not An Aeries Area", "Custom"));
    }

    [Theory]
    [InlineData(2, "second")]
    [InlineData(3, "third")]
    [InlineData(4, "4th")]
    public void Later_blocks_are_counted_in_words_then_in_figures(int occurrence, string ordinal)
    {
        Assert.Equal(ordinal, new ScreenHeading("Other", occurrence).Ordinal);
    }
}
