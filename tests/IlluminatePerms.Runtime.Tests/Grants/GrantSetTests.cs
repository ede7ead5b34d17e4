using System;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Grants;

public class GrantSetTests
{
    private static readonly GrantSet Left = GrantSet.Parse("Gradebook Scores: Read, Update; Student Data: Read");
    private static readonly GrantSet Right = GrantSet.Parse("Gradebook Scores: Read; Staff Data: Read");

    [Fact]
    public void Text_form_is_sorted_in_screen_order_whatever_the_input_order()
    {
        var set = GrantSet.Of(new Grant("Staff Data", AeriesAccess.Read), new Grant("Student Data", AeriesAccess.Read), new Grant("Gradebook Scores", AeriesAccess.Update | AeriesAccess.Read));

        Assert.Equal("Student Data: Read; Gradebook Scores: Read, Update; Staff Data: Read", set.ToString());
        Assert.Equal(set, GrantSet.Parse(set.ToString()));
    }

    [Fact]
    public void Grants_on_one_area_merge()
    {
        var set = GrantSet.Of(new Grant("Gradebook Scores", AeriesAccess.Read), new Grant("Gradebook Scores", AeriesAccess.Update));

        Assert.Single(set);
        Assert.Equal(AeriesAccess.Read | AeriesAccess.Update, set.AccessTo(AreaCatalog.Get("Gradebook Scores")));
    }

    [Fact]
    public void Union_intersect_and_except_work_per_access_level()
    {
        Assert.Equal("Student Data: Read; Gradebook Scores: Read, Update; Staff Data: Read", Left.Union(Right).ToString());
        Assert.Equal("Gradebook Scores: Read", Left.Intersect(Right).ToString());
        Assert.Equal("Student Data: Read; Gradebook Scores: Update", Left.Except(Right).ToString());
    }

    [Fact]
    public void Subset_needs_every_access_level()
    {
        Assert.True(GrantSet.Parse("Gradebook Scores: Read").IsSubsetOf(Left));
        Assert.False(GrantSet.Parse("Gradebook Scores: Delete").IsSubsetOf(Left));
        Assert.True(GrantSet.Empty.IsSubsetOf(Right));
        Assert.True(Left.Contains(new Grant("Gradebook Scores", AeriesAccess.Update)));
        Assert.False(Right.Contains(new Grant("Gradebook Scores", AeriesAccess.Update)));
    }

    [Fact]
    public void Parse_accepts_aliases_and_new_lines_and_rejects_unknown_names()
    {
        Assert.Equal("Teacher Data: Read", GrantSet.Parse("Teacher Data - Read: Read\n").ToString());
        var error = Assert.Throws<FormatException>(() => GrantSet.Parse("Gradebok Scores: Read"));
        Assert.Contains("Gradebok Scores", error.Message);
        Assert.Throws<FormatException>(() => GrantSet.Parse("Student Data: Write"));
        Assert.Throws<FormatException>(() => GrantSet.Parse("Student Data"));
    }

    [Fact]
    public void Empty_set_has_empty_text()
    {
        Assert.Equal(string.Empty, GrantSet.Empty.ToString());
        Assert.True(GrantSet.Parse(" ; ").IsEmpty);
    }
}
