using System;
using System.Linq;
using System.Threading;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

/// <summary>Header names and duplicates, end-of-input edges of the reader, spans and printing.</summary>
public class SpecEdgeTests
{
    [Theory]
    [InlineData("Table / Program Area,Permissions,Why")]
    [InlineData("Area,Permission,Reason")]
    [InlineData("table/program area,permission needed,reason")]
    public void Every_documented_header_name_is_read(string header)
    {
        var spec = SpecParser.Parse(header + "\nStudent Data,Read,rosters\n");

        Assert.Empty(spec.Diagnostics);
        Assert.Equal("rosters", Assert.Single(spec.Rows).Reason);
    }

    [Theory]
    [InlineData("Group,Area,Access,Reason,Group", "Student Data,Student Data,Read,r,Gradebook", "Student Data")]
    [InlineData("Area,Access,Reason,Area", "Student Data,Read,r,Staff Data", "")]
    [InlineData("Access,Area,Reason,Access", "Read,Student Data,r,Delete", "")]
    [InlineData("Reason,Area,Access,Reason", "r,Student Data,Read,other", "")]
    public void The_first_column_of_a_name_wins_even_at_index_zero(string header, string row, string group)
    {
        var spec = SpecParser.Parse(header + "\n" + row + "\n");

        var read = Assert.Single(spec.Rows);
        Assert.Equal("Student Data", read.Area.Name);
        Assert.Equal(IlluminatePerms.Grants.AeriesAccess.Read, read.Access);
        Assert.Equal("r", read.Reason);
        Assert.Equal(group, read.Group);
    }

    [Fact]
    public void An_unknown_column_before_the_reason_is_not_taken_for_it()
    {
        var spec = SpecParser.Parse("Notes,Area,Access,Reason\nnote,Student Data,Read,why\n");

        Assert.Equal("why", Assert.Single(spec.Rows).Reason);
        Assert.Equal(3, spec.Columns!.Reason);
    }

    [Fact]
    public void HasErrors_is_true_when_errors_and_warnings_mix()
    {
        var spec = SpecParser.Parse("Group,Area,Access,Reason\nGradebook,Student Data,Read,\nOther,Nope,Read,r\n");

        Assert.Contains(spec.Diagnostics, d => d.Severity == SpecSeverity.Warning);
        Assert.True(spec.HasErrors);
        Assert.False(SpecParser.Parse("Group,Area,Access,Reason\nGradebook,Student Data,Read,\n").HasErrors);
    }

    [Fact]
    public void A_warning_prints_as_a_warning()
    {
        var spec = SpecParser.Parse("Area,Access,Reason\nStudent Data,Read,\n");

        Assert.Equal("(2,19): warning IP1010: 'Student Data' has no reason: say why the product needs it, so that a district admin can judge the request", Assert.Single(spec.Diagnostics).ToString());
    }

    [Fact]
    public void Null_text_reads_as_empty()
    {
        Assert.Empty(CsvReader.Read(null!).Records);
        Assert.Equal(new[] { SpecDiagnosticIds.EmptySpec }, SpecParser.Parse(null!).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_cancelled_parse_stops_between_rows()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => SpecParser.Parse("Area,Access,Reason\nStudent Data,Read,r\n", cancelled.Token));
    }

    [Theory]
    [InlineData("h\n\"abc\"", "abc")]
    [InlineData("h\n\"a\"\"\"", "a\"")]
    [InlineData("h\n\"d\"e", "de")]
    public void Quoted_fields_may_end_the_input(string text, string value)
    {
        var document = CsvReader.Read(text);

        var field = Assert.Single(document.Records[1].Fields);
        Assert.Equal(value, field.Value);
        Assert.True(field.IsQuoted);
        Assert.False(document.Records[0].Fields[0].IsQuoted);
    }

    [Fact]
    public void Lone_carriage_returns_end_lines()
    {
        var document = CsvReader.Read("a,b\rc,d\r");

        Assert.Equal(new[] { (1, "a"), (2, "c") }, document.Records.Select(r => (r.Span.Line, r.Fields[0].Value)));
    }

    [Theory]
    [InlineData("h1,h2\n   ")]
    [InlineData("h1,h2\n \t \n")]
    public void A_blank_last_line_is_skipped(string text)
    {
        Assert.Single(CsvReader.Read(text).Records);
    }

    [Fact]
    public void A_line_that_starts_with_spaces_is_a_record_not_a_blank_line()
    {
        var document = CsvReader.Read("h1,h2\n  a,b\n");

        Assert.Equal(new[] { "  a", "b" }, document.Records[1].Fields.Select(f => f.Value));
    }

    [Fact]
    public void Problems_are_one_per_field_with_messages_that_say_the_fix()
    {
        var document = CsvReader.Read("a\"b\"c,\"q\"x\n");

        Assert.Equal(
            new[]
            {
                "A quote inside an unquoted field: put the whole field in quotes and double the quote (\"\")",
                "Text after a closing quote: a quoted field must end at a comma or the end of the line",
            },
            document.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Spans_are_equal_by_value()
    {
        var span = new SourceSpan(4, 2, 1, 5, 1, 7);

        Assert.Equal(new SourceSpan(4, 2, 1, 5, 1, 7), span);
        Assert.True(span.Equals((object)new SourceSpan(4, 2, 1, 5, 1, 7)));
        Assert.Equal(new SourceSpan(4, 2, 1, 5, 1, 7).GetHashCode(), span.GetHashCode());
        Assert.False(span.Equals("(1,5)"));
        foreach (var other in new[]
        {
            new SourceSpan(5, 2, 1, 5, 1, 7), new SourceSpan(4, 3, 1, 5, 1, 7), new SourceSpan(4, 2, 2, 5, 1, 7),
            new SourceSpan(4, 2, 1, 6, 1, 7), new SourceSpan(4, 2, 1, 5, 2, 7), new SourceSpan(4, 2, 1, 5, 1, 8),
        })
        {
            Assert.NotEqual(other, span);
        }

        Assert.NotEqual(new SourceSpan(5, 2, 1, 5, 1, 7).GetHashCode(), span.GetHashCode());
        Assert.NotEqual(new SourceSpan(4, 3, 1, 5, 1, 7).GetHashCode(), span.GetHashCode());
        Assert.Equal("(1,5)", span.ToString());
    }
}
