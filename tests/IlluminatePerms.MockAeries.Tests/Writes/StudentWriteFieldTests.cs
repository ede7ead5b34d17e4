using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Writes;

/// <summary>
/// Every field of the student and contact writes: a field given is stored, a field left out of an
/// update keeps its value, a field left out of an insert is empty, and each refusal says why.
/// </summary>
public sealed class StudentWriteFieldTests : EverythingMockTest
{
    private const string Student = "schools/994/students/99400001";

    private const string EveryStudentField = """
        {"LastName":"Zamora","FirstName":"Yara","MiddleName":"Xenia","Gender":"X","Grade":11,"Birthdate":"2010-02-03",
         "HomePhone":"5550001111","StudentEmailAddress":"yara@example.org","ParentEmailAddress":"parent@example.org",
         "MailingAddress":"1 Mail St","MailingAddressCity":"Mailton","MailingAddressState":"OR","MailingAddressZipCode":"97001","MailingAddressZipExt":"1234",
         "ResidenceAddress":"2 Home Rd","ResidenceAddressCity":"Hometown","ResidenceAddressState":"NV","ResidenceAddressZipCode":"89001","ResidenceAddressZipExt":"5678",
         "NextGrade":11,"NextSchool":995,"InactiveStatusCode":"T","HomeLanguageCode":"41","CorrespondenceLanguageCode":"42","LanguageFluencyCode":"Q",
         "EthnicityCode":"Q","Race1Code":"799","Race2Code":"798","ParentEdLevelCode":"19","ParentGuardianName":"Pat Zamora"}
        """;

    private const string EveryAddressField = """
        {"MailingAddress":"1 Mail St","MailingAddressCity":"Mailton","MailingAddressState":"OR","MailingAddressZipCode":"97001","MailingAddressZipExt":"1234",
         "ResidenceAddress":"2 Home Rd","ResidenceAddressCity":"Hometown","ResidenceAddressState":"NV","ResidenceAddressZipCode":"89001","ResidenceAddressZipExt":"5678"}
        """;

    // An address update's body may hold other fields; they are not its to change.
    private const string EveryAddressFieldAndOthers = """
        {"MailingAddress":"1 Mail St","MailingAddressCity":"Mailton","MailingAddressState":"OR","MailingAddressZipCode":"97001","MailingAddressZipExt":"1234",
         "ResidenceAddress":"2 Home Rd","ResidenceAddressCity":"Hometown","ResidenceAddressState":"NV","ResidenceAddressZipCode":"89001","ResidenceAddressZipExt":"5678",
         "LastName":"Zamora","Grade":11,"CorrectionOrChange":"Correction"}
        """;

    // The student's record after EveryStudentField: the names the record uses, and the grade's texts.
    private const string EveryStudentFieldStored = """
        {"LastName":"Zamora","FirstName":"Yara","MiddleName":"Xenia","Gender":"X","Grade":11,"GradeLevelShortDescription":"11","GradeLevelLongDescription":"Eleventh Grade",
         "Birthdate":"2010-02-03T00:00:00","HomePhone":"5550001111","StudentEmailAddress":"yara@example.org","ParentEmailAddress":"parent@example.org",
         "MailingAddress":"1 Mail St","MailingAddressCity":"Mailton","MailingAddressState":"OR","MailingAddressZipCode":"97001","MailingAddressZipExt":"1234",
         "ResidenceAddress":"2 Home Rd","ResidenceAddressCity":"Hometown","ResidenceAddressState":"NV","ResidenceAddressZipCode":"89001","ResidenceAddressZipExt":"5678",
         "NextGrade":11,"NextGradeLevelShortDescription":"11","NextGradeLevelLongDescription":"Eleventh Grade","NextSchoolCode":995,"InactiveStatusCode":"T","HomeLanguageCode":"41","CorrespondenceLanguageCode":"42","LanguageFluencyCode":"Q",
         "EthnicityCode":"Q","RaceCode1":"799","RaceCode2":"798","ParentEdLevelCode":"19","ParentGuardianName":"Pat Zamora"}
        """;

    private const string EveryContactField = """
        {"FirstName":"Ann","LastName":"Bell","MailingName":"Mrs. Ann Bell","RelationshipToStudentCode":"97","HomePhone":"5550002222","CellPhone":"5550003333",
         "WorkPhone":"5550004444","EmailAddress":"ann@example.org","LivesWithStudentIndicator":"Y","EducationalRightsHolder":"Y","AccessToPortal":"N"}
        """;


    [Fact]
    public async Task A_student_update_stores_every_field_it_gives_and_changes_no_other()
    {
        var before = await StudentAsync();

        var answer = await Aeries.PostAsync("UpdateStudent/99400001", EveryStudentField, "demo");

        Assert.Equal(200, answer.Status);
        RecordAssert.ChangedOnly(before, answer.Json[0], EveryStudentFieldStored);
        RecordAssert.ChangedOnly(before, await StudentAsync(), EveryStudentFieldStored);
    }

    [Fact]
    public async Task A_student_update_of_nothing_changes_nothing_and_a_new_grade_moves_the_next_grade_with_it()
    {
        var before = await StudentAsync();
        Assert.Equal(200, (await Aeries.PostAsync("UpdateStudent/99400001", "{}", "demo")).Status);
        RecordAssert.ChangedOnly(before, await StudentAsync(), "{}");

        var grade = before.GetProperty("Grade").GetInt32() == 3 ? 4 : 3;
        await Aeries.PostAsync("UpdateStudent/99400001", $$"""{"Grade":{{grade}}}""", "demo");
        var names = new[] { "Kindergarten", "First", "Second", "Third", "Fourth", "Fifth" };
        RecordAssert.ChangedOnly(before, await StudentAsync(), $$"""
            {"Grade":{{grade}},"GradeLevelShortDescription":"{{grade}}","GradeLevelLongDescription":"{{names[grade]}} Grade",
             "NextGrade":{{grade + 1}},"NextGradeLevelShortDescription":"{{grade + 1}}","NextGradeLevelLongDescription":"{{names[grade + 1]}} Grade"}
            """);
    }

    [Fact]
    public async Task The_modules_spelling_of_the_correspondence_language_is_read_and_the_articles_wins_when_both_are_given()
    {
        await Aeries.PostAsync("UpdateStudent/99400001", """{"CorrespondanceLanguageCode":"43"}""", "demo");
        Assert.Equal("43", (await StudentAsync()).GetProperty("CorrespondenceLanguageCode").GetString());

        await Aeries.PostAsync("UpdateStudent/99400001", """{"CorrespondanceLanguageCode":"44","CorrespondenceLanguageCode":"45"}""", "demo");
        Assert.Equal("45", (await StudentAsync()).GetProperty("CorrespondenceLanguageCode").GetString());
    }

    [Fact]
    public async Task An_address_update_changes_the_addresses_and_nothing_else_the_body_holds()
    {
        var before = await StudentAsync();
        var answer = await Aeries.PostAsync("UpdateStudentAddress/99400001", EveryAddressFieldAndOthers, "demo");

        Assert.Equal(200, answer.Status);
        RecordAssert.ChangedOnly(before, await StudentAsync(), EveryAddressField);
    }

    [Theory]
    [InlineData("UpdateStudent/99400001", """{"Grade":-1}""", "Grade -1 is not a grade level.")]
    [InlineData("UpdateStudent/99400001", """{"Grade":14}""", "Grade 14 is not a grade level.")]
    [InlineData("UpdateStudentAddress/99400001", """{"CorrectionOrChange":"Move","MailingAddress":"3 Elm"}""", "CorrectionOrChange is \"Correction\" or \"Change\", not \"Move\".")]
    [InlineData("UpdateStudentAddress/99400001", """{"CorrectionOrChange":"Change","MailingAddress":"3 Elm"}""", "An address change needs its EffectiveStartDate.")]
    [InlineData("schools/994/InsertStudent", """{"FirstName":"Allan","Grade":9,"Birthdate":"2011-11-11"}""", "LastName, FirstName, Grade and Birthdate are required.")]
    [InlineData("schools/994/InsertStudent", """{"LastName":"Abbott","FirstName":" ","Grade":9,"Birthdate":"2011-11-11"}""", "LastName, FirstName, Grade and Birthdate are required.")]
    [InlineData("schools/994/InsertStudent", """{"LastName":"Abbott","FirstName":"Allan","Birthdate":"2011-11-11"}""", "LastName, FirstName, Grade and Birthdate are required.")]
    [InlineData("schools/994/InsertStudent", """{"LastName":"Abbott","FirstName":"Allan","Grade":9}""", "LastName, FirstName, Grade and Birthdate are required.")]
    public async Task A_refused_student_write_says_why_and_changes_nothing(string path, string body, string message)
    {
        var before = await StudentAsync();
        var count = (await Aeries.GetAsync("schools/994/students", "demo")).Json.GetArrayLength();

        var answer = await Aeries.PostAsync(path, body, "demo");

        Assert.Equal((400, message), (answer.Status, answer.Message));
        RecordAssert.ChangedOnly(before, await StudentAsync(), "{}");
        Assert.Equal(count, (await Aeries.GetAsync("schools/994/students", "demo")).Json.GetArrayLength());
    }

    [Theory]
    [InlineData("UpdateStudent/99400001", """{"Grade":0}""")]
    [InlineData("UpdateStudent/99400001", """{"Grade":13}""")]
    [InlineData("UpdateStudentAddress/99400001", """{"CorrectionOrChange":"Change","EffectiveStartDate":"2026-08-01","MailingAddress":"3 Elm"}""")]
    [InlineData("UpdateStudentAddress/99400001", """{"CorrectionOrChange":"Correction","MailingAddress":"3 Elm"}""")]
    public async Task Grades_from_0_to_13_and_a_dated_change_or_a_correction_are_taken(string path, string body)
        => Assert.Equal(200, (await Aeries.PostAsync(path, body, "demo")).Status);

    [Fact]
    public async Task An_inserted_student_has_every_field_given_and_the_next_number_and_ID_of_its_school()
    {
        var numbers = (await Aeries.GetAsync("schools/994/students", "demo")).Json.EnumerateArray().Select(s => s.GetProperty("StudentNumber").GetInt32()).ToList();
        var number = numbers.Max() + 1;

        var answer = await Aeries.PostAsync("schools/994/InsertStudent", EveryStudentField, "demo");

        Assert.Equal(201, answer.Status);
        RecordAssert.Has(answer.Json, EveryStudentFieldStored);
        RecordAssert.Has(answer.Json, $$"""{"SchoolCode":994,"StudentNumber":{{number}},"StudentID":{{(99400000 + number)}},"FamilyKey":{{(99400000 + number)}},"StateStudentID":""}""");
        RecordAssert.Has((await Aeries.GetAsync($"schools/994/students/{99400000 + number}", "demo")).Json[0], EveryStudentFieldStored);
    }

    [Fact]
    public async Task A_contact_insert_stores_every_field_it_gives_with_the_next_sequence_number()
    {
        var sequence = (await ContactsAsync()).Max(c => c.GetProperty("SequenceNumber").GetInt32()) + 1;

        var answer = await Aeries.PostAsync("InsertContact/99400001", EveryContactField, "demo");

        Assert.Equal(201, answer.Status);
        RecordAssert.Has(answer.Json, EveryContactField);
        RecordAssert.Has(answer.Json, $$"""{"StudentID":99400001,"SequenceNumber":{{sequence}},"ContactOrder":{{sequence}},"PrimaryContact":"","EnrolledTheStudentIndicator":""}""");
        RecordAssert.Has((await ContactsAsync()).Single(c => c.GetProperty("SequenceNumber").GetInt32() == sequence), EveryContactField);
    }

    [Fact]
    public async Task A_contact_insert_of_only_the_names_leaves_every_other_field_empty()
    {
        var answer = await Aeries.PostAsync("InsertContact/99400001", """{"FirstName":"Ann","LastName":"Bell"}""", "demo");

        RecordAssert.Has(answer.Json, """
            {"FirstName":"Ann","LastName":"Bell","MailingName":"Ann Bell","RelationshipToStudentCode":"","HomePhone":"","CellPhone":"","WorkPhone":"",
             "EmailAddress":"","LivesWithStudentIndicator":"","EducationalRightsHolder":"","AccessToPortal":"","PrimaryContact":"","EnrolledTheStudentIndicator":""}
            """);
    }

    [Fact]
    public async Task A_contact_update_stores_every_field_it_gives_and_an_empty_one_changes_nothing()
    {
        var before = (await ContactsAsync())[0];
        var path = $"UpdateContact/99400001/{before.GetProperty("SequenceNumber").GetInt32()}";

        Assert.Equal(200, (await Aeries.PostAsync(path, "{}", "demo")).Status);
        RecordAssert.ChangedOnly(before, (await ContactsAsync())[0], "{}");

        // Each indicator flipped, so that every field of the body is a change.
        string Flipped(string name) => before.GetProperty(name).GetString() == "Y" ? "N" : "Y";
        var every = $$"""
            {"FirstName":"Ann","LastName":"Bell","MailingName":"Mrs. Ann Bell","RelationshipToStudentCode":"97","HomePhone":"5550002222","CellPhone":"5550003333",
             "WorkPhone":"5550004444","EmailAddress":"ann@example.org","LivesWithStudentIndicator":"{{Flipped("LivesWithStudentIndicator")}}",
             "EducationalRightsHolder":"{{Flipped("EducationalRightsHolder")}}","AccessToPortal":"{{Flipped("AccessToPortal")}}"}
            """;
        var answer = await Aeries.PostAsync(path, every, "demo");
        RecordAssert.ChangedOnly(before, answer.Json, every);
        RecordAssert.ChangedOnly(before, (await ContactsAsync())[0], every);
    }

    [Theory]
    [InlineData("InsertContact/99400001", """{"FirstName":"Ann"}""", 400, "LastName and FirstName are required.")]
    [InlineData("InsertContact/99400001", """{"LastName":"Bell","FirstName":""}""", 400, "LastName and FirstName are required.")]
    [InlineData("InsertContact/99400001", """{"FirstName":"Ann","LastName":"Bell","EducationalRightsHolder":"yes"}""", 400, "Indicators are \"Y\", \"N\" or \"\", not \"yes\".")]
    [InlineData("UpdateContact/99400001/1", """{"LivesWithStudentIndicator":"y"}""", 400, "Indicators are \"Y\", \"N\" or \"\", not \"y\".")]
    [InlineData("UpdateContact/99400001/99", """{"FirstName":"Ann"}""", 404, "Student 99400001 has no contact 99.")]
    public async Task A_refused_contact_write_says_why_and_changes_nothing(string path, string body, int status, string message)
    {
        var before = (await ContactsAsync()).Select(c => c.GetRawText()).ToList();

        var answer = await Aeries.PostAsync(path, body, "demo");

        Assert.Equal((status, message), (answer.Status, answer.Message));
        Assert.Equal(before, (await ContactsAsync()).Select(c => c.GetRawText()));
    }

    [Fact]
    public async Task Deleting_a_contact_that_is_not_there_is_a_404_that_names_it()
    {
        var answer = await Aeries.SendAsync(System.Net.Http.HttpMethod.Delete, "DeleteContact/99400001/99", "demo", null);

        Assert.Equal((404, "Student 99400001 has no contact 99."), (answer.Status, answer.Message));
    }

    private async Task<JsonElement> StudentAsync() => (await Aeries.GetAsync(Student, "demo")).Json[0];

    private async Task<System.Collections.Generic.List<JsonElement>> ContactsAsync()
        => (await Aeries.GetAsync("schools/994/contacts/99400001", "demo")).Json.EnumerateArray().ToList();
}
