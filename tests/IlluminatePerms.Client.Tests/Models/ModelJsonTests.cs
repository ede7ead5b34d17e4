using System;
using System.Collections.Generic;
using System.Text.Json;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using Xunit;

namespace IlluminatePerms.Client.Tests.Models;

/// <summary>The articles' example bodies (made valid JSON where the capture was not) read into the models.</summary>
public class ModelJsonTests
{
    [Fact]
    public void Systeminfo_reads_the_version_and_the_nine_character_years()
    {
        var info = JsonSerializer.Deserialize("""{ "AeriesVersion": "9.21.2.25", "DatabaseYear": "2020-2021", "AvailableDatabaseYears": [ "2020-2021", "2019-2020" ], "LocalTimeZoneName": "(UTC-08:00) Pacific Time (US & Canada)", "CurrentDateTime": "2021-03-03T11:13:38.9539491-08:00" }""", AeriesJsonContext.Default.SystemInfo)!;

        Assert.Equal("9.21.2.25", info.AeriesVersion);
        Assert.Equal("2020-2021", info.DatabaseYear);
        Assert.Equal(new[] { "2020-2021", "2019-2020" }, info.AvailableDatabaseYears);
        Assert.Equal(TimeSpan.FromHours(-8), info.CurrentDateTime!.Value.Offset);
    }

    [Theory]
    [InlineData("CorrespondenceLanguageCode")]
    [InlineData("CorrespondanceLanguageCode")]
    public void Both_spellings_of_the_correspondence_language_are_read(string spelling)
    {
        var student = JsonSerializer.Deserialize($$"""[{ "StudentID": 99400001, "{{spelling}}": "00", "HomeRoomTeacherNumber": "0", "EarlyWarningPoints": 34.0000 }]""", AeriesJsonContext.Default.ListStudent)![0];
        var contact = JsonSerializer.Deserialize($$"""{ "StudentID": 99400001, "{{spelling}}": "01" }""", AeriesJsonContext.Default.Contact)!;

        Assert.Equal("00", student.CorrespondenceLanguageCode);
        Assert.Equal("01", contact.CorrespondenceLanguageCode);
    }

    [Fact]
    public void The_other_spelling_is_not_written_back()
    {
        var json = JsonSerializer.Serialize(new Student { StudentID = 1, CorrespondenceLanguageCode = "00" }, AeriesJsonContext.Default.Student);

        Assert.DoesNotContain("Correspondance", json, StringComparison.Ordinal);
        Assert.Contains("\"CorrespondenceLanguageCode\":\"00\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"0\"", "\"1\"", "994708")]
    [InlineData("0", "1", "\"994708\"")]
    public void Numbers_and_strings_are_read_whichever_way_an_article_writes_them(string homeRoom, string period, string counselor)
    {
        var student = JsonSerializer.Deserialize($$"""{ "StudentID": "99400001", "HomeRoomTeacherNumber": {{homeRoom}}, "CounselorNumber": {{counselor}} }""", AeriesJsonContext.Default.Student)!;
        var attendance = JsonSerializer.Deserialize($$"""{ "StudentID": 99400001, "AttendanceDays": [ { "CalendarDate": "2020-07-06T00:00:00", "AllDayAttendanceCode": "Q", "Classes": [ { "SectionNumber": 1118, "Period": {{period}}, "AttendanceCode": "Q" } ] } ] }""", AeriesJsonContext.Default.StudentAttendance)!;

        Assert.Equal(99400001, student.StudentID);
        Assert.Equal("0", student.HomeRoomTeacherNumber);
        Assert.Equal(994708, student.CounselorNumber);
        Assert.Equal("1", attendance.AttendanceDays[0].Classes[0].Period);
    }

    [Fact]
    public void Contact_flags_stay_strings()
    {
        var contact = JsonSerializer.Deserialize("""{ "StudentID": 99400001, "AttendanceNotification": "Y", "LivesWithStudentIndicator": "", "AccessToPortal": "N", "RedFlag": false, "ContactOrder": 1 }""", AeriesJsonContext.Default.Contact)!;

        Assert.Equal("Y", contact.AttendanceNotification);
        Assert.Equal(string.Empty, contact.LivesWithStudentIndicator);
        Assert.Equal("N", contact.AccessToPortal);
    }

    [Fact]
    public void A_gradebooks_terms_are_objects_and_an_assignment_category_may_be_nested_or_flat()
    {
        var gradebook = JsonSerializer.Deserialize("""{ "GradebookNumber": 4366926, "Name": "Algebra", "Terms": [ { "Code": "F", "Name": "Fall", "GradebookNumber": 4366926, "StartDate": "2016-07-11T00:00:00", "EndDate": "2016-12-23T00:00:00" } ] }""", AeriesJsonContext.Default.Gradebook)!;
        var nested = JsonSerializer.Deserialize("""{ "AssignmentNumber": 2, "AssignmentCategory": { "Code": 0, "Description": "Homework", "PercentageOfGrade": 10 }, "UniqueID": "76289310-6ACF-4124-9A42-057684DCE9F2" }""", AeriesJsonContext.Default.Assignment)!;
        var flat = JsonSerializer.Deserialize("""{ "AssignmentNumber": 3, "AssignmentCategoryCode": "T" }""", AeriesJsonContext.Default.Assignment)!;

        Assert.Equal("Fall", gradebook.Terms[0].Name);
        Assert.Equal("0", nested.AssignmentCategory!.Code);
        Assert.Equal("T", flat.AssignmentCategoryCode);
    }

    [Fact]
    public void Pictures_and_supplemental_data_are_nested()
    {
        var pictures = JsonSerializer.Deserialize("""{ "StudentID": 99400001, "Pictures": [ { "SchoolYear": 2020, "RawBinary": "/9j/4A==", "FileExtension": "jpg", "FileSize": 4 } ], "SchoolCode": 994 }""", AeriesJsonContext.Default.StudentPictures)!;
        var asNumbers = JsonSerializer.Deserialize("""{ "StudentID": 1, "Pictures": [ { "RawBinary": [255, 216, 255, 224] } ] }""", AeriesJsonContext.Default.StudentPictures)!;
        var supplemental = JsonSerializer.Deserialize("""[ { "StudentID": 99400001, "Columns": [ { "ColumnCode": "IN", "ColumnDescription": "Issue #", "Value": "745896 ", "ColumnType": "nchar" } ] } ]""", AeriesJsonContext.Default.ListSupplementalRecord)!;

        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, pictures.Pictures[0].RawBinary);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, asNumbers.Pictures[0].RawBinary);
        Assert.Equal("745896 ", supplemental[0].Columns[0].Value);
    }

    [Fact]
    public void Request_bodies_use_the_articles_spelling_and_dates()
    {
        var insert = JsonSerializer.Serialize(new AssignmentInput { Description = "Test the Aeries API", AssignmentCategoryCode = "T", DateAssigned = new DateOnly(2017, 1, 27), NumberCorrectPossible = 50, PointsPossible = 50, ExternalID = "ill-1", CreateInLinkedGradebooksToo = true }, AeriesJsonContext.Default.AssignmentInput);
        var scores = JsonSerializer.Serialize(new List<ScoreWrite> { new() { StudentID = 99400001, NumberCorrect = 20 } }, AeriesJsonContext.Default.ListScoreWrite);

        Assert.Contains("\"DateAssigned\":\"2017-01-27\"", insert, StringComparison.Ordinal);
        Assert.Contains("\"CreateInLinkedGradebooksToo\":true", insert, StringComparison.Ordinal);
        Assert.DoesNotContain("UpdateLinkedGradebooksToo", insert, StringComparison.Ordinal);
        Assert.Equal("[{\"StudentID\":99400001,\"NumberCorrect\":20}]", scores);
    }

    [Fact]
    public void Records_of_undocumented_shape_keep_every_field_by_name()
    {
        var record = JsonSerializer.Deserialize("""{ "Code": "A", "Period": 1, "Description": null }""", AeriesJsonContext.Default.AeriesRecord)!;

        Assert.Equal("A", record.Text("Code"));
        Assert.Equal("1", record.Text("Period"));
        Assert.Null(record.Text("Description"));
        Assert.Null(record.Text("Missing"));
    }
}
