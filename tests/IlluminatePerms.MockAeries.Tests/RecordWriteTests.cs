using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>The writes besides the gradebook's: later reads see them, bad bodies change nothing, Reset forgets them.</summary>
public sealed class RecordWriteTests : EverythingMockTest
{
    [Fact]
    public async Task A_student_update_and_insert_are_read_back_and_reset_forgets_them()
    {
        var updated = await Aeries.PostAsync("UpdateStudent/99400001", """{"StudentEmailAddress":"new@example.org","Grade":11}""", "demo");
        Assert.Equal(200, updated.Status);
        Assert.Equal("Eleventh Grade", updated.Json[0].GetProperty("GradeLevelLongDescription").GetString());
        var read = (await Aeries.GetAsync("schools/994/students/99400001", "demo")).Json[0];
        Assert.Equal("new@example.org", read.GetProperty("StudentEmailAddress").GetString());

        var inserted = await Aeries.PostAsync("schools/994/InsertStudent", """{"LastName":"Abbott","FirstName":"Allan","Grade":9,"Birthdate":"2011-11-11"}""", "demo");
        Assert.Equal(201, inserted.Status);
        var id = inserted.Json.GetProperty("StudentID").GetInt32();
        Assert.Equal("Abbott", (await Aeries.GetAsync($"schools/994/students/{id}", "demo")).Json[0].GetProperty("LastName").GetString());
        Assert.Equal(id, (await Aeries.GetAsync("schools/994/students", "demo")).Json.EnumerateArray().Last().GetProperty("StudentID").GetInt32());

        Assert.Equal(400, (await Aeries.PostAsync("schools/994/InsertStudent", """{"LastName":"Abbott"}""", "demo")).Status);

        Server.Reset();
        Assert.Equal(404, (await Aeries.GetAsync($"schools/994/students/{id}", "demo")).Status);
        Assert.NotEqual("new@example.org", (await Aeries.GetAsync("schools/994/students/99400001", "demo")).Json[0].GetProperty("StudentEmailAddress").GetString());
    }

    [Fact]
    public async Task Written_records_list_in_number_order_and_reset_forgets_staff_and_contacts_too()
    {
        var first = (await Aeries.PostAsync("schools/994/InsertStudent", """{"LastName":"Abbott","FirstName":"Allan","Grade":9,"Birthdate":"2011-11-11"}""", "demo")).Json.GetProperty("StudentID").GetInt32();
        var second = (await Aeries.PostAsync("schools/994/InsertStudent", """{"LastName":"Baker","FirstName":"Bea","Grade":9,"Birthdate":"2011-12-12"}""", "demo")).Json.GetProperty("StudentID").GetInt32();
        Assert.Equal(
            new[] { first, second },
            (await Aeries.GetAsync("schools/994/students", "demo")).Json.EnumerateArray().TakeLast(2).Select(s => s.GetProperty("StudentID").GetInt32()));

        Assert.Equal(201, (await Aeries.PutAsync("staff/994999", """{"FirstName":"Zed","LastName":"Last","PrimaryAeriesSchool":994}""", "demo")).Status);
        Assert.Equal(201, (await Aeries.PutAsync("staff/994998", """{"FirstName":"Yan","LastName":"Next","PrimaryAeriesSchool":994}""", "demo")).Status);
        Assert.Equal(200, (await Aeries.PutAsync("staff/994605", """{"Title":"Department Head"}""", "demo")).Status);
        Assert.Equal(
            new[] { 994605, 994998, 994999 },
            (await Aeries.GetAsync("StaffDataChanges/2020/1/1/0/0", "demo")).Json.EnumerateArray().Select(s => s.GetProperty("ID").GetInt32()));
        var contacts = (await Aeries.GetAsync("schools/994/contacts/99400001", "demo")).Json.GetArrayLength();
        Assert.Equal(201, (await Aeries.PostAsync("InsertContact/99400001", """{"FirstName":"Adam","LastName":"Abbott"}""", "demo")).Status);

        Server.Reset();

        Assert.Equal(0, (await Aeries.GetAsync("StaffDataChanges/2020/1/1/0/0", "demo")).Json.GetArrayLength());
        Assert.Equal(404, (await Aeries.GetAsync("staff/994999", "demo")).Status);
        Assert.Equal("Teacher", (await Aeries.GetAsync("staff/994605", "demo")).Json.GetProperty("Title").GetString());
        Assert.Equal(contacts, (await Aeries.GetAsync("schools/994/contacts/99400001", "demo")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Contacts_are_inserted_updated_and_deleted_with_Y_N_indicators()
    {
        var before = (await Aeries.GetAsync("schools/994/contacts/99400001", "demo")).Json.GetArrayLength();

        var added = await Aeries.PostAsync("InsertContact/99400001", """{"FirstName":"Adam","LastName":"Abbott","LivesWithStudentIndicator":"N"}""", "demo");
        Assert.Equal(201, added.Status);
        var sequence = added.Json.GetProperty("SequenceNumber").GetInt32();
        Assert.Equal(before + 1, sequence);
        Assert.Equal(400, (await Aeries.PostAsync("InsertContact/99400001", """{"FirstName":"A","LastName":"B","AccessToPortal":"yes"}""", "demo")).Status);

        Assert.Equal("7775557537", (await Aeries.PostAsync($"UpdateContact/99400001/{sequence}", """{"CellPhone":"7775557537"}""", "demo")).Json.GetProperty("CellPhone").GetString());

        var remaining = await Aeries.SendAsync(HttpMethod.Delete, $"DeleteContact/99400001/{sequence}", "demo", null);
        Assert.Equal(200, remaining.Status);
        Assert.Equal(before, remaining.Json.GetArrayLength());
        Assert.Equal(404, (await Aeries.SendAsync(HttpMethod.Delete, $"DeleteContact/99400001/{sequence}", "demo", null)).Status);
    }

    [Fact]
    public async Task Upserts_answer_201_when_they_create_and_200_when_they_update()
    {
        Assert.Equal(200, (await Aeries.PutAsync("staff/994605", """{"Title":"Department Head"}""", "demo")).Status);
        Assert.Equal("Department Head", (await Aeries.GetAsync("staff/994605", "demo")).Json.GetProperty("Title").GetString());
        Assert.Equal(201, (await Aeries.PutAsync("staff/994999", """{"FirstName":"New","LastName":"Hire","PrimaryAeriesSchool":994}""", "demo")).Status);
        Assert.Equal("Hire", (await Aeries.GetAsync("staff/994999", "demo")).Json.GetProperty("LastName").GetString());

        Assert.Equal(201, (await Aeries.PutAsync("schools/994/students/99400001/courserequests/9", """{"CourseID":"0618"}""", "demo")).Status);
        Assert.Equal(200, (await Aeries.PutAsync("schools/994/students/99400001/courserequests/9", """{"CourseID":"0617"}""", "demo")).Status);
        Assert.Equal("0617", (await Aeries.GetAsync("schools/994/students/99400001/courserequests/9", "demo")).Json[0].GetProperty("CourseID").GetString());
        Assert.Equal(400, (await Aeries.PutAsync("schools/994/students/99400001/courserequests/9", """{"CourseID":"9999"}""", "demo")).Status);
    }

    [Fact]
    public async Task Numbered_records_and_sections_are_deleted_with_204()
    {
        var activity = await Aeries.PostAsync("schools/994/students/99400001/activities", """{"ActivityOrAwardCode":"CHS","Name":"Choir"}""", "demo");
        Assert.Equal(201, activity.Status);
        var sequence = activity.Json.GetProperty("SequenceNumber").GetInt32();
        Assert.Equal("Choir", (await Aeries.GetAsync($"schools/994/students/99400001/activities/{sequence}", "demo")).Json.GetProperty("Name").GetString());

        var deleted = await Aeries.SendAsync(HttpMethod.Delete, $"schools/994/students/99400001/activities/{sequence}", "demo", null);
        Assert.Equal((204, string.Empty), (deleted.Status, deleted.Body));
        Assert.Equal(404, (await Aeries.GetAsync($"schools/994/students/99400001/activities/{sequence}", "demo")).Status);

        Assert.Equal(204, (await Aeries.SendAsync(HttpMethod.Delete, "schools/994/scheduling/sections/43", "demo", null)).Status);
        Assert.Equal(404, (await Aeries.GetAsync("schools/994/scheduling/sections/43", "demo")).Status);
        Assert.Equal(200, (await Aeries.GetAsync("schools/994/sections/43", "demo")).Status);
    }

    [Fact]
    public async Task Grades_supplemental_columns_and_test_scores_change_only_when_the_whole_body_is_valid()
    {
        // The Student Grades field table's names: MarkNumber (1-12) and MarkValue, one mark per student item.
        Assert.Equal(400, (await Aeries.PostAsync("schools/994/Grades", """[{"StudentID":99400001,"SectionNumber":43,"MarkNumber":1,"MarkValue":"A"},{"StudentID":99400001,"SectionNumber":43,"MarkNumber":1,"MarkValue":"Z"}]""", "demo")).Status);
        Assert.Equal(400, (await Aeries.PostAsync("schools/994/Grades", """[{"StudentID":99400001,"SectionNumber":43,"MarkNumber":13,"MarkValue":"A"}]""", "demo")).Status);
        var changed = await Aeries.PostAsync("schools/994/Grades", """[{"StudentID":99400001,"SectionNumber":43,"MarkNumber":1,"MarkValue":"A"}]""", "demo");
        Assert.Equal(200, changed.Status);
        var card = (await Aeries.GetAsync("schools/994/ReportCard/99400001", "demo")).Json[0].GetProperty("StudentReportCardCourses");
        Assert.Equal("A", card.EnumerateArray().Single(g => g.GetProperty("SectionNumber").GetInt32() == 43).GetProperty("MarkingPeriodGrades")[0].GetProperty("Mark").GetString());

        Assert.Equal(400, (await Aeries.PostAsync("UpdateSchoolSupplemental/994/1", """{"Columns":{"ColumnCode":"XX","NewValue":"Test"}}""", "demo")).Status);
        Assert.Equal(200, (await Aeries.PostAsync("UpdateSchoolSupplemental/994/1", """{"Columns":{"ColumnCode":"CD","NewValue":"Test"}}""", "demo")).Status);
        var columns = (await Aeries.GetAsync("schools/994/SchoolSupplemental/99400001", "demo")).Json[0].GetProperty("Columns");
        Assert.Equal("Test", columns.EnumerateArray().Single(c => c.GetProperty("ColumnCode").GetString() == "CD").GetProperty("Value").GetString());

        const string Score = """{"StudentID":99400001,"TestID":"CELDT","TestPart":0,"TestingAdministration":"0916","TestDate":"2016-09-17","ScaleScore":491}""";
        Assert.Equal(400, (await Aeries.PostAsync("testing/UpdateScores", $"[{Score},{{\"StudentID\":1,\"TestID\":\"CELDT\",\"TestPart\":0,\"TestingAdministration\":\"0916\",\"TestDate\":\"2016-09-17\"}}]", "demo")).Status);
        Assert.Equal(400, (await Aeries.PostAsync("testing/UpdateScores", """[{"StudentID":99400001,"TestID":"CELDT","TestPart":0,"ScaleScore":491}]""", "demo")).Status);
        var tests = await Aeries.PostAsync("testing/UpdateScores", $"[{Score}]", "demo");
        Assert.Equal(200, tests.Status);
        Assert.Contains((await Aeries.GetAsync("students/99400001/tests", "demo")).Json.EnumerateArray(), t => t.GetProperty("TestID").GetString() == "CELDT");
        Assert.Equal(2, (await Aeries.GetAsync("students/99400002/tests", "demo")).Json.GetArrayLength());
    }
}
