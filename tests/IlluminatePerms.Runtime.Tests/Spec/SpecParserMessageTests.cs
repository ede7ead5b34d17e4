using System.Linq;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

/// <summary>Each parser diagnostic with its exact message, severity and span (line, column, end, offset, length).</summary>
public class SpecParserMessageTests
{
    private const string Header = "Group,Table/Program Area,Permission Needed,Reason\n";

    [Theory]
    [InlineData(Header + "Gradebook,Gradebook Scores,Read,scores,extra\n", "IP1003", SpecSeverity.Error, "This row has 5 fields but the header has 4: put a field that contains a comma in quotes (\"Read, Update\")", 2, 1, 2, 45)]
    [InlineData(Header + "Gradebook,Gradebook Scores,Read\n", "IP1003", SpecSeverity.Error, "This row has 3 fields but the header has 4: add the missing field (an empty field still needs its comma)", 2, 1, 2, 32)]
    [InlineData(Header + "Gradebook,Gradebook Scores\n", "IP1003", SpecSeverity.Error, "This row has 2 fields but the header has 4: add the missing fields (an empty field still needs its comma)", 2, 1, 2, 27)]
    [InlineData("Student Data,Student Data,Read,rosters\n", "IP1004", SpecSeverity.Error, "The first row must be a header naming the columns, such as 'Group,Table/Program Area,Permission Needed,Reason'", 1, 1, 1, 39)]
    [InlineData("Group,Area,Reason\nStudent Data,Student Data,rosters\n", "IP1004", SpecSeverity.Error, "The header has no 'Permission Needed' column (the access levels): add it, as in 'Group,Table/Program Area,Permission Needed,Reason'", 1, 1, 1, 18)]
    [InlineData("Area,Access\nStudent Data,Read\n", "IP1004", SpecSeverity.Error, "The header has no 'Reason' column (the reason): add it, as in 'Group,Table/Program Area,Permission Needed,Reason'", 1, 1, 1, 12)]
    [InlineData("Group,Table/Program Area,Permissions Needed,Reason\nStudent Data,Student Data,Read,r\n", "IP1004", SpecSeverity.Error, "The header has no 'Permission Needed' column (the access levels): did you mean 'Permission Needed' for 'Permissions Needed'?", 1, 26, 1, 44)]
    [InlineData("Group,Table/Program Aera,Permission Needed,Reasons\n", "IP1004", SpecSeverity.Error, "The header has no 'Table/Program Area' column (the area): did you mean 'Table/Program Area' for 'Table/Program Aera'?", 1, 7, 1, 25)]
    [InlineData("Group;Table/Program Area;Permission Needed;Reason\nStudent Data;Student Data;Read;r\n", "IP1016", SpecSeverity.Error, "The fields are separated by ';' (Excel does this in some locales), but the spec uses commas: In Excel use File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in another editor save with the encoding UTF-8, or replace each separator by a comma", 1, 1, 1, 50)]
    [InlineData("Area\tAccess\tReason\r\nStudent Data\tRead\tr\r\n", "IP1016", SpecSeverity.Error, "The fields are separated by tabs (Excel does this in some locales), but the spec uses commas: In Excel use File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in another editor save with the encoding UTF-8, or replace each separator by a comma", 1, 1, 1, 19)]
    [InlineData(Header + "Student Data,Student Data,Read,caf\uFFFD\n", "IP1017", SpecSeverity.Error, "The permission spec is not UTF-8: a character here (an accented letter such as 'é'?) could not be read and would reach the district as '\uFFFD'. In Excel use File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in another editor save with the encoding UTF-8", 2, 35, 2, 36)]
    [InlineData(Header + "Gradebook,Gradebook Scores, \"Read, Update\",s\n", "IP1002", SpecSeverity.Error, "A space before the opening quote: remove it, so that the field starts with the quote (a comma, then \"...\")", 2, 29, 2, 30)]
    [InlineData("", "IP1005", SpecSeverity.Warning, "The permission spec is empty: add the header 'Group,Table/Program Area,Permission Needed,Reason' and one row per Aeries area", 1, 1, 1, 1)]
    [InlineData(Header, "IP1005", SpecSeverity.Warning, "The permission spec has a header but no rows: add one row per Aeries area the product needs", 1, 1, 1, 50)]
    [InlineData(Header + "Gradebook,Gradebok Scores,Read,scores\n", "IP1006", SpecSeverity.Error, "'Gradebok Scores' is not an Aeries API Security area; did you mean 'Gradebook Scores'?", 2, 11, 2, 26)]
    [InlineData(Header + "Other,Zzzzzzzzzzzzzzzzzzzz,Read,x\n", "IP1006", SpecSeverity.Error, "'Zzzzzzzzzzzzzzzzzzzz' is not an Aeries API Security area", 2, 7, 2, 27)]
    [InlineData(Header + "Other, ,Read,x\n", "IP1006", SpecSeverity.Error, "The row names no area", 2, 7, 2, 8)]
    [InlineData(Header + "Student Data,Student Data,Raed,rosters\n", "IP1007", SpecSeverity.Error, "'Raed' is not an access level; did you mean 'Read'?", 2, 27, 2, 31)]
    [InlineData(Header + "Student Data,Student Data,\"Read, Updte\",rosters\n", "IP1007", SpecSeverity.Error, "'Updte' is not an access level; did you mean 'Update'?", 2, 27, 2, 40)]
    [InlineData(Header + "Student Data,Student Data,Write,rosters\n", "IP1007", SpecSeverity.Error, "'Write' is not an access level: write Read, Update, Insert or Delete, separated by commas", 2, 27, 2, 32)]
    [InlineData(Header + "Student Data,Student Data,,rosters\n", "IP1007", SpecSeverity.Error, "The row gives no access level: write Read, Update, Insert or Delete", 2, 27, 2, 27)]
    [InlineData(Header + "Student Data,Student Data,\"Read, Delete\",rosters\n", "IP1008", SpecSeverity.Warning, "No known Aeries endpoint uses 'Delete' on 'Student Data' (known: Read, Update, Insert): ask for less, or keep it if the product really needs it", 2, 27, 2, 41)]
    [InlineData(Header + "Student Data,Student Data,Read,r\nStudent Data,Student Data,Read,again\n", "IP1009", SpecSeverity.Error, "'Student Data' is already on line 2: put all of its access levels on that row", 3, 14, 3, 26)]
    [InlineData(Header + "Student Data,Student Data,Read, \n", "IP1010", SpecSeverity.Warning, "'Student Data' has no reason: say why the product needs it, so that a district admin can judge the request", 2, 32, 2, 33)]
    [InlineData(Header + "Student Data,Student Data,Read,TODO: say why\n", "IP1021", SpecSeverity.Warning, "The reason of 'Student Data' is a placeholder (it starts with 'TODO:'): rewrite it to say why the product needs the grant before the checklist reaches a district", 2, 32, 2, 45)]
    [InlineData(Header + "Gradebook,Student Data,Read,rosters\n", "IP1011", SpecSeverity.Warning, "Aeries shows 'Student Data' under 'Student Data', not 'Gradebook'", 2, 1, 2, 10)]
    [InlineData(Header + "Gradebook,Gradebook Scores,Read,\"never closed\n", "IP1002", SpecSeverity.Error, "Unterminated quoted field: the quote opened here is never closed", 2, 33, 2, 34)]
    public void Message_severity_and_span(string text, string id, SpecSeverity severity, string message, int line, int column, int endLine, int endColumn)
    {
        var diagnostic = SpecParser.Parse(text).Diagnostics.First(d => d.Id == id);

        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal((line, column, endLine, endColumn), (diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
        var lines = text.Split('\n');
        var offset = lines.Take(line - 1).Sum(l => l.Length + 1) + column - 1;
        Assert.Equal(offset, diagnostic.Span.Offset);
    }

    [Fact]
    public void A_long_unknown_area_is_quoted_shortened()
    {
        var name = new string('x', 100);

        var diagnostic = Assert.Single(SpecParser.Parse(Header + "Other," + name + ",Read,r\n").Diagnostics);

        Assert.Equal($"'{new string('x', 77)}...' is not an Aeries API Security area", diagnostic.Message);
        Assert.Equal(100, diagnostic.Span.Length);
    }

    [Fact]
    public void An_area_of_exactly_80_characters_is_quoted_whole()
    {
        var name = new string('x', 80);

        var diagnostic = Assert.Single(SpecParser.Parse(Header + "Other," + name + ",Read,r\n").Diagnostics);

        Assert.Equal($"'{name}' is not an Aeries API Security area", diagnostic.Message);
    }

    [Fact]
    public void Diagnostics_come_in_file_order_and_the_header_span_covers_the_header()
    {
        var spec = SpecParser.Parse(Header + "Other,Nope,Read,r\nStudent Data,Student Data,Raed,r\nGradebook,Student Data,Read,\n");

        Assert.Equal(new[] { "IP1006", "IP1007", "IP1011", "IP1010" }, spec.Diagnostics.Select(d => d.Id));
        Assert.Equal(spec.Diagnostics.Select(d => d.Span.Offset).OrderBy(o => o), spec.Diagnostics.Select(d => d.Span.Offset));
        Assert.Equal((0, 49), (spec.Columns!.Span.Offset, spec.Columns.Span.Length));
        Assert.Equal((0, 1, 2, 3, 4), (spec.Columns.Group, spec.Columns.Area, spec.Columns.Access, spec.Columns.Reason, spec.Columns.Count));
    }

    [Fact]
    public void Metadata_lines_without_a_value_give_null()
    {
        var spec = SpecParser.Parse("# Product Name:   \n# Comment:\n" + Header + "Student Data,Student Data,Read,r\n");

        Assert.Null(spec.ProductName);
        Assert.Null(spec.Comment);
    }
}
