using System;
using System.Globalization;
using IlluminatePerms.Checking;
using IlluminatePerms.Client.Models;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>What the no-op score write proof counts as a changed score: only the fields the write sends, the date without its time.</summary>
public sealed class ScoreReadBackTests
{
    private static readonly AssignmentScore Before = Score();

    [Fact]
    public void An_unchanged_score_has_no_difference_even_when_fields_the_write_does_not_send_moved()
    {
        Assert.Empty(ScoreReadBack.Differences(Before, Score(pointsEarned: 9, date: "2026-09-01T00:00")));
    }

    [Fact]
    public void Each_field_the_write_sends_is_named_when_it_reads_back_differently()
    {
        var after = Score(numberCorrect: null, mark: "b", isMissing: true, date: "2026-09-02T10:30");

        Assert.Equal(new[] { "NumberCorrect", "Mark", "IsMissing", "DateCompleted" }, ScoreReadBack.Differences(Before, after));
        Assert.Equal(new[] { "DateCompleted" }, ScoreReadBack.Differences(Before, Score(date: null)));
        Assert.Equal(new[] { "Mark" }, ScoreReadBack.Differences(Before, Score(mark: null)));
    }

    private static AssignmentScore Score(decimal? numberCorrect = 8, string? mark = "B", bool isMissing = false, string? date = "2026-09-01T10:30", decimal? pointsEarned = 8) => new()
    {
        StudentID = 1,
        NumberCorrect = numberCorrect,
        Mark = mark,
        IsMissing = isMissing,
        DateCompleted = date is null ? null : DateTime.Parse(date, CultureInfo.InvariantCulture),
        PointsEarned = pointsEarned,
    };
}
