using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>
/// Aeries paging: <c>StartingRecord</c> and <c>EndingRecord</c> are 1-based, inclusive record
/// counts; either may be left out; there is no total-count header. Only the operations the
/// contract marks as paging (<see cref="Contract.AeriesOperation.Pages"/>) read them; the others
/// answer every record.
/// </summary>
internal static class Paging
{
    /// <summary>The page of <paramref name="items"/> the query asks for.</summary>
    public static List<T> Apply<T>(ApiContext context, IEnumerable<T> items)
        => context.Operation.Pages ? Page(context, items, "StartingRecord", "EndingRecord") : items.ToList();

    /// <summary>The page of <paramref name="items"/> by other parameter names (transcripts page by StartingStudent and EndingStudent).</summary>
    public static List<T> Page<T>(ApiContext context, IEnumerable<T> items, string startName, string endName)
    {
        var start = Read(context, startName);
        var end = Read(context, endName);
        if (start is null && end is null)
        {
            return items.ToList();
        }

        var first = start ?? 1;
        if (first == 0 && context.Assumptions.StartingRecordZeroMeansFirst)
        {
            first = 1;
        }

        if (first < 1 || end < 0)
        {
            throw ApiProblem.BadRequest($"{startName} and {endName} are 1-based record numbers.");
        }

        var last = end ?? int.MaxValue;
        if (last < first)
        {
            throw new ApiProblem(context.Assumptions.ReversedPagingStatusCode, $"{endName} ({last}) is before {startName} ({first}).");
        }

        return items.Skip(first - 1).Take(last == int.MaxValue ? int.MaxValue : last - first + 1).ToList();
    }

    private static int? Read(ApiContext context, string name)
    {
        var text = context.Query(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiProblem.BadRequest($"{name} must be a whole number.");
    }
}
