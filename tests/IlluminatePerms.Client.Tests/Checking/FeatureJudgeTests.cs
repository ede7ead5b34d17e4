using System;
using System.Linq;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// The verdict rules on results made by hand (every verdict, which the mock cannot all give at will):
/// a refused grant fails the feature, only answered grants make it work, anything else leaves it unknown.
/// </summary>
public class FeatureJudgeTests
{
    private static readonly ProductFeature Rostering = new("Rostering", GrantSet.Parse("Student Data: Read; Teacher Data: Read"));

    [Fact]
    public void Every_grant_verified_works_and_names_what_it_rests_on()
    {
        var verdict = Judge(Rostering, Result("Student Data", GrantVerdict.Verified), Result("Teacher Data", GrantVerdict.Verified));

        Assert.Equal(FeatureSupport.Works, verdict.Verdict);
        Assert.Equal(new[] { "Student Data: Read", "Teacher Data: Read" }, verdict.Verified.Select(r => r.Grant));
        Assert.Empty(verdict.Missing);
        Assert.Empty(verdict.Untold);
        Assert.Equal("Aeries answered every grant it needs (Student Data: Read, Teacher Data: Read).", verdict.Reason);
    }

    [Fact]
    public void A_refused_grant_fails_the_feature_even_beside_an_untold_one_and_is_named()
    {
        var verdict = Judge(Rostering, Result("Student Data", GrantVerdict.NotVerifiable), Result("Teacher Data", GrantVerdict.Missing));

        Assert.Equal(FeatureSupport.Fails, verdict.Verdict);
        Assert.Equal("Teacher Data: Read", Assert.Single(verdict.Missing).Grant);
        Assert.Equal("Student Data: Read", Assert.Single(verdict.Untold).Grant);
        Assert.Equal("Aeries refused Teacher Data: Read: the feature will fail until it is ticked.", verdict.Reason);
    }

    [Fact]
    public void Two_refused_grants_are_named_together()
    {
        var verdict = Judge(Rostering, Result("Student Data", GrantVerdict.Missing), Result("Teacher Data", GrantVerdict.Missing));

        Assert.Equal("Aeries refused Student Data: Read, Teacher Data: Read: the feature will fail until they are ticked.", verdict.Reason);
    }

    [Theory]
    [InlineData(GrantVerdict.Inferred, "inferred from undocumented behaviour, not proven")]
    [InlineData(GrantVerdict.NotVerifiable, "not verifiable")]
    [InlineData(GrantVerdict.Blocked, "blocked")]
    [InlineData(GrantVerdict.Error, "error")]
    [InlineData(GrantVerdict.NotChecked, "not checked")]
    public void A_grant_that_was_not_answered_nor_refused_leaves_the_feature_unknown(GrantVerdict untold, string why)
    {
        var verdict = Judge(Rostering, Result("Student Data", GrantVerdict.Verified), Result("Teacher Data", untold));

        Assert.Equal(FeatureSupport.Unknown, verdict.Verdict);
        Assert.Equal("Teacher Data: Read", Assert.Single(verdict.Untold).Grant);
        Assert.Equal("Student Data: Read", Assert.Single(verdict.Verified).Grant);
        Assert.Empty(verdict.Missing);
        Assert.Equal($"Nothing it needs was refused, but the check could not tell Teacher Data: Read ({why}).", verdict.Reason);
    }

    [Fact]
    public void Two_untold_grants_are_named_together_each_with_why()
    {
        var verdict = Judge(Rostering, Result("Student Data", GrantVerdict.Blocked), Result("Teacher Data", GrantVerdict.Error));

        Assert.Equal("Nothing it needs was refused, but the check could not tell Student Data: Read (blocked), Teacher Data: Read (error).", verdict.Reason);
    }

    [Fact]
    public void Each_access_level_of_a_grant_is_judged_apart()
    {
        var scores = new ProductFeature("Score write-back", GrantSet.Parse("Gradebook Scores: Read, Update"));

        var verdict = Judge(scores, Result("Gradebook Scores", GrantVerdict.Verified), Result("Gradebook Scores", GrantVerdict.NotVerifiable, "Update"));

        Assert.Equal(FeatureSupport.Unknown, verdict.Verdict);
        Assert.Equal("Gradebook Scores: Update", Assert.Single(verdict.Untold).Grant);
    }

    [Fact]
    public void A_check_that_ended_before_probing_leaves_every_grant_not_checked_with_why()
    {
        const string Summary = "Aeries did not accept the certificate 0123…cdef.";

        var verdict = FeatureJudge.Judge([Rostering], [], Summary).Single();

        Assert.Equal(FeatureSupport.Unknown, verdict.Verdict);
        Assert.Equal(new[] { "Student Data: Read", "Teacher Data: Read" }, verdict.Untold.Select(r => r.Grant));
        Assert.All(verdict.Untold, r =>
        {
            Assert.Equal(GrantVerdict.NotChecked, r.Verdict);
            Assert.Equal($"Not checked: {Summary}", r.Reason);
            Assert.True(r.InSpec);
        });
        Assert.Equal("Scheduling", verdict.Untold[1].Group);
    }

    [Fact]
    public void An_excess_result_of_the_same_area_does_not_stand_for_a_spec_grant()
    {
        var excess = Result("Teacher Data", GrantVerdict.Verified) with { InSpec = false };

        var verdict = FeatureJudge.Judge([Rostering], [Result("Student Data", GrantVerdict.Verified), excess], "stopped").Single();

        Assert.Equal(FeatureSupport.Unknown, verdict.Verdict);
        Assert.Equal(GrantVerdict.NotChecked, Assert.Single(verdict.Untold).Verdict);
    }

    private static FeatureVerdict Judge(ProductFeature feature, params GrantCheckResult[] results)
        => FeatureJudge.Judge([feature], results, "Completed.").Single();

    private static GrantCheckResult Result(string area, GrantVerdict verdict, string access = "Read") => new()
    {
        Area = area,
        Group = AreaCatalog.Get(area).Group,
        Access = access,
        InSpec = true,
        Verdict = verdict,
        Reason = $"{verdict} by hand.",
    };
}
