using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Security;
using Xunit;

namespace IlluminatePerms.Client.Tests.Streams;

/// <summary>The attendance article's StartDate and EndDate filters go out as given, each on its own, and not at all when neither is.</summary>
public sealed class AttendanceDateRangeTests
{
    [Theory]
    [InlineData(null, null, "")]
    [InlineData("2026-09-01", null, "?StartDate=20260901")]
    [InlineData(null, "2026-09-30", "?EndDate=20260930")]
    [InlineData("2026-09-01", "2026-09-30", "?StartDate=20260901&EndDate=20260930")]
    public async Task Each_date_given_is_sent_in_the_articles_form(string? start, string? end, string query)
    {
        var attendance = new MockCertificate("attendance", "a77e0000000000000000000000000001", GrantSet.Parse("Attendance: Read"), "attendance only");
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, Certificates = new[] { attendance } });
        var recorder = new RecordingHandler();
        var client = mock.Client("attendance", handler: recorder);

        await client.StreamAttendanceAsync(994, Date(start), Date(end)).ToListAsync();

        Assert.Equal(query, Assert.Single(recorder.Requests).Uri.Query);
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
