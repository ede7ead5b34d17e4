using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Checklist;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Checklist;

/// <summary>
/// The checklist model the generator emits: what the admin types into Aeries (product name and
/// comment, trimmed, absent when blank) and the rows to tick, kept as given.
/// </summary>
public class ChecklistModelTests
{
    private static ChecklistRow Row(string area, string reason) => new(new Grant(area, AeriesAccess.Read), reason);

    [Fact]
    public void Product_name_and_comment_are_trimmed()
    {
        var model = new ChecklistModel("  Acme Sync ", "\tNightly roster sync\n", Array.Empty<ChecklistRow>());

        Assert.Equal("Acme Sync", model.ProductName);
        Assert.Equal("Nightly roster sync", model.Comment);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_product_name_or_comment_is_absent(string? blank)
    {
        var model = new ChecklistModel(blank, blank, Array.Empty<ChecklistRow>());

        Assert.Null(model.ProductName);
        Assert.Null(model.Comment);
    }

    [Fact]
    public void Rows_keep_the_order_given_and_do_not_follow_later_changes_to_the_source()
    {
        var rows = new List<ChecklistRow> { Row("Gradebook Scores", "scores"), Row("Student Data", "roster") };

        var model = new ChecklistModel("Acme", null, rows);
        rows.Clear();

        Assert.Equal(new[] { "Gradebook Scores", "Student Data" }, model.Rows.Select(row => row.Grant.Area.Name));
        Assert.Equal(new[] { "scores", "roster" }, model.Rows.Select(row => row.Reason));
    }

    [Fact]
    public void Missing_rows_or_a_null_row_are_refused_naming_the_rows()
    {
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => new ChecklistModel("a", null, null!)).ParamName);
        var withNull = Assert.Throws<ArgumentNullException>(() => new ChecklistModel("a", null, new[] { Row("Student Data", "r"), null! }));
        Assert.Equal("rows", withNull.ParamName);
        Assert.Contains("A checklist row is null.", withNull.Message);
    }

    [Fact]
    public void A_row_keeps_its_grant_and_reason_and_refuses_a_missing_reason()
    {
        var grant = new Grant("Gradebook Scores", AeriesAccess.Read | AeriesAccess.Update);

        var row = new ChecklistRow(grant, "writes scores back");

        Assert.Equal(grant, row.Grant);
        Assert.Equal("writes scores back", row.Reason);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => new ChecklistRow(grant, null!)).ParamName);
    }
}
