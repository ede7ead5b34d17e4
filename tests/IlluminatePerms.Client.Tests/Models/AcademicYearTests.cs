using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Client.Tests.Models;

/// <summary>
/// The school year of the <c>…/year/{year}</c> paths, which the articles write "yyyy-yyyy (e.g.,
/// 2024-2025)" (Attendance History Summary, Class Calendars, Flex Periods): read, written and sent
/// in that form only.
/// </summary>
public class AcademicYearTests
{
    [Theory]
    [InlineData("2024-2025", 2024)]
    [InlineData("1999-2000", 1999)]
    [InlineData("1000-1001", 1000)]
    [InlineData("9998-9999", 9998)]
    public void The_articles_form_is_read_and_written_back_as_it_was(string text, int startYear)
    {
        var year = AcademicYear.Parse(text);

        Assert.Equal(startYear, year.StartYear);
        Assert.Equal(startYear + 1, year.EndYear);
        Assert.Equal(text, year.ToString());
        Assert.Equal(text, $"{year}");
        Assert.Equal(year, new AcademicYear(startYear));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-2026")]
    [InlineData("2025-2024")]
    [InlineData("2024-25")]
    [InlineData(" 2024-2025")]
    [InlineData("2024/2025")]
    [InlineData("２０２４-2025")]
    [InlineData("202:-2031")]
    [InlineData("0999-1000")]
    [InlineData("9999-A000")]
    [InlineData("")]
    public void Any_other_form_is_refused_with_the_form_it_needs(string text)
    {
        Assert.False(AcademicYear.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => AcademicYear.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-yyyy", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999)]
    [InlineData(9999)]
    public void A_start_year_without_four_digits_or_whose_end_has_five_is_refused(int startYear)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AcademicYear(startYear));

        Assert.Equal(("startYear", (object)startYear), (error.ParamName, error.ActualValue));
        Assert.StartsWith("An academic year starts in a four-digit year from 1000 to 9998.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "'(null)' is not an academic year")]
    [InlineData("12345678901234567890", "'12345678901234567890' is not an academic year")]
    [InlineData("123456789012345678901", "'12345678901234567890…' is not an academic year")]
    public void A_refused_text_is_quoted_cut_short(string? text, string quoted)
    {
        var error = Assert.Throws<FormatException>(() => AcademicYear.Parse(text!));

        Assert.StartsWith(quoted + ": Aeries writes it yyyy-yyyy, the second year one after the first (e.g. 2024-2025).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_are_equal_by_their_start()
    {
        Assert.True(new AcademicYear(2024) == AcademicYear.Parse("2024-2025"));
        Assert.False(new AcademicYear(2024) != AcademicYear.Parse("2024-2025"));
        Assert.True(new AcademicYear(2024) != new AcademicYear(2025));
        Assert.Equal(2024, new AcademicYear(2024).GetHashCode());
    }

    [Fact]
    public async Task The_client_sends_the_year_as_the_articles_write_it_and_the_mock_answers_that_year()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        var recorder = new RecordingHandler();
        var client = mock.Client("full", handler: recorder);

        var codes = await client.GetAttendanceHistoryAbsenceCodesForYearAsync(994, new AcademicYear(2025));
        var calendars = await client.GetClassCalendarsForYearAsync(994, new AcademicYear(2025));

        Assert.EndsWith("/schools/994/AttendanceHistory/AbsenceCodes/year/2025-2026", recorder.Requests[0].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/schools/994/classcalendars/year/2025-2026", recorder.Requests[1].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Equal("2025-2026", c.Fields["SchoolYear"].GetString()));
        Assert.NotEmpty(calendars);
    }
}
