using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Writes;

/// <summary>
/// The writes of one value at a time (grades, supplemental columns, alerts): what each changes, what
/// each refuses and why, in the refusal's own words.
/// </summary>
public sealed class GradeAndSupplementalWriteTests : EverythingMockTest
{
    [Fact]
    public async Task A_grade_write_changes_the_mark_of_its_section_alone_and_answers_what_it_changed()
    {
        var before = (await Aeries.GetAsync("schools/994/ReportCard/99400001", "demo")).Body;

        var answer = await Aeries.PostAsync("schools/994/Grades", """[{"StudentID":99400001,"SectionNumber":43,"MarkNumber":12,"MarkValue":"B"}]""", "demo");

        Assert.Equal(200, answer.Status);
        var changed = Assert.Single(answer.Json.EnumerateArray());
        Assert.Equal((43, "B"), (changed.GetProperty("SectionNumber").GetInt32(), changed.GetProperty("Mark").GetString()));
        Assert.NotEqual(before, (await Aeries.GetAsync("schools/994/ReportCard/99400001", "demo")).Body);
    }

    [Theory]
    [InlineData("""{"StudentID":99499999,"SectionNumber":43,"MarkNumber":1,"MarkValue":"A"}""", "Student 99499999 is not at school 994; no grade was changed.")]
    [InlineData("""{"StudentID":99400001,"SectionNumber":99999,"MarkNumber":1,"MarkValue":"A"}""", "Student 99400001 has no grade record in section 99999; no grade was changed.")]
    [InlineData("""{"StudentID":99400001,"SectionNumber":43,"MarkNumber":0,"MarkValue":"A"}""", "MarkNumber 0 is not a marking period of school 994 (1 to 12); no grade was changed.")]
    [InlineData("""{"StudentID":99400001,"SectionNumber":43,"MarkNumber":13,"MarkValue":"A"}""", "MarkNumber 13 is not a marking period of school 994 (1 to 12); no grade was changed.")]
    [InlineData("""{"StudentID":99400001,"SectionNumber":43,"MarkNumber":1,"MarkValue":"Z"}""", "'Z' is not a valid mark of school 994; no grade was changed.")]
    public async Task A_refused_grade_names_what_is_wrong_and_changes_no_grade(string grade, string message)
    {
        var before = (await Aeries.GetAsync("schools/994/ReportCard/99400001", "demo")).Body;

        var answer = await Aeries.PostAsync("schools/994/Grades", $"[{{\"StudentID\":99400001,\"SectionNumber\":43,\"MarkNumber\":1,\"MarkValue\":\"A\"}},{grade}]", "demo");

        Assert.Equal((400, message), (answer.Status, answer.Message));
        Assert.Equal(before, (await Aeries.GetAsync("schools/994/ReportCard/99400001", "demo")).Body);
    }

    [Fact]
    public async Task Supplemental_columns_given_as_an_array_are_each_changed_and_a_missing_value_empties_one()
    {
        var columns = await ColumnsAsync();
        var (first, second) = (columns[0].GetProperty("ColumnCode").GetString(), columns[1].GetProperty("ColumnCode").GetString());

        var answer = await Aeries.PostAsync("UpdateSchoolSupplemental/994/1", $$"""{"Columns":[{"ColumnCode":"{{first}}","NewValue":"One"},{"ColumnCode":"{{second}}"}]}""", "demo");

        Assert.Equal(200, answer.Status);
        var after = await ColumnsAsync();
        Assert.Equal("One", after[0].GetProperty("Value").GetString());
        Assert.Equal(string.Empty, after[1].GetProperty("Value").GetString());
        Assert.Equal(columns.Skip(2).Select(c => c.GetRawText()), after.Skip(2).Select(c => c.GetRawText()));
    }

    [Theory]
    [InlineData("""{"Columns":[]}""", 400, "\"Columns\" names no column.")]
    [InlineData("""{"Columns":{"NewValue":"x"}}""", 400, "Each column needs a \"ColumnCode\".")]
    [InlineData("""{"Columns":[{"ColumnCode":7}]}""", 400, "Each column needs a \"ColumnCode\".")]
    [InlineData("""{"Column":{"ColumnCode":"CD"}}""", 400, "The body must be an object with \"Columns\".")]
    [InlineData("""[{"ColumnCode":"CD"}]""", 400, "The body must be an object with \"Columns\".")]
    [InlineData("""{"Columns":{"ColumnCode":"XX","NewValue":"x"}}""", 400, "'XX' is not a supplemental column of school 994; nothing was changed.")]
    public async Task A_refused_supplemental_change_says_why_and_changes_nothing(string body, int status, string message)
    {
        var before = (await Aeries.GetAsync("schools/994/SchoolSupplemental/99400001", "demo")).Body;

        var answer = await Aeries.PostAsync("UpdateSchoolSupplemental/994/1", body, "demo");

        Assert.Equal((status, message), (answer.Status, answer.Message));
        Assert.Equal(before, (await Aeries.GetAsync("schools/994/SchoolSupplemental/99400001", "demo")).Body);
    }

    [Fact]
    public async Task A_supplemental_change_for_an_unknown_student_number_names_it()
    {
        var answer = await Aeries.PostAsync("UpdateSchoolSupplemental/994/99999", """{"Columns":{"ColumnCode":"CD","NewValue":"x"}}""", "demo");

        Assert.Equal((404, "Student number 99999 does not exist at school 994."), (answer.Status, answer.Message));
    }

    [Theory]
    [InlineData("""{"StudentIDs":[99400001,99400002,99400003]}""", 3)]
    [InlineData("""{"StudentIDs":99400001}""", 1)]
    [InlineData("""{"Message":"Closed today"}""", 1)]
    public async Task An_alert_counts_the_students_it_was_sent_to(string body, int recipients)
    {
        var answer = await Aeries.PostAsync("SendAlert/Closure", body, "demo");

        Assert.Equal(200, answer.Status);
        Assert.Equal($$"""{"Alert":"Closure","Recipients":{{recipients}},"Result":"Sent"}""", answer.Body);
    }

    private async Task<System.Collections.Generic.List<JsonElement>> ColumnsAsync()
        => (await Aeries.GetAsync("schools/994/SchoolSupplemental/99400001", "demo")).Json[0].GetProperty("Columns").EnumerateArray().ToList();
}
