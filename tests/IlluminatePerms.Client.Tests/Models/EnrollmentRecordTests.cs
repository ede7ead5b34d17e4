using System.Text.Json;
using IlluminatePerms.Client.Json;
using Xunit;

namespace IlluminatePerms.Client.Tests.Models;

/// <summary>
/// The enrollment record's AcademicYear: the article's field table says a 4-digit year, its example
/// writes it as a string ("2020"); the model reads both (disputes ledger, row 12).
/// </summary>
public class EnrollmentRecordTests
{
    [Theory]
    [InlineData("\"2020\"")]
    [InlineData("2020")]
    public void The_academic_year_is_read_as_the_example_or_the_field_table_writes_it(string year)
    {
        var record = JsonSerializer.Deserialize($$"""[{ "StudentID": 99400001, "SchoolCode": 994, "StudentNumber": 1, "AcademicYear": {{year}}, "Grade": 12, "EnterDate": "2020-07-10T00:00:00", "LeaveDate": null }]""", AeriesJsonContext.Default.ListEnrollmentRecord)![0];

        Assert.Equal(2020, record.AcademicYear);
        Assert.Equal(994, record.SchoolCode);
    }
}
