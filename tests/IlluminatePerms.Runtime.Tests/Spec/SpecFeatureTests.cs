using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

public class SpecFeatureTests
{
    private const string Header = "Table/Program Area,Permission Needed,Reason,Feature\n";

    [Fact]
    public void A_spec_without_a_feature_column_names_no_feature()
    {
        var spec = SpecParser.Parse("Area,Access,Reason\nStudent Data,Read,rosters\n");

        Assert.Empty(spec.Diagnostics);
        Assert.Empty(spec.Rows[0].Features);
        Assert.Empty(spec.Features);
    }

    [Fact]
    public void Each_feature_gathers_the_grants_of_every_row_that_names_it_in_order_of_first_mention()
    {
        var spec = SpecParser.Parse(Header
            + "Student Data,Read,rosters,Rostering\n"
            + "Contacts,Read,guardians,Rostering; Attendance sync\n"
            + "Attendance,Read,daily,attendance  SYNC\n"
            + "Teacher Data,Read,staff,\n");

        Assert.Empty(spec.Diagnostics);
        Assert.Equal(new[] { "Rostering", "Attendance sync" }, spec.Features.Select(f => f.Name));
        Assert.Equal(
            GrantSet.Of(new[] { new Grant("Student Data", AeriesAccess.Read), new Grant("Contacts", AeriesAccess.Read) }),
            spec.Features[0].Grants);
        Assert.Equal(
            GrantSet.Of(new[] { new Grant("Contacts", AeriesAccess.Read), new Grant("Attendance", AeriesAccess.Read) }),
            spec.Features[1].Grants);
        Assert.Equal(new[] { 3, 4 }, spec.Features[1].Rows.Select(r => r.Line));
        Assert.Equal(new[] { "Rostering", "Attendance sync" }, spec.Rows[1].Features);
        Assert.Empty(spec.Rows[3].Features);
    }

    [Fact]
    public void The_column_may_be_called_features_and_stand_anywhere()
    {
        var spec = SpecParser.Parse("Features,Area,Access,Reason\n\"Gradebook; Rostering;;\",Student Data,Read,r\n");

        Assert.Empty(spec.Diagnostics);
        Assert.Equal(new[] { "Gradebook", "Rostering" }, spec.Rows[0].Features);
    }

    [Fact]
    public void A_name_repeated_in_one_field_counts_once()
    {
        var spec = SpecParser.Parse(Header + "Student Data,Read,r,Rostering;rostering\n");

        Assert.Equal(new[] { "Rostering" }, spec.Rows[0].Features);
        Assert.Single(spec.Features[0].Rows);
    }

    [Fact]
    public void IsNamed_ignores_case_and_runs_of_spaces_but_not_other_words()
    {
        var feature = SpecParser.Parse(Header + "Student Data,Read,r,Gradebook sync\n").Features.Single();

        Assert.True(feature.IsNamed("gradebook   SYNC"));
        Assert.True(feature.IsNamed(" Gradebook sync "));
        Assert.False(feature.IsNamed("Gradebook"));
        Assert.True(SpecFeature.SameName("Early\twarning", "EARLY  WARNING"));
        Assert.False(SpecFeature.SameName("Early warning", "Earlywarning"));
    }

    [Fact]
    public void A_header_that_is_only_group_and_feature_is_still_recognised_as_a_header_missing_columns()
    {
        var spec = SpecParser.Parse("Group,Feature\nx,y\n");

        Assert.True(spec.HasErrors);
        Assert.Contains(spec.Diagnostics, d => d.Id == SpecDiagnosticIds.MissingHeader && d.Message.Contains("'Table/Program Area'"));
    }
}
