using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// The no-op score write proves Gradebook Scores: Update only with a success answer to the write and
/// a read-back that matches: a write answered 5xx or 429, or whose answer was lost, may never have
/// reached Aeries, and is sent once, not retried and read back as the client's own writes are.
/// </summary>
public sealed class ScoreWriteProofTests
{
    public static TheoryData<string, string> FailedWrites() => new()
    {
        { "500", "The no-op score write failed: Aeries answered 500 to the write, which may not have reached Aeries, so Gradebook Scores: Update is not proven." },
        { "429", "The no-op score write failed: Aeries answered 429 (too many requests) to the write, which may not have reached Aeries, so Gradebook Scores: Update is not proven." },
        { "closed", "The no-op score write failed: no whole answer came back (the connection failed) and it may or may not have reached Aeries, so Gradebook Scores: Update is not proven." },
        { "cut", "The no-op score write failed: no whole answer came back (the connection failed) and it may or may not have reached Aeries, so Gradebook Scores: Update is not proven." },
        { "page", "The no-op score write failed: the server answered 200 with an HTML page (text/html), not Aeries' JSON: a sign-in page or a proxy in the way?" },
    };

    [Theory]
    [MemberData(nameof(FailedWrites))]
    public async Task A_write_that_did_not_succeed_proves_nothing_and_is_sent_once(string failure, string reason)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        var (gradebook, assignment, score) = await mock.FirstScoreAsync();
        var write = failure switch
        {
            "500" => HostileAnswers.Json(500, "{\"Message\":\"An error has occurred.\"}", "Internal Server Error"),
            "429" => HostileAnswers.RetryAfter(1, status: 429),
            "closed" => EvidenceAnswers.CloseWithoutAnswer(),
            "cut" => EvidenceAnswers.CloseMidAnswer(),
            _ => HostileAnswers.SignInPage(),
        };
        await using var server = HostileServer.Start(EvidenceAnswers.When(r => r.Method == "POST", write, HostileAnswers.Proxy(mock.Server.BaseUrl)));
        using var harness = new CheckerHarness();

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), mock.Certificate("full"), b => b.ProveScoreWrite = new ScoreWriteProof(gradebook, assignment, score.StudentID));

        var update = ScoresUpdate(report);
        Assert.Equal(GrantVerdict.Error, update.Verdict);
        Assert.Equal(reason, update.Reason);
        Assert.False(report.IsSatisfied);
        Assert.Single(server.Received, r => r.Method == "POST");
    }

    [Fact]
    public async Task A_score_without_a_completion_date_is_not_written_since_Aeries_would_date_it()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        var (gradebook, assignment, score) = await mock.FirstScoreAsync();
        var undated = ScoreAsRead(gradebook, assignment, score.StudentID, null, string.Empty, null);
        await using var server = HostileServer.Start(HostileAnswers.ByPath(HostileAnswers.Proxy(mock.Server.BaseUrl), ($"/scores/{score.StudentID}", HostileAnswers.Json(200, undated))));
        using var harness = new CheckerHarness();

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), mock.Certificate("full"), b => b.ProveScoreWrite = new ScoreWriteProof(gradebook, assignment, score.StudentID));

        var update = ScoresUpdate(report);
        Assert.Equal(
            (GrantVerdict.Error, "The score named for the no-op write has no completion date, and Aeries would give it the assignment's due date; nothing was written, so Gradebook Scores: Update is not proven: name a student whose score is entered."),
            (update.Verdict, update.Reason));
        Assert.DoesNotContain(server.Received, r => r.Method == "POST");
    }

    public static TheoryData<string, string> ReadBacks() => new()
    {
        // Another NumberCorrect: the write did not hold.
        { "changed", "Aeries answered 200 to the no-op score write, but the score read back differs (NumberCorrect), so Gradebook Scores: Update is not proven: check the score in Aeries." },
        // Another student's score: the named one did not read back at all.
        { "another", "Aeries answered 200 to the no-op score write, but the score did not read back, so Gradebook Scores: Update is not proven." },
    };

    [Theory]
    [MemberData(nameof(ReadBacks))]
    public async Task A_write_answered_with_success_whose_score_reads_back_otherwise_proves_nothing(string readBack, string reason)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        var (gradebook, assignment, score) = await mock.FirstScoreAsync();
        var changed = JsonSerializer.Serialize(new[]
        {
            new Dictionary<string, object?>
            {
                ["GradebookNumber"] = gradebook,
                ["AssignmentNumber"] = assignment,
                ["StudentID"] = readBack == "another" ? score.StudentID + 1 : score.StudentID,
                ["NumberCorrect"] = readBack == "changed" ? (score.NumberCorrect ?? 0) + 1 : score.NumberCorrect,
                ["Mark"] = score.Mark,
                ["IsMissing"] = score.IsMissing,
                ["DateCompleted"] = score.DateCompleted,
            },
        });
        var written = 0;
        var proxy = HostileAnswers.Proxy(mock.Server.BaseUrl);
        HostileAnswer answer = (request, connection, cancellationToken) =>
        {
            if (request.Method == "POST")
            {
                Interlocked.Exchange(ref written, 1);
            }
            else if (Volatile.Read(ref written) == 1 && EvidenceAnswers.PathEndsWith($"/scores/{score.StudentID}")(request))
            {
                return HostileAnswers.Json(200, changed)(request, connection, cancellationToken);
            }

            return proxy(request, connection, cancellationToken);
        };
        await using var server = HostileServer.Start(answer);
        using var harness = new CheckerHarness();

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), mock.Certificate("full"), b => b.ProveScoreWrite = new ScoreWriteProof(gradebook, assignment, score.StudentID));

        var update = ScoresUpdate(report);
        Assert.Equal(GrantVerdict.Error, update.Verdict);
        Assert.Equal(reason, update.Reason);
        Assert.Single(server.Received, r => r.Method == "POST");
    }

    /// <summary>(NumberCorrect, Mark) as read, and the write's fields: a mark goes back only for a score without a number correct.</summary>
    public static TheoryData<decimal?, string?, string> ScoresAsRead() => new()
    {
        { 7m, "B", "{\"StudentID\":{0},\"NumberCorrect\":7,\"IsMissing\":false,\"DateCompleted\":\"2026/10/01\"}" },
        { null, "B", "{\"StudentID\":{0},\"Mark\":\"B\",\"IsMissing\":false,\"DateCompleted\":\"2026/10/01\"}" },
    };

    [Theory]
    [MemberData(nameof(ScoresAsRead))]
    public async Task The_no_op_write_sends_back_the_score_as_read(decimal? numberCorrect, string? mark, string written)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        var (gradebook, assignment, score) = await mock.FirstScoreAsync();
        var asRead = ScoreAsRead(gradebook, assignment, score.StudentID, numberCorrect, mark, "2026-10-01T00:00:00");
        var reads = EvidenceAnswers.When(
            request => request.Method == "POST",
            HostileAnswers.Json(200, "[]"),
            HostileAnswers.ByPath(HostileAnswers.Proxy(mock.Server.BaseUrl), ($"/scores/{score.StudentID}", HostileAnswers.Json(200, asRead))));
        await using var server = HostileServer.Start(reads);
        using var harness = new CheckerHarness();

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), mock.Certificate("full"), b => b.ProveScoreWrite = new ScoreWriteProof(gradebook, assignment, score.StudentID));

        Assert.Equal(GrantVerdict.Verified, ScoresUpdate(report).Verdict);
        var post = Assert.Single(server.Received, r => r.Method == "POST");
        Assert.Equal("[" + written.Replace("{0}", score.StudentID.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + "]", System.Text.Encoding.UTF8.GetString(post.Body));
    }

    [Fact]
    public async Task A_proven_score_write_also_proves_Gradebook_Scores_Read_when_the_probe_cannot()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        var (gradebook, assignment, score) = await mock.FirstScoreAsync();
        // Without Gradebook Data the checker finds no gradebook to read scores from; the write names one.
        var scoresOnly = mock.Server.Certificate("full") with { Profile = "scores-only", Value = "0123456789abcdef0123456789abcdef", Grants = GrantSet.Parse("Gradebook Scores: Read, Update") };
        mock.Server.AcceptCertificate(scoresOnly);
        using var harness = new CheckerHarness();
        var certificate = AeriesCertificate.Parse(scoresOnly.Value);

        var without = await harness.CheckAsync(mock, certificate);
        var with = await harness.CheckAsync(mock, certificate, b => b.ProveScoreWrite = new ScoreWriteProof(gradebook, assignment, score.StudentID));

        Assert.NotEqual(GrantVerdict.Verified, ScoresRead(without).Verdict);
        Assert.Equal(GrantVerdict.Verified, ScoresUpdate(with).Verdict);
        Assert.Equal(GrantVerdict.Verified, ScoresRead(with).Verdict);
        Assert.StartsWith("The no-op score write read the score, wrote it back and read it back (", ScoresRead(with).Reason, StringComparison.Ordinal);
    }

    private static GrantCheckResult ScoresRead(GrantCheckReport report) => report.Results.Single(r => r.Area == "Gradebook Scores" && r.Access == "Read");

    private static GrantCheckResult ScoresUpdate(GrantCheckReport report) => report.Results.Single(r => r.Area == "Gradebook Scores" && r.Access == "Update");

    /// <summary>A score as Aeries answers it to the proof's reads (not missing).</summary>
    private static string ScoreAsRead(int gradebook, int assignment, int studentId, decimal? numberCorrect, string? mark, string? dateCompleted)
        => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["GradebookNumber"] = gradebook,
            ["AssignmentNumber"] = assignment,
            ["StudentID"] = studentId,
            ["NumberCorrect"] = numberCorrect,
            ["Mark"] = mark,
            ["IsMissing"] = false,
            ["DateCompleted"] = dateCompleted,
        });
}
