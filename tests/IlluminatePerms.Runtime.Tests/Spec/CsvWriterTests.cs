using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

public class CsvWriterTests
{
    [Theory]
    [InlineData("Student Data", "Student Data")]
    [InlineData("", "")]
    [InlineData("Read, Update", "\"Read, Update\"")]
    [InlineData("the \"real\" reason", "\"the \"\"real\"\" reason\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData(" leading", "\" leading\"")]
    [InlineData("trailing ", "\"trailing \"")]
    [InlineData("# not a comment", "\"# not a comment\"")]
    [InlineData("a#b", "a#b")]
    [InlineData(",starts with a comma", "\",starts with a comma\"")]
    public void Fields_are_quoted_only_when_the_reader_needs_it(string value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Field(value));
    }

    [Fact]
    public void Quotes_can_be_forced()
    {
        Assert.Equal("\"Read\"", CsvWriter.Field("Read", forceQuotes: true));
        Assert.Equal("\"\"", CsvWriter.Field(string.Empty, forceQuotes: true));
    }

    [Fact]
    public void A_written_record_reads_back_unchanged()
    {
        string[] fields = ["Gradebook", "Gradebook Scores", "Read, Update", "the \"real\" reason\nsecond line", " padded ", "#hash", ""];

        var record = CsvWriter.Record(fields);
        var document = CsvReader.Read("Header\n" + record + "\n");

        Assert.Empty(document.Problems);
        Assert.Equal(fields, System.Linq.Enumerable.Select(document.Records[1].Fields, field => field.Value));
    }
}
