using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

/// <summary>spec/permissions.csv must say what the Aeries "Illuminate API Integration" article says.</summary>
public class IlluminateSpecTests
{
    // The article's table, as (area as the article writes it, level). Rows whose level was lost in the
    // copy of the article ("Class Calendars", the three "Language Assessment ..." sub-rows) are Read:
    // the article grants Read throughout.
    private static readonly (string Area, string Access)[] Article =
    {
        ("Student Data", "Read"), ("Special Programs", "Read"), ("Special Education", "Read"),
        ("Free and Reduced", "Read"), ("Supplemental Data", "Read"), ("District Supplemental Data", "Read"),
        ("Contacts", "Read"), ("Class Schedules/History", "Read"), ("Absence Code Table", "Read"),
        ("Attendance History", "Read"), ("Bell Schedule", "Read"), ("Enrollment History", "Read"),
        ("Assertive Discipline", "Read"), ("Test Scores", "Read"), ("College Entrance Tests", "Read"),
        ("Student Pictures", "Read"), ("Gradebook Data", "Read, Update"), ("Gradebook Scores", "Read, Update"),
        ("Gradebook Category", "Read"), ("Gradebook Assignment", "Read"), ("Teacher Data - Read", "Read"),
        ("Staff Data", "Read"), ("Staff Job Assignments", "Read"), ("Staff Assignments (Classified)", "Read"),
        ("Master Schedule", "Read"), ("Course Data", "Read"), ("Classes", "Read"), ("Schedule Master Schedule", "Read"),
        ("Student Scheduling Schedules (Course Requests)", "Read"), ("Class Calendars", "Read"), ("Flex Periods", "Read"),
        ("Transcripts", "Read"), ("Graduation Status", "Read"), ("Users", "Read"), ("Graduation Requirements", "Read"),
        ("Single Sign On (from the 3rd party system)", "Read"), ("Student Groups", "Read"), ("Language Assessment", "Read"),
        ("Language Assessment Other", "Read"), ("Language Assessment Test History", "Read"), ("Language Assessment Waivers", "Read"),
    };

    private static readonly PermissionSpec Spec = SpecParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Spec", "permissions.csv")));

    [Fact]
    public void The_spec_parses_without_any_diagnostic()
    {
        Assert.Empty(Spec.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_spec_grants_exactly_what_the_article_lists_in_the_article_order()
    {
        var expected = Article.Select(row => new Grant(AreaCatalog.Get(row.Area), Parse(row.Access)));

        Assert.Equal(expected, Spec.Rows.Select(row => row.Grant));
    }

    [Fact]
    public void Rows_whose_level_was_lost_in_the_article_say_so_in_their_reason()
    {
        foreach (var area in new[] { "Class Calendars", "Language Assessment Other", "Language Assessment Test History", "Language Assessment Waivers" })
        {
            var row = Spec.Rows.Single(r => r.Area.Name == area);
            Assert.Contains("lost this row's level", row.Reason);
        }
    }

    [Fact]
    public void Every_row_has_a_reason_and_the_product_is_named()
    {
        Assert.All(Spec.Rows, row => Assert.False(string.IsNullOrWhiteSpace(row.Reason)));
        Assert.Equal("Illuminate Education", Spec.ProductName);
    }

    [Fact]
    public void The_generated_grants_are_the_spec_grants()
    {
        Assert.Equal(Spec.Grants, RequiredGrants.All);
        Assert.Equal("Illuminate Education", RequiredGrants.ProductName);
        Assert.Equal(new Grant("Gradebook Scores", AeriesAccess.Update), RequiredGrants.GradebookScores.Update);
    }

    [Fact]
    public void Every_row_serves_a_feature_and_the_features_are_these_in_order_of_first_mention()
    {
        Assert.All(Spec.Rows, row => Assert.NotEmpty(row.Features));
        Assert.Equal(
            new[]
            {
                "Rostering", "Demographics and subgroups", "Custom fields", "Family contacts", "Attendance and enrollment",
                "Early warning", "Assessment results", "Gradebook sync", "Staff accounts", "Grades and graduation", "Single sign-on",
            },
            Spec.Features.Select(feature => feature.Name));
    }

    [Theory]
    [InlineData("subgroup", "Demographics and subgroups")]
    [InlineData("early-warning", "Early warning")]
    [InlineData("roster", "Rostering")]
    [InlineData("English learner", "Assessment results")]
    [InlineData("custom fields", "Custom fields")]
    [InlineData("attendance", "Attendance and enrollment")]
    public void A_row_whose_reason_states_a_use_serves_the_feature_of_that_use(string use, string feature)
    {
        // The article gives no reasons: each feature is read off the row's own reason, never added beside it.
        var rows = Spec.Rows.Where(row => row.Reason.Contains(use, StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(row.Features, name => name == feature));
    }

    [Fact]
    public void The_generated_feature_sets_are_the_spec_features_grants()
    {
        Assert.Equal(
            GrantSet.Parse("Gradebook Data: Read, Update; Gradebook Scores: Read, Update; Gradebook Category: Read; Gradebook Assignment: Read"),
            RequiredGrants.Features.GradebookSync);
        Assert.Equal(Spec.Features.Single(f => f.IsNamed("rostering")).Grants, RequiredGrants.Features.Rostering);
        Assert.Equal(Spec.Features.Single(f => f.IsNamed("single sign-on")).Grants, RequiredGrants.Features.SingleSignOn);
        Assert.Equal(Spec.Features.Single(f => f.IsNamed("demographics and subgroups")).Grants, RequiredGrants.Features.DemographicsAndSubgroups);
        Assert.Equal(Spec.Grants, GrantSet.Of(Spec.Features.SelectMany(f => f.Grants)));
    }

    private static AeriesAccess Parse(string text)
    {
        Assert.True(AccessText.TryParse(text, out var access, out _));
        return access;
    }
}
