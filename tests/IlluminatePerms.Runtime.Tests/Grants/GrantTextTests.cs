using System;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Grants;

/// <summary>What a person reads: parse errors that suggest the fix, a validation that says what is wrong.</summary>
public class GrantTextTests
{
    [Fact]
    public void Parse_suggests_the_closest_area_for_a_typo()
    {
        var error = Assert.Throws<FormatException>(() => GrantSet.Parse("Gradebok Scores: Read"));

        Assert.Equal("'Gradebok Scores' is not an Aeries API Security area. Did you mean 'Gradebook Scores'?", error.Message);
    }

    [Fact]
    public void Parse_accepts_several_levels_of_one_area_in_one_text()
    {
        var set = GrantSet.Parse("Student Data: Read; Student Data: Update\nGradebook Scores: Read, Update");

        Assert.Equal(2, set.Count);
        Assert.Equal(AeriesAccess.Read | AeriesAccess.Update, set.AccessTo(AreaCatalog.Get("Gradebook Scores")));
        Assert.Equal(AeriesAccess.Read | AeriesAccess.Update, set.AccessTo(AreaCatalog.Get("Student Data")));
    }

    [Fact]
    public void A_validation_prints_what_is_missing_and_what_is_in_excess()
    {
        var required = GrantSet.Parse("Student Data: Read; Gradebook Scores: Read, Update");
        var actual = GrantSet.Parse("Student Data: Read; Gradebook Scores: Read; Student Pictures: Read");

        var text = new GrantValidation(required, actual).ToString();

        Assert.Equal("Missing: Gradebook Scores: Update (the product fails where it needs these); Excess: Student Pictures: Read (more access than the product needs).", text);
        Assert.Equal("Satisfied: the certificate has all 2 required area(s); no excess.", new GrantValidation(required, required).ToString());
    }
}
