using System;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

/// <summary>
/// SpecEditor, shared by <c>spec add-missing</c> and the IDE's code fix: more access on an existing row,
/// new rows in screen order with a placeholder reason, the rest of the text as it was.
/// </summary>
public class SpecEditorTests
{
    private const string Header = "Group,Table/Program Area,Permission Needed,Reason\n";

    private static SpecAddition Needs(string area, AeriesAccess access, string member) => new(AreaCatalog.Get(area), access, member);

    private static string Add(string text, params SpecAddition[] grants) => SpecEditor.Apply(text, SpecEditor.AddGrants(text, grants));

    /// <summary>An existing row gets the missing levels and keeps its reason; a quoted access field stays quoted, a plain one plain.</summary>
    [Theory]
    [InlineData("Read", AeriesAccess.Update, "\"Read, Update\"")]
    [InlineData("\"Read\"", AeriesAccess.Read, "\"Read\"")]
    [InlineData("Read", AeriesAccess.Read, "Read")]
    public void An_existing_row_gets_the_missing_levels(string access, AeriesAccess added, string expected)
    {
        var text = Add(Header + $"Gradebook,Gradebook Scores,{access},scores\n", Needs("Gradebook Scores", added, "IScores.Update"));

        Assert.Equal(Header + $"Gradebook,Gradebook Scores,{expected},scores\n", text);
    }

    [Fact]
    public void A_new_row_has_a_placeholder_reason_naming_each_member_once_in_order()
    {
        var text = Add(
            Header + "Student Data,Student Data,Read,r\n",
            Needs("Gradebook Scores", AeriesAccess.Update, "Sync.Write"),
            Needs("Gradebook Scores", AeriesAccess.Read, "Report.Read"),
            Needs("Gradebook Scores", AeriesAccess.Update, "Sync.Write"));

        Assert.Equal(Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Scores,\"Read, Update\",\"TODO: say why the product needs it (used by Report.Read, Sync.Write)\"\n", text);
    }

    [Fact]
    public void The_parser_reports_each_added_row_as_a_placeholder_at_its_line()
    {
        var text = Add(
            Header + "Student Data,Student Data,Read,rosters\nScheduling,Staff Data,Read,staff\n",
            Needs("Gradebook Scores", AeriesAccess.Update, "Sync.Write"),
            Needs("Student Data", AeriesAccess.Update, "Sync.Fix"));

        var spec = SpecParser.Parse(text);
        var placeholder = Assert.Single(spec.Diagnostics);
        Assert.Equal(SpecDiagnosticIds.PlaceholderReason, placeholder.Id);
        Assert.Equal(3, placeholder.Span.Line);
        Assert.Equal("Gradebook Scores", spec.Rows.Single(row => row.Line == 3).Area.Name);
        Assert.Equal("rosters", spec.Rows.Single(row => row.Area.Name == "Student Data").Reason);
    }

    /// <summary>
    /// Where a new row goes: after the last row of its group that Aeries shows before it; first in its
    /// group, before the group; without its group, after the areas Aeries shows before it; else right after the header.
    /// </summary>
    [Theory]
    [InlineData("Student Data,Student Data,Read,r\nGradebook,Gradebook Data,Read,g\nScheduling,Staff Data,Read,s\n", "Gradebook Scores", "Student Data,Student Data,Read,r\nGradebook,Gradebook Data,Read,g\nNEW\nScheduling,Staff Data,Read,s\n")]
    [InlineData("Student Data,Student Data,Read,r\nGradebook,Gradebook Scores,Read,scores\n", "Gradebook Data", "Student Data,Student Data,Read,r\nNEW\nGradebook,Gradebook Scores,Read,scores\n")]
    [InlineData("Student Data,Student Data,Read,r\nScheduling,Staff Data,Read,staff\n", "Gradebook Scores", "Student Data,Student Data,Read,r\nNEW\nScheduling,Staff Data,Read,staff\n")]
    [InlineData("Gradebook,Gradebook Data,Read,g\n", "Student Data", "NEW\nGradebook,Gradebook Data,Read,g\n")]
    public void A_new_row_goes_where_aeries_shows_its_area(string rows, string area, string expected)
    {
        var added = AreaCatalog.Get(area);

        var text = Add(Header + rows, Needs(area, AeriesAccess.Read, "A.B"));

        Assert.Equal(Header + expected.Replace("NEW", $"{added.Group},{added.Name},Read,TODO: say why the product needs it (used by A.B)", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Rows_that_land_at_one_place_go_in_screen_order()
    {
        var text = Add(
            Header + "Student Data,Student Data,Read,r\n",
            Needs("Master Schedule", AeriesAccess.Read, "S.M"),
            Needs("Staff Data", AeriesAccess.Read, "S.S"),
            Needs("Teacher Data", AeriesAccess.Read, "S.T"));

        Assert.Equal(
            new[] { "Student Data", "Teacher Data", "Staff Data", "Master Schedule" },
            SpecParser.Parse(text).Rows.Select(row => row.Area.Name));
    }

    [Fact]
    public void Adding_one_at_a_time_gives_the_same_file_as_adding_all_at_once()
    {
        var spec = Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Scores,Read,scores\n";
        var grants = new[] { Needs("Transcripts", AeriesAccess.Read, "C.T"), Needs("Gradebook Data", AeriesAccess.Read, "C.G"), Needs("Student Pictures", AeriesAccess.Read, "P.P") };

        var oneByOne = grants.Aggregate(spec, (text, grant) => Add(text, grant));

        Assert.Equal(Add(spec, grants), oneByOne);
    }

    [Fact]
    public void Crlf_line_ends_and_a_missing_final_newline_are_kept()
    {
        var crlf = Add((Header + "Gradebook,Gradebook Data,Read,g\n").Replace("\n", "\r\n"), Needs("Gradebook Scores", AeriesAccess.Update, "A.B"));
        var unterminated = Add(Header + "Gradebook,Gradebook Data,Read,g", Needs("Gradebook Scores", AeriesAccess.Update, "A.B"));

        Assert.Equal((Header + "Gradebook,Gradebook Data,Read,g\nGradebook,Gradebook Scores,Update,TODO: say why the product needs it (used by A.B)\n").Replace("\n", "\r\n"), crlf);
        Assert.Equal(Header + "Gradebook,Gradebook Data,Read,g\nGradebook,Gradebook Scores,Update,TODO: say why the product needs it (used by A.B)", unterminated);
    }

    [Fact]
    public void A_header_with_other_columns_gets_a_row_in_its_own_column_order()
    {
        var text = Add("Reason,Access,Area,Notes\nrosters,Read,Student Data,\n", Needs("Gradebook Scores", AeriesAccess.Update, "A.B"));

        Assert.Equal("Reason,Access,Area,Notes\nrosters,Read,Student Data,\nTODO: say why the product needs it (used by A.B),Update,Gradebook Scores,\n", text);
    }

    [Fact]
    public void A_spec_with_a_feature_column_gets_a_row_with_every_field_and_the_feature_left_blank()
    {
        const string Spec = "Group,Table/Program Area,Permission Needed,Reason,Feature\nStudent Data,Student Data,Read,r,\"Rostering; Gradebook sync\"\n";

        var text = Add(Spec, Needs("Gradebook Scores", AeriesAccess.Update, "A.B"));

        Assert.Equal(Spec + "Gradebook,Gradebook Scores,Update,TODO: say why the product needs it (used by A.B),\n", text);
        var parsed = SpecParser.Parse(text);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == SpecDiagnosticIds.WrongColumnCount);
        Assert.Empty(parsed.Rows[1].Features);
        Assert.Equal(new[] { "Rostering", "Gradebook sync" }, parsed.Features.Select(f => f.Name));
    }

    [Fact]
    public void A_spec_without_a_header_gets_no_edit()
    {
        Assert.Empty(SpecEditor.AddGrants("Student Data,Student Data,Read,r\n", [Needs("Gradebook Scores", AeriesAccess.Read, "A.B")]));
    }

    [Fact]
    public void An_area_the_spec_has_an_error_about_is_left_out_and_the_others_are_added()
    {
        // "Contcts" is a typo of Contacts: a Contacts row would hide it.
        var spec = Header + "Student Programs,Contcts,Read,guardians\n";

        var text = Add(spec, Needs("Contacts", AeriesAccess.Read, "Sync.Contacts"), Needs("Student Data", AeriesAccess.Read, "Sync.Students"));

        Assert.True(SpecEditor.HasErrorsAbout(spec, AreaCatalog.Get("Contacts")));
        Assert.False(SpecEditor.HasErrorsAbout(spec, AreaCatalog.Get("Student Data")));
        Assert.Equal(Header + "Student Data,Student Data,Read,TODO: say why the product needs it (used by Sync.Students)\nStudent Programs,Contcts,Read,guardians\n", text);
    }

    [Fact]
    public void A_duplicate_row_counts_as_an_error_about_its_area()
    {
        var spec = Header + "Gradebook,Gradebook Data,Read,g\nGradebook,Gradebook Data,Update,again\n";

        Assert.True(SpecEditor.HasErrorsAbout(spec, AreaCatalog.Get("Gradebook Data")));
        Assert.Empty(SpecEditor.AddGrants(spec, [Needs("Gradebook Data", AeriesAccess.Delete, "A.B")]));
    }

    [Fact]
    public void An_error_at_the_very_end_of_a_row_counts_as_one_about_its_area()
    {
        // The access column is last and empty: the error stands where the record ends.
        var spec = "Group,Table/Program Area,Reason,Permission Needed\nGradebook,Gradebook Data,g,\n";

        Assert.True(SpecEditor.HasErrorsAbout(spec, AreaCatalog.Get("Gradebook Data")));
        Assert.Empty(SpecEditor.AddGrants(spec, [Needs("Gradebook Data", AeriesAccess.Read, "A.B")]));
    }

    [Fact]
    public void A_malformed_spec_has_errors_about_every_area_and_one_without_errors_about_none()
    {
        var malformed = Header + "Gradebook,Gradebook Data,Read,\"never closed\n";
        var clean = Header + "Gradebook,Gradebook Data,Read,g\n";

        Assert.True(SpecEditor.HasErrorsAbout(malformed, AreaCatalog.Get("Student Data")));
        Assert.Empty(SpecEditor.AddGrants(malformed, [Needs("Student Data", AeriesAccess.Read, "A.B")]));
        Assert.False(SpecEditor.HasErrorsAbout(clean, AreaCatalog.Get("Gradebook Data")));
    }

    [Fact]
    public void A_spec_without_a_header_has_errors_about_every_area()
    {
        Assert.True(SpecEditor.HasErrorsAbout("Student Data,Student Data,Read,r\n", AreaCatalog.Get("Gradebook Data")));
    }

    [Fact]
    public void A_row_with_too_many_fields_counts_as_an_error_about_the_area_it_names()
    {
        // The row is not read, so adding the area would give it a second row once the comma is fixed.
        var spec = Header + "Gradebook,Gradebook Data,Read,g,extra\n";

        Assert.True(SpecEditor.HasErrorsAbout(spec, AreaCatalog.Get("Gradebook Data")));
        Assert.False(SpecEditor.HasErrorsAbout(spec, AreaCatalog.Get("Student Data")));
        Assert.Empty(SpecEditor.AddGrants(spec, [Needs("Gradebook Data", AeriesAccess.Read, "A.B")]));
    }

    [Fact]
    public void A_row_too_short_to_name_an_area_blocks_no_area()
    {
        var spec = "Reason,Permission Needed,Table/Program Area\nrosters,Read\n";

        var text = Add(spec, Needs("Student Data", AeriesAccess.Read, "A.B"));

        Assert.False(SpecEditor.HasErrorsAbout(spec, AreaCatalog.Get("Student Data")));
        Assert.Equal("Reason,Permission Needed,Table/Program Area\nTODO: say why the product needs it (used by A.B),Read,Student Data\nrosters,Read\n", text);
    }

    [Fact]
    public void A_row_with_only_a_warning_still_gets_more_access()
    {
        // A placeholder reason is a warning: a second run of add-missing widens the row it wrote.
        var spec = Header + "Gradebook,Gradebook Scores,Read,TODO: say why the product needs it (used by A.B)\n";

        var text = Add(spec, Needs("Gradebook Scores", AeriesAccess.Update, "A.C"));

        Assert.False(SpecEditor.HasErrorsAbout(spec, AreaCatalog.Get("Gradebook Scores")));
        Assert.Equal(Header + "Gradebook,Gradebook Scores,\"Read, Update\",TODO: say why the product needs it (used by A.B)\n", text);
    }

    [Fact]
    public void The_edits_come_in_text_order()
    {
        // The IDE applies them as text changes, which must be sorted; the widened row lies after the new one.
        var edits = SpecEditor.AddGrants(
            Header + "Gradebook,Gradebook Scores,Read,s\n",
            [Needs("Gradebook Scores", AeriesAccess.Update, "A.B"), Needs("Student Data", AeriesAccess.Read, "A.C")]);

        Assert.Equal(2, edits.Count);
        Assert.True(edits[0].Start < edits[1].Start);
    }

    [Fact]
    public void Apply_makes_every_edit_at_its_place_in_the_original_text()
    {
        var edits = new[] { new SpecEdit(0, 1, "AB"), new SpecEdit(3, 0, "-"), new SpecEdit(5, 1, string.Empty) };

        Assert.Equal("ABbc-de", SpecEditor.Apply("abcdef", edits));
    }
}
