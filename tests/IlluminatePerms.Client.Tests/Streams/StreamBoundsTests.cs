using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Connection;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Streams;

/// <summary>
/// A streamed answer has no whole-answer cap; what bounds it instead: the number of records, the size
/// of each record, and the attempt's timeout over the whole body.
/// </summary>
public sealed class StreamBoundsTests
{
    // Hang guards only: each case ends within seconds once its bound applies.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task An_endless_array_ends_at_the_record_bound_after_yielding_exactly_that_many()
    {
        await using var server = HostileServer.Start(HostileAnswers.EndlessBody());
        var client = HostileClients.Direct(server, HostileClients.NewCertificate(), o => o.MaxStreamedRecords = 5_000);
        var yielded = 0;

        var error = await Assert.ThrowsAsync<AeriesUnexpectedAnswerException>(async () =>
        {
            await foreach (var record in client.StreamAttendanceAsync(994).WithCancellation(default))
            {
                yielded++;
            }
        }).WaitAsync(HangGuard);

        Assert.Equal(5_000, yielded);
        Assert.Contains("more than 5,000 records (AeriesClientOptions.MaxStreamedRecords)", error.Message, StringComparison.Ordinal);
        Assert.Equal("attendance.get_student_attendance", error.OperationId);
    }

    [Fact]
    public async Task An_endless_array_under_no_record_bound_ends_at_the_attempt_timeout()
    {
        await using var server = HostileServer.Start(HostileAnswers.EndlessBody());
        var client = HostileClients.Direct(server, HostileClients.NewCertificate(), o =>
        {
            o.MaxStreamedRecords = int.MaxValue;
            o.AttemptTimeout = Timeout;
        });

        var error = await Assert.ThrowsAsync<AeriesConnectionException>(() => client.StreamAttendanceAsync(994).CountAsync().AsTask().WaitAsync(HangGuard));

        Assert.Equal(Timeout, error.Timeout);
        Assert.Contains("within 2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trickling_body_ends_at_the_attempt_timeout()
    {
        await using var server = HostileServer.Start(HostileAnswers.SlowBody(TimeSpan.FromMilliseconds(200)));
        var client = HostileClients.Direct(server, HostileClients.NewCertificate(), o => o.AttemptTimeout = Timeout);

        var error = await Assert.ThrowsAsync<AeriesConnectionException>(() => client.StreamAttendanceHistoryDetailsAsync(994).CountAsync().AsTask().WaitAsync(HangGuard));

        Assert.Equal(Timeout, error.Timeout);
    }

    [Fact]
    public async Task A_record_over_the_cap_fails_with_a_message_naming_the_cap_after_the_records_before_it()
    {
        var huge = $"{{\"StudentID\":2,\"AttendanceDays\":[{string.Join(",", Enumerable.Repeat("{\"CalendarDate\":\"2026-09-01T00:00:00\",\"AllDayAttendanceCode\":\"A\"}", 2_000))}]}}";
        await using var server = HostileServer.Start(HostileAnswers.Json(200, $"[{Record(1)},{huge},{Record(3)}]"));
        var client = HostileClients.Direct(server, HostileClients.NewCertificate(), o => o.MaxRecordBytes = 64 * 1024);
        var yielded = new System.Collections.Generic.List<int>();

        var error = await Assert.ThrowsAsync<AeriesRecordTooLargeException>(async () =>
        {
            await foreach (var record in client.StreamAttendanceAsync(994).WithCancellation(default))
            {
                yielded.Add(record.StudentID);
            }
        }).WaitAsync(HangGuard);

        Assert.Equal([1], yielded);
        Assert.Equal(64 * 1024, error.LimitBytes);
        Assert.Equal(
            "A record of the Aeries answer to attendance.get_student_attendance was larger than 65,536 bytes, the client's cap per record (AeriesClientOptions.MaxRecordBytes); the answer was abandoned.",
            error.Message);
    }

    [Fact]
    public async Task An_answer_larger_than_the_whole_answer_cap_streams_when_each_record_fits()
    {
        var body = $"[{string.Join(",", Enumerable.Range(1, 400).Select(Record))}]";
        Assert.True(Encoding.UTF8.GetByteCount(body) > 16 * 1024);
        await using var server = HostileServer.Start(HostileAnswers.Json(200, body));
        var client = HostileClients.Direct(server, HostileClients.NewCertificate(), o =>
        {
            o.MaxResponseBytes = 16 * 1024;
            o.MaxRecordBytes = 16 * 1024;
        });

        var records = await client.StreamAttendanceAsync(994).ToListAsync().AsTask().WaitAsync(HangGuard);

        Assert.Equal(Enumerable.Range(1, 400), records.Select(r => r.StudentID));
    }

    [Fact]
    public void The_bounds_are_validated()
    {
        Assert.Throws<InvalidOperationException>(() => Options(o => o.MaxRecordBytes = 1023).Validate());
        Assert.Throws<InvalidOperationException>(() => Options(o => o.MaxStreamedRecords = 0).Validate());
        Options(o => (o.MaxRecordBytes, o.MaxStreamedRecords) = (1024, 1)).Validate();
    }

    private static AeriesClientOptions Options(Action<AeriesClientOptions> configure)
    {
        var options = new AeriesClientOptions();
        configure(options);
        return options;
    }

    private static string Record(int studentId)
        => $"{{\"StudentID\":{studentId},\"AttendanceDays\":[{{\"CalendarDate\":\"2026-09-01T00:00:00\",\"AllDayAttendanceCode\":\"A\",\"Classes\":[]}}]}}";
}
