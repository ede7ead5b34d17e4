using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Grants;

/// <summary>Validate of the class generated from spec/permissions.csv, with the certificates districts really make.</summary>
public class RequiredGrantsValidateTests
{
    [Fact]
    public void A_certificate_with_exactly_the_spec_is_exact()
    {
        var result = RequiredGrants.Validate(GrantSet.Parse(RequiredGrants.All.ToString()));

        Assert.True(result.IsExact);
        Assert.True(result.IsSatisfied);
    }

    [Fact]
    public void A_read_only_certificate_misses_the_two_gradebook_updates()
    {
        var readOnly = RequiredGrants.All
            .Without(RequiredGrants.GradebookData.Update)
            .Without(RequiredGrants.GradebookScores.Update);

        var result = RequiredGrants.Validate(readOnly);

        Assert.False(result.IsSatisfied);
        Assert.Equal("Gradebook Data: Update; Gradebook Scores: Update", result.Missing.ToString());
        Assert.True(result.Excess.IsEmpty);
    }

    [Fact]
    public void Sensitive_areas_the_spec_does_not_need_are_excess()
    {
        var generous = RequiredGrants.All.Union(GrantSet.Parse("Fees and Fines: Read; Student Data: Update; Send Alerts: Insert"));

        var result = RequiredGrants.Validate(generous);

        Assert.True(result.IsSatisfied);
        Assert.Equal("Send Alerts: Insert; Student Data: Update; Fees and Fines: Read", result.Excess.ToString());
    }

    [Fact]
    public void An_empty_certificate_misses_everything()
    {
        var result = RequiredGrants.Validate(GrantSet.Empty);

        Assert.Equal(RequiredGrants.All, result.Missing);
        Assert.Equal(41, result.Missing.Count);
    }
}
