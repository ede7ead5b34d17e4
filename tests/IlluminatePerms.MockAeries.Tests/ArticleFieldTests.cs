using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// Records the audit reshaped, against the field names of the articles' examples, written here as
/// data (in the example's order): Scheduling-related "Class Calendars" and "Flex Periods",
/// Attendance and Enrollment-related "Student Enrollment History".
/// </summary>
public sealed class ArticleFieldTests : IClassFixture<MockFixture>, System.IDisposable
{
    private static readonly string[] ClassCalendar = { "SequenceNumber", "SchoolCode", "AcademicYear", "ShortTitle", "Description" };

    private static readonly string[] FlexPeriod = { "SequenceNumber", "SchoolCode", "AcademicYear", "ShortTitle", "Description", "StartTime", "EndTime", "TypeCode" };

    private static readonly string[] Enrollment =
    {
        "StudentID", "InterIntraDistrictStateCode", "NonpublicSchoolStateCode", "NextSchoolCode", "ReportingSchoolCode", "SchoolCode", "StudentNumber", "AcademicYear", "Track",
        "AttendanceProgramCode", "AttendanceProgramCodeAdditional1", "AttendanceProgramCodeAdditional2", "Grade", "ElementaryTeacherNumber", "ElementaryTeacherName", "EnterDate", "LeaveDate",
        "ExitReasonCode", "InterIntraDistrictTransferCode",
    };

    private readonly AeriesCaller aeries;

    public ArticleFieldTests(MockFixture fixture)
    {
        fixture.Server.Reset();
        aeries = new AeriesCaller(fixture.Server);
    }

    public void Dispose() => aeries.Dispose();

    [Fact]
    public async Task A_class_calendar_has_the_examples_fields_and_year_form()
    {
        var calendar = (await aeries.GetAsync("schools/994/classcalendars")).Json[0];

        Assert.Equal(ClassCalendar, calendar.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-2027", calendar.GetProperty("AcademicYear").GetString());
        Assert.Matches("^[MTWRF]+$", calendar.GetProperty("ShortTitle").GetString());
    }

    [Fact]
    public async Task A_flex_period_has_the_examples_fields_and_times_on_the_examples_day()
    {
        var period = (await aeries.GetAsync("schools/994/flexperiods/year/2025-2026")).Json[0];

        Assert.Equal(FlexPeriod, period.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-2026", period.GetProperty("AcademicYear").GetString());
        Assert.StartsWith("1900-01-01T", period.GetProperty("StartTime").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enrollment_record_has_only_fields_the_example_has()
    {
        var record = (await aeries.GetAsync("enrollment/99400001")).Json[0];

        Assert.All(record.EnumerateObject(), p => Assert.Contains(p.Name, Enrollment));
    }

    [Fact]
    public async Task Class_calendar_dates_follow_the_weekday_letters_thursday_being_R()
    {
        var dates = (await aeries.GetAsync("schools/994/classcalendars/3/dates")).Json.EnumerateArray()
            .Select(d => System.DateTime.Parse(d.GetProperty("CalendarDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek).Distinct().OrderBy(d => d);

        Assert.Equal(new[] { System.DayOfWeek.Tuesday, System.DayOfWeek.Thursday }, dates);
    }
}
