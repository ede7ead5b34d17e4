using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Client.Tests.Streams;

/// <summary>
/// At the harness's default scale a school's attendance is larger than the client's whole-answer cap
/// (issue 18); the streaming reads (and the list form built on them) still yield every record the
/// mock holds, and are refused like any call without the grant.
/// </summary>
public sealed class WholeSchoolStreamTests : IClassFixture<DefaultScaleAeries>
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);
    private readonly DefaultScaleAeries aeries;

    public WholeSchoolStreamTests(DefaultScaleAeries aeries) => this.aeries = aeries;

    [Fact]
    public async Task At_default_scale_a_school_s_attendance_is_larger_than_the_whole_answer_cap()
    {
        var certificate = aeries.Harness.Certificates.With(new Grant("Attendance", AeriesAccess.Read));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(aeries.Harness.BaseUrl, $"api/v5/schools/{aeries.School}/attendance"));
        request.Headers.Add(AeriesRequestHeaders.CertificateHeader, certificate.Value);

        using var response = await http.SendAsync(request).WaitAsync(HangGuard);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.True(body.LongLength > new AeriesClientOptions().MaxResponseBytes, $"the school's attendance is {body.LongLength:N0} bytes");
    }

    [Fact]
    public async Task The_attendance_stream_yields_every_student_the_mock_holds()
    {
        var records = await aeries.Client.StreamAttendanceAsync(aeries.School).ToListAsync().AsTask().WaitAsync(HangGuard);

        Assert.Equal(aeries.StudentIds, records.Select(r => r.StudentID).Order().ToArray());
        Assert.Contains(records, r => r.AttendanceDays.Count > 0);
    }

    [Fact]
    public async Task The_attendance_list_reads_the_whole_school_without_the_whole_answer_cap()
    {
        var records = await aeries.Client.GetAttendanceAsync(aeries.School).WaitAsync(HangGuard);

        Assert.Equal(aeries.StudentIds, records.Select(r => r.StudentID).Order().ToArray());
    }

    [Fact]
    public async Task The_attendance_history_streams_yield_every_student_the_mock_holds()
    {
        var summaries = await aeries.Client.StreamAttendanceHistorySummaryAsync(aeries.School).ToListAsync().AsTask().WaitAsync(HangGuard);
        var details = await aeries.Client.StreamAttendanceHistoryDetailsAsync(aeries.School).ToListAsync().AsTask().WaitAsync(HangGuard);

        Assert.Equal(aeries.StudentIds, summaries.Select(r => r.StudentID).Order().ToArray());
        Assert.Equal(aeries.StudentIds, details.Select(r => r.Fields["StudentID"].GetInt32()).Order().ToArray());
    }

    [Fact]
    public async Task StartDate_and_EndDate_narrow_the_attendance_to_their_days()
    {
        var all = await aeries.Client.StreamAttendanceAsync(aeries.School).ToListAsync().AsTask().WaitAsync(HangGuard);
        var days = all.SelectMany(r => r.AttendanceDays).Select(d => DateOnly.FromDateTime(d.CalendarDate!.Value)).Order().ToList();
        var (from, to) = (days[days.Count / 3], days[days.Count / 2]);

        var window = await aeries.Client.StreamAttendanceAsync(aeries.School, from, to).ToListAsync().AsTask().WaitAsync(HangGuard);
        var inWindow = window.SelectMany(r => r.AttendanceDays).Select(d => DateOnly.FromDateTime(d.CalendarDate!.Value)).ToList();

        Assert.Equal(aeries.StudentIds.Length, window.Count);
        Assert.Equal(days.Count(d => d >= from && d <= to), inWindow.Count);
        Assert.All(inWindow, d => Assert.InRange(d, from, to));
    }

    [Fact]
    public async Task The_guard_refuses_the_stream_before_any_request()
    {
        var options = new AeriesClientOptions();
        aeries.Harness.ConfigureClient(options);
        options.Guard = aeries.Harness.Certificates.Spec;
        var client = new AeriesClient(AeriesBaseUrl.Parse(aeries.Harness.BaseUrl.ToString()), AeriesCertificate.Parse(aeries.Harness.Certificates.Exact.Value), new HttpClient(), options);
        var before = aeries.Harness.Journal.Entries.Count;

        var refused = await Assert.ThrowsAsync<MissingGrantException>(() => client.StreamAttendanceAsync(aeries.School).ToListAsync().AsTask().WaitAsync(HangGuard));

        Assert.Equal("Attendance: Read", refused.Required.ToString());
        Assert.Equal(before, aeries.Harness.Journal.Entries.Count);
    }

    [Fact]
    public async Task A_certificate_without_Attendance_is_refused_by_Aeries()
    {
        var refused = await Assert.ThrowsAsync<AeriesPermissionException>(() => aeries.Harness.Client.StreamAttendanceAsync(aeries.School).ToListAsync().AsTask().WaitAsync(HangGuard));

        Assert.Equal("Attendance: Read", refused.Refused.ToString());
    }
}
