using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

public class SpecParserTests
{
    [Fact]
    public void Header_may_use_short_names_in_any_order_without_a_group()
    {
        var spec = SpecParser.Parse("Reason,Access,Area\nrosters,\"Read\",Student Data\n");

        Assert.Empty(spec.Diagnostics);
        var row = Assert.Single(spec.Rows);
        Assert.Equal(new Grant("Student Data", AeriesAccess.Read), row.Grant);
        Assert.Equal(string.Empty, row.Group);
        Assert.Equal("rosters", row.Reason);
    }

    [Fact]
    public void Product_name_and_comment_come_from_comment_lines()
    {
        var spec = SpecParser.Parse("# Product Name:  Acme Reading \n# comment: nightly sync\nArea,Access,Reason\nStudent Data,Read,r\n");

        Assert.Equal("Acme Reading", spec.ProductName);
        Assert.Equal("nightly sync", spec.Comment);
    }

    [Fact]
    public void Aliases_and_the_article_wording_resolve_to_catalog_areas()
    {
        var spec = SpecParser.Parse("Area,Access,Reason\nTeacher Data - Read,Read,r\ncourse requests,\"read,  update\",r\n");

        Assert.Equal(new[] { "Teacher Data", "Student Scheduling Schedules (Course Requests)" }, spec.Rows.Select(r => r.Area.Name));
        Assert.Equal(AeriesAccess.Read | AeriesAccess.Update, spec.Rows[1].Access);
        Assert.Equal("Teacher Data - Read", spec.Rows[0].AreaText);
    }

    [Fact]
    public void Discipline_is_its_own_area_and_the_old_meaning_is_called_out()
    {
        var spec = SpecParser.Parse("Area,Access,Reason\nDiscipline,Read,r\nAssertive Discipline,Read,r\n");

        Assert.Equal(new[] { "Discipline", "Assertive Discipline" }, spec.Rows.Select(r => r.Area.Name));
        var warning = Assert.Single(spec.Diagnostics);
        Assert.Equal(SpecDiagnosticIds.ChangedAreaMeaning, warning.Id);
        Assert.Equal(SpecSeverity.Warning, warning.Severity);
        Assert.Contains("no longer another name for 'Assertive Discipline'", warning.Message);
        Assert.Equal(2, warning.Span.Line);
        Assert.Equal(1, warning.Span.Column);
        Assert.False(spec.HasErrors);
    }

    [Fact]
    public void Rows_with_errors_are_left_out_and_the_rest_kept()
    {
        var spec = SpecParser.Parse("Area,Access,Reason\nStudent Data,Read,r\nNope,Read,r\nStaff Data,Write,r\nStudent Data,Update,r\nUsers,Read,r\n");

        Assert.Equal(new[] { "Student Data", "Users" }, spec.Rows.Select(r => r.Area.Name));
        Assert.Equal(new[] { SpecDiagnosticIds.UnknownArea, SpecDiagnosticIds.UnknownAccess, SpecDiagnosticIds.DuplicateArea }, spec.Diagnostics.Select(d => d.Id));
        Assert.True(spec.HasErrors);
    }

    [Fact]
    public void Warnings_keep_the_row()
    {
        var spec = SpecParser.Parse("Group,Area,Access,Reason\nGradebook,Student Data,\"Read, Delete\",\n");

        Assert.Single(spec.Rows);
        Assert.False(spec.HasErrors);
        Assert.Equal(new[] { SpecDiagnosticIds.GroupMismatch, SpecDiagnosticIds.UnsupportedAccess, SpecDiagnosticIds.MissingReason }, spec.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Diagnostics_print_like_compiler_messages()
    {
        var spec = SpecParser.Parse("Area,Access,Reason\nGradebok Scores,Read,r\n");

        Assert.Equal(
            "(2,1): error IP1006: 'Gradebok Scores' is not an Aeries API Security area; did you mean 'Gradebook Scores'?",
            Assert.Single(spec.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("Area,Access,Reason\n,,\nStudent Data,Read,r\n,,\n")]
    [InlineData("Area,Access,Reason\r\n , ,\t\r\nStudent Data,Read,r\r\n")]
    public void Excel_empty_rows_are_ignored_like_blank_lines(string text)
    {
        var spec = SpecParser.Parse(text);

        Assert.Empty(spec.Diagnostics);
        Assert.Equal(new[] { "Student Data" }, spec.Rows.Select(row => row.Area.Name));
    }

    [Fact]
    public void A_header_that_cannot_be_read_makes_the_spec_unreadable_but_a_bad_row_does_not()
    {
        Assert.True(SpecParser.Parse("Area;Access;Reason\nStudent Data;Read;r\n").IsUnreadable);
        Assert.True(SpecParser.Parse("Area,Access\nStudent Data,Read\n").IsUnreadable);
        Assert.False(SpecParser.Parse("Area,Access,Reason\nStudent Data,Raed,r\n").IsUnreadable);
        Assert.False(SpecParser.Parse("# only a comment\n").IsUnreadable);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData(",,,,\n\"\"\"")]
    [InlineData("\uFEFF")]
    [InlineData("Area,Access,Reason\n\"")]
    [InlineData("Area,Access,Reason\n\"\",,\n")]
    public void Bad_input_never_throws(string text)
    {
        var spec = SpecParser.Parse(text);

        Assert.NotEmpty(spec.Diagnostics);
    }
}
