using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Microsoft.Extensions.Logging;

namespace IlluminatePerms.Client;

// Reads whose documented answer is every student's records of a school, streamed record by record.
// Aeries documents no paging for them (attendance_endpoints.html: attendance takes only StartDate and
// EndDate), and a school's attendance outgrows any whole-answer cap that still protects memory.
public sealed partial class AeriesClient
{
    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Attendance.GetStudentAttendance)]
    [RequiresGrant("Attendance", AeriesAccess.Read)]
    public IAsyncEnumerable<StudentAttendance> StreamAttendanceAsync(int schoolCode, DateOnly? startDate = null, DateOnly? endDate = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation(AeriesOperationIds.Attendance.GetStudentAttendance);
        return StreamAsync(operation, Values(("SchoolCode", schoolCode)), DateRange(startDate, endDate), AeriesJsonContext.Default.StudentAttendance, cancellationToken);
    }

    /// <summary>Every record of a streamed answer, in a list (no whole-answer cap: the caller asked for all of it).</summary>
    private static async Task<IReadOnlyList<T>> CollectAsync<T>(IAsyncEnumerable<T> records, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(record);
        }

        return list;
    }

    /// <summary>The attendance article's StartDate/EndDate filters (yyyyMMdd), or null when neither is given.</summary>
    private static Dictionary<string, string>? DateRange(DateOnly? startDate, DateOnly? endDate)
    {
        if (startDate is null && endDate is null)
        {
            return null;
        }

        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (startDate is { } start)
        {
            query["StartDate"] = start.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        }

        if (endDate is { } end)
        {
            query["EndDate"] = end.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        }

        return query;
    }

    /// <summary>
    /// Reads an answer record by record: each record is capped (<see cref="AeriesClientOptions.MaxRecordBytes"/>),
    /// their number too (<see cref="AeriesClientOptions.MaxStreamedRecords"/>), and the whole body must
    /// arrive within the attempt's timeout, so an endless or trickling body ends; the answer as a whole has no cap.
    /// </summary>
    private async IAsyncEnumerable<T> StreamAsync<T>(AeriesOperation operation, Dictionary<string, string> values, Dictionary<string, string>? query, JsonTypeInfo<T> type, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limit = options.MaxRecordBytes;
        var most = options.MaxStreamedRecords;
        CappedReadStream? body = null;
        var count = 0;
        await foreach (var record in ReadAsync(operation, values, query, type, raw => body = new CappedReadStream(raw, limit, () => new AeriesRecordTooLargeException(operation.Id, limit)), cancellationToken).ConfigureAwait(false))
        {
            body!.Restart();
            if (++count > most)
            {
                throw new AeriesUnexpectedAnswerException(200, operation.Id, string.Create(CultureInfo.InvariantCulture, $"answered more than {most:N0} records (AeriesClientOptions.MaxStreamedRecords), more than a school holds: the answer was cut off as endless"));
            }

            yield return record;
        }

        logger.LogDebug("Aeries {Operation}: {Count} records streamed", operation.Id, count);
    }
}
