using System.Linq;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

public class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var document = CsvReader.Read("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row,x,y\n");

        Assert.Empty(document.Problems);
        Assert.Equal(2, document.Records.Count);
        Assert.Equal(new[] { "a", "b, c", "say \"hi\"", "two\nlines" }, document.Records[0].Fields.Select(f => f.Value));
        Assert.Equal(3, document.Records[1].Span.Line);
    }

    [Fact]
    public void Bom_crlf_blank_and_comment_lines_are_tolerated()
    {
        var document = CsvReader.Read("\uFEFF# a comment\r\n\r\nh1,h2\r\n   \r\nv1,v2\r\n# Product Name: X\r\n");

        Assert.Empty(document.Problems);
        Assert.Equal(new[] { "h1,h2", "v1,v2" }, document.Records.Select(r => string.Join(",", r.Fields.Select(f => f.Value))));
        Assert.Equal(new[] { "a comment", "Product Name: X" }, document.Comments.Select(c => c.Text));
        Assert.Equal(5, document.Records[1].Span.Line);
        Assert.Equal(1, document.Records[1].Span.Column);
    }

    [Fact]
    public void Crlf_inside_quotes_reads_as_a_single_line_feed()
    {
        var crlf = CsvReader.Read("\"a\r\nb\",c\r\n");
        var lf = CsvReader.Read("\"a\nb\",c\n");

        Assert.Equal("a\nb", crlf.Records[0].Fields[0].Value);
        Assert.Equal(lf.Records[0].Fields[0].Value, crlf.Records[0].Fields[0].Value);
    }

    [Fact]
    public void Field_spans_give_line_and_column_of_each_field()
    {
        var document = CsvReader.Read("h1,h2\nabc,\"d,e\"\n");
        var second = document.Records[1].Fields[1];

        Assert.Equal((2, 5), (second.Span.Line, second.Span.Column));
        Assert.Equal(5, second.Span.Length);
        Assert.Equal("\"d,e\"", "h1,h2\nabc,\"d,e\"\n".Substring(second.Span.Offset, second.Span.Length));
    }

    [Fact]
    public void Unterminated_quote_is_reported_at_the_opening_quote()
    {
        var document = CsvReader.Read("h1,h2\nx,\"never closed\ny,z\n");

        var problem = Assert.Single(document.Problems);
        Assert.Contains("Unterminated", problem.Message);
        Assert.Equal((2, 3), (problem.Span.Line, problem.Span.Column));
    }

    [Fact]
    public void Stray_quotes_are_reported_where_they_stand()
    {
        var document = CsvReader.Read("ab\"c\",\"d\"e\n");

        Assert.Equal(new[] { (1, 3), (1, 10) }, document.Problems.Select(p => (p.Span.Line, p.Span.Column)));
        Assert.Equal(new[] { "ab\"c\"", "de" }, document.Records[0].Fields.Select(f => f.Value));
    }

    [Theory]
    [InlineData("a,b,\n")]
    [InlineData("a,b,")]
    public void A_trailing_comma_makes_an_empty_last_field(string text)
    {
        var document = CsvReader.Read(text);

        Assert.Equal(new[] { "a", "b", string.Empty }, document.Records[0].Fields.Select(f => f.Value));
    }
}
