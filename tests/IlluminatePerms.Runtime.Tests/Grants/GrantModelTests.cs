using System;
using System.Linq;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Grants;

/// <summary>Value semantics of Grant and GrantSet, merging, several-level checks, and the validation result.</summary>
public class GrantModelTests
{
    private static readonly Grant ScoresRead = new("Gradebook Scores", AeriesAccess.Read);
    private static readonly Grant ScoresUpdate = new("Gradebook Scores", AeriesAccess.Update);
    private static readonly Grant StudentsRead = new("Student Data", AeriesAccess.Read);

    [Fact]
    public void Contains_needs_every_level_of_a_grant_with_several()
    {
        var set = GrantSet.Parse("Gradebook Scores: Read, Update; Student Data: Read");

        Assert.True(set.Contains(new Grant("Gradebook Scores", AeriesAccess.Read | AeriesAccess.Update)));
        Assert.False(set.Contains(new Grant("Gradebook Scores", AeriesAccess.Read | AeriesAccess.Delete)));
        Assert.False(set.Contains(new Grant("Gradebook Scores", AeriesAccess.Read | AeriesAccess.Update | AeriesAccess.Insert)));
        Assert.False(set.Contains(new Grant("Student Data", AeriesAccess.Read | AeriesAccess.Update)));
        Assert.False(set.Contains(new Grant("Staff Data", AeriesAccess.Read)));
    }

    [Fact]
    public void The_same_grant_twice_is_one_grant_not_cancelled()
    {
        Assert.Equal("Gradebook Scores: Read", GrantSet.Of(ScoresRead, ScoresRead).ToString());
        Assert.Equal("Gradebook Scores: Read, Update", GrantSet.Of(new Grant("Gradebook Scores", AeriesAccess.Read | AeriesAccess.Update), ScoresRead).ToString());
        Assert.Equal(GrantSet.Of(ScoresRead), GrantSet.Of(ScoresRead).Union(GrantSet.Of(ScoresRead)));
    }

    [Fact]
    public void Count_and_IsEmpty_count_areas_not_levels()
    {
        var set = GrantSet.Of(ScoresRead, ScoresUpdate, StudentsRead);

        Assert.Equal(2, set.Count);
        Assert.False(set.IsEmpty);
        Assert.Equal(2, set.Count());
        Assert.True(GrantSet.Of().IsEmpty);
        Assert.Empty(GrantSet.Empty);
    }

    [Fact]
    public void With_and_Without_add_and_remove_single_levels()
    {
        var set = GrantSet.Of(ScoresRead).With(ScoresUpdate).With(StudentsRead);

        Assert.Equal("Student Data: Read; Gradebook Scores: Read, Update", set.ToString());
        Assert.Equal("Student Data: Read; Gradebook Scores: Update", set.Without(ScoresRead).ToString());
        Assert.Equal("Gradebook Scores: Read, Update", set.Without(StudentsRead).ToString());
        Assert.Equal(set, set.Without(new Grant("Staff Data", AeriesAccess.Read)));
    }

    [Fact]
    public void Equal_sets_are_equal_and_hash_alike_however_they_were_built()
    {
        var parsed = GrantSet.Parse("Student Data: Read; Gradebook Scores: Read, Update");
        var built = GrantSet.Of(ScoresUpdate, StudentsRead, ScoresRead);
        object boxed = built;

        Assert.True(parsed.Equals(built));
        Assert.True(parsed.Equals(boxed));
        Assert.Equal(parsed.GetHashCode(), built.GetHashCode());
        Assert.False(parsed.Equals(GrantSet.Of(ScoresRead, StudentsRead)));
        Assert.NotEqual(parsed.GetHashCode(), GrantSet.Of(ScoresRead, StudentsRead).GetHashCode());
        Assert.False(parsed.Equals((GrantSet?)null));
        Assert.False(parsed.Equals("Student Data: Read"));
        Assert.NotEqual(GrantSet.Empty.GetHashCode(), GrantSet.Of(StudentsRead).GetHashCode());
    }

    [Fact]
    public void Grants_are_values()
    {
        var same = new Grant(AreaCatalog.Get("Gradebook Scores"), AeriesAccess.Read);

        Assert.True(ScoresRead == same);
        Assert.False(ScoresRead != same);
        Assert.True(ScoresRead.Equals((object)same));
        Assert.Equal(ScoresRead.GetHashCode(), same.GetHashCode());
        Assert.True(ScoresRead != ScoresUpdate);
        Assert.False(ScoresRead == StudentsRead);
        Assert.NotEqual(ScoresRead.GetHashCode(), ScoresUpdate.GetHashCode());
        Assert.NotEqual(ScoresRead.GetHashCode(), StudentsRead.GetHashCode());
        Assert.False(ScoresRead.Equals("Gradebook Scores: Read"));
        Assert.Equal("Gradebook Scores: Read, Update", new Grant("Gradebook Scores", AeriesAccess.Update | AeriesAccess.Read).ToString());
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("area", Assert.Throws<ArgumentNullException>(() => new Grant((AeriesArea)null!, AeriesAccess.Read)).ParamName);
        Assert.Throws<ArgumentException>(() => new Grant("Gradebok Scores", AeriesAccess.Read));
        Assert.Equal("grants", Assert.Throws<ArgumentNullException>(() => GrantSet.Of((System.Collections.Generic.IEnumerable<Grant>)null!)).ParamName);
        Assert.Contains("default(Grant)", Assert.Throws<ArgumentException>(() => GrantSet.Of(default(Grant))).Message);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => GrantSet.Parse(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => GrantSet.Empty.Union(null!)).ParamName);
    }

    [Fact]
    public void Parse_errors_say_what_is_wrong()
    {
        Assert.Equal("'Student Data Read' is not of the form 'Area: Read, Update'.", Assert.Throws<FormatException>(() => GrantSet.Parse(" Student Data Read ")).Message);
        Assert.Equal("'Gradebok Scores' is not an Aeries API Security area. Did you mean 'Gradebook Scores'?", Assert.Throws<FormatException>(() => GrantSet.Parse("Gradebok Scores : Read")).Message);
        Assert.Equal("'Write' is not an Aeries access level (Read, Update, Insert, Delete).", Assert.Throws<FormatException>(() => GrantSet.Parse("Student Data: Read, Write")).Message);
    }

    [Theory]
    [InlineData("Student Data: Read", "Student Data: Read", true, true, "", "")]
    [InlineData("Student Data: Read; Staff Data: Read", "Student Data: Read", false, false, "Staff Data: Read", "")]
    [InlineData("Student Data: Read", "Student Data: Read; Staff Data: Read", true, false, "", "Staff Data: Read")]
    [InlineData("Gradebook Scores: Read, Update", "Gradebook Scores: Read, Delete", false, false, "Gradebook Scores: Update", "Gradebook Scores: Delete")]
    [InlineData("", "", true, true, "", "")]
    public void Validation_names_missing_and_excess_grants(string required, string actual, bool satisfied, bool exact, string missing, string excess)
    {
        var validation = new GrantValidation(GrantSet.Parse(required), GrantSet.Parse(actual));

        Assert.Equal(satisfied, validation.IsSatisfied);
        Assert.Equal(exact, validation.IsExact);
        Assert.Equal(missing, validation.Missing.ToString());
        Assert.Equal(excess, validation.Excess.ToString());
        Assert.Equal(GrantSet.Parse(required), validation.Required);
        Assert.Equal(GrantSet.Parse(actual), validation.Actual);
    }
}
