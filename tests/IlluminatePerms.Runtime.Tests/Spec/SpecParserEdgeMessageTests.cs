using System.Linq;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

/// <summary>The edges of the parser's messages: a single field, separators at a header's ends, text that is not UTF-8 from its first character or after a bare CR, ties between two levels.</summary>
public class SpecParserEdgeMessageTests
{
    private const string Header = "Group,Table/Program Area,Permission Needed,Reason\n";

    [Fact]
    public void A_row_of_one_field_is_told_it_lacks_fields_in_the_plural()
    {
        var diagnostic = SpecParser.Parse(Header + "Gradebook\n").Diagnostics.Single(d => d.Id == "IP1003");

        Assert.Equal("This row has 1 field but the header has 4: add the missing fields (an empty field still needs its comma)", diagnostic.Message);
    }

    [Theory]
    [InlineData("Group;Table/Program Area,Permission Needed;Reason\nStudent Data;Student Data,Read;r\n", "';'")]
    [InlineData(";Group;Table/Program Area;Permission Needed;Reason\n;Student Data;Student Data;Read;r\n", "';'")]
    [InlineData("\tGroup\tTable/Program Area\tPermission Needed\tReason\n\tStudent Data\tStudent Data\tRead\tr\n", "tabs")]
    [InlineData("Group,Table/Program Area;x,Permission Needed,Reason\nStudent Data,Student Data,Read,r\n", null)]
    public void Another_separator_is_named_when_the_header_reads_as_at_most_two_fields(string text, string? separator)
    {
        var hint = SpecParser.Parse(text).Diagnostics.SingleOrDefault(d => d.Id == "IP1016");

        Assert.Equal(separator, hint is null ? null : hint.Message.Split(' ')[5]);
    }

    [Theory]
    [InlineData("\uFFFD" + Header, 1, 1)]
    [InlineData("Group,Table/Program Area,Permission Needed,Reason\rStudent Data,Student Data,Read,caf\uFFFD\r", 2, 35)]
    [InlineData("Group,Table/Program Area,Permission Needed,Reason\r\n\r\rStudent Data,Student Data,Read,caf\uFFFD\r", 4, 35)]
    [InlineData("Group,Table/Program Area,Permission Needed,Reason\rStudent Data,Student Data,Read,\r\uFFFD", 3, 1)]
    public void Text_that_is_not_utf8_is_placed_on_its_line_whatever_the_line_ends(string text, int line, int column)
    {
        var diagnostic = SpecParser.Parse(text).Diagnostics.First(d => d.Id == "IP1017");

        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal(text.IndexOf('\uFFFD'), diagnostic.Span.Offset);
    }

    [Fact]
    public void A_typo_as_close_to_two_levels_suggests_the_first_on_the_screen()
    {
        var diagnostic = SpecParser.Parse(Header + "Student Data,Student Data,Uplete,r\n").Diagnostics.Single(d => d.Id == "IP1007");

        Assert.Equal("'Uplete' is not an access level; did you mean 'Update'?", diagnostic.Message);
    }

    [Theory]
    [InlineData("Student Data,Student Data,Read,  ")]
    [InlineData("Student Data,Student Data,Read,\t")]
    [InlineData("Student Data, Student Data,Read,r\n")]
    public void Spaces_with_no_quote_after_them_are_no_misplaced_quote(string row)
    {
        var spec = SpecParser.Parse(Header + row);

        Assert.DoesNotContain(spec.Diagnostics, d => d.Id == "IP1002");
        Assert.Equal("Student Data: Read", spec.Grants.ToString());
    }

    [Fact]
    public void A_headerless_spec_is_unreadable_whatever_else_is_wrong_with_it()
    {
        var spec = SpecParser.Parse("Student Data,Student Data,Read,caf\uFFFD\n");

        Assert.Contains(spec.Diagnostics, d => d.Id == "IP1017");
        Assert.True(spec.IsUnreadable);
    }
}
