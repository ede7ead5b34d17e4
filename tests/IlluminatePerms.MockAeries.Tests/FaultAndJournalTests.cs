using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

public sealed class FaultAndJournalTests
{
    [Fact]
    public async Task Latency_delays_the_answer_on_the_paths_it_names()
    {
        await using var server = await Start(new FaultRule { PathPrefix = "schools/994/students", Latency = TimeSpan.FromMilliseconds(300) });
        using var aeries = new AeriesCaller(server);

        var slow = Stopwatch.StartNew();
        Assert.Equal(200, (await aeries.GetAsync("schools/994/students/99400001")).Status);
        var delayed = slow.Elapsed;
        slow.Restart();
        Assert.Equal(200, (await aeries.GetAsync("schools/994/BellSchedule", "demo")).Status);

        // Timers may fire a tick early against the stopwatch: 250 ms still tells a 300 ms delay from none.
        Assert.True(delayed >= TimeSpan.FromMilliseconds(250), $"answered after {delayed.TotalMilliseconds} ms");
        Assert.True(slow.Elapsed < delayed, $"an unnamed path took {slow.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(new[] { 200, 200 }, server.Journal.Entries.Select(e => e.StatusCode));
    }

    [Fact]
    public async Task Error_rates_are_seeded_and_repeatable()
    {
        var rule = new FaultRule { ErrorRate = 0.3, ErrorStatusCode = 500 };
        var first = await Statuses(rule, seed: 5);
        var second = await Statuses(rule, seed: 5);
        var other = await Statuses(rule, seed: 6);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.InRange(first.Count(s => s == 500), 35, 85);
        Assert.All(first, s => Assert.True(s is 200 or 500));
    }

    [Fact]
    public async Task A_global_503_rule_answers_every_request_with_an_aeries_message()
    {
        await using var server = await Start(new FaultRule { ErrorRate = 1, ErrorStatusCode = 503 });
        using var aeries = new AeriesCaller(server);

        var answer = await aeries.GetAsync("systeminfo", profile: null);

        Assert.Equal(503, answer.Status);
        Assert.Equal("The service is unavailable.", answer.Message);
    }

    [Fact]
    public async Task A_500_rule_answers_with_its_own_message()
    {
        await using var server = await Start(new FaultRule { ErrorRate = 1, ErrorStatusCode = 500 });
        using var aeries = new AeriesCaller(server);

        var answer = await aeries.GetAsync("systeminfo", profile: null);

        Assert.Equal((500, "An unexpected error occurred."), (answer.Status, answer.Message));
    }

    [Fact]
    public async Task Requests_that_differ_only_in_their_query_are_different_requests_to_the_faults()
    {
        // Each request may fail once: had the query been left out, only the first would.
        await using var server = await Start(new FaultRule { ErrorRate = 0.5, MaxFailuresPerRequest = 1 });
        using var aeries = new AeriesCaller(server);

        var failed = 0;
        for (var i = 1; i <= 100; i++)
        {
            failed += (await aeries.GetAsync($"schools/994/students?StartingRecord={i}&EndingRecord={i}")).Status == 503 ? 1 : 0;
        }

        Assert.InRange(failed, 25, 75);
    }

    [Fact]
    public async Task Throttling_answers_429_with_retry_after()
    {
        await using var server = await Start(new FaultRule { ThrottleRate = 1, RetryAfterSeconds = 7 });
        using var aeries = new AeriesCaller(server);

        var answer = await aeries.GetAsync("schools/994/students");

        Assert.Equal(429, answer.Status);
        Assert.Equal("Too many requests; retry later.", answer.Message);
        Assert.Equal(TimeSpan.FromSeconds(7), answer.RetryAfter);
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_request_and_is_journaled()
    {
        await using var server = await Start(new FaultRule { PathPrefix = "staff", DropRate = 1 });
        using var aeries = new AeriesCaller(server);

        await Assert.ThrowsAsync<HttpRequestException>(() => aeries.GetAsync("staff/994605"));
        Assert.Equal(200, (await aeries.GetAsync("schools/994/students/99400001")).Status);

        // One entry per request: nothing is answered, or journaled, after the drop.
        var entries = server.Journal.Entries;
        Assert.Equal(new[] { "/api/v5/staff/994605", "/api/v5/schools/994/students/99400001" }, entries.Select(e => e.Path));
        Assert.Equal((FaultKind.Drop, 0, "127.0.0.1"), (entries[0].Fault, entries[0].StatusCode, entries[0].Client));
    }

    [Fact]
    public async Task Faults_follow_the_request_and_its_attempt_not_the_order_of_arrival()
    {
        var rule = new FaultRule { ErrorRate = 0.5, ErrorStatusCode = 500 };
        var paths = Enumerable.Range(1, 40).Select(n => $"schools/994/students/{99400000 + n}").ToList();

        // One run asks in order, one by one; the other asks in reverse order, all at once.
        var inOrder = new Dictionary<string, int>();
        await using (var server = await Start(rule, seed: 9))
        using (var aeries = new AeriesCaller(server))
        {
            foreach (var path in paths)
            {
                inOrder[path] = (await aeries.GetAsync(path)).Status;
            }
        }

        Dictionary<string, int> concurrent;
        await using (var server = await Start(rule, seed: 9))
        using (var aeries = new AeriesCaller(server))
        {
            var answers = await Task.WhenAll(Enumerable.Reverse(paths).Select(async path => (path, (await aeries.GetAsync(path)).Status)));
            concurrent = answers.ToDictionary(a => a.path, a => a.Status);
        }

        Assert.Equal(inOrder.OrderBy(p => p.Key), concurrent.OrderBy(p => p.Key));
        Assert.Contains(500, inOrder.Values);
        Assert.Contains(200, inOrder.Values);
    }

    [Fact]
    public async Task A_retry_is_a_new_attempt_and_reset_starts_the_attempts_over()
    {
        await using var server = await Start(new FaultRule { ErrorRate = 0.5, ErrorStatusCode = 503 }, seed: 3);
        using var aeries = new AeriesCaller(server);

        var first = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            first.Add((await aeries.GetAsync("schools/994/students/99400001")).Status);
        }

        server.Reset();
        var again = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            again.Add((await aeries.GetAsync("schools/994/students/99400001")).Status);
        }

        Assert.Contains(503, first);
        Assert.Contains(200, first);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task A_request_fails_at_most_the_limit_of_its_rule_then_passes()
    {
        await using var server = await Start(new FaultRule { ErrorRate = 1, ErrorStatusCode = 503, MaxFailuresPerRequest = 2 });
        using var aeries = new AeriesCaller(server);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await aeries.GetAsync("schools/994/students/99400001")).Status);
        }

        Assert.Equal(new[] { 503, 503, 200, 200 }, statuses);
    }

    [Fact]
    public void Fault_rules_reject_a_status_other_than_500_or_503()
        => Assert.Throws<ArgumentException>(() => new FaultInjector(new[] { new FaultRule { ErrorRate = 1, ErrorStatusCode = 404 } }, 1));

    [Fact]
    public async Task The_journal_names_profiles_and_paths_but_never_certificates_or_query_strings()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50 });
        using var aeries = new AeriesCaller(server);

        await aeries.GetAsync("schools/994/students?StartingRecord=1&EndingRecord=2", "full");
        await aeries.GetAsync("schools/994/students", "empty");
        await aeries.SendWithCertificateAsync("schools/994/students", "not-a-certificate");
        await aeries.GetAsync("systeminfo", profile: null);

        var entries = server.Journal.Entries;
        Assert.Equal(new[] { 1L, 2, 3, 4 }, entries.Select(e => e.Sequence));
        Assert.Equal(new[] { "full", "empty", "unknown", "none" }, entries.Select(e => e.Profile));
        Assert.Equal(new[] { 200, 401, 401, 200 }, entries.Select(e => e.StatusCode));
        Assert.Equal("/api/v5/schools/994/students", entries[0].Path);
        var everything = JsonSerializer.Serialize(entries);
        Assert.All(server.Certificates, c => Assert.DoesNotContain(c.Value, everything));
        Assert.DoesNotContain("not-a-certificate", everything);
        Assert.DoesNotContain("StartingRecord", everything);
    }

    [Fact]
    public async Task The_journal_keeps_the_newest_entries_up_to_its_capacity_and_starts_over_after_a_reset()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, JournalCapacity = 2 });
        using var aeries = new AeriesCaller(server);

        await aeries.GetAsync("systeminfo", profile: null);
        await aeries.GetAsync("schools/994");
        var full = server.Journal.Entries.Select(e => e.Sequence).ToList();
        await aeries.GetAsync("schools/994/students/99400001");
        var kept = server.Journal.Entries.Select(e => e.Path).ToList();
        server.Reset();
        await aeries.GetAsync("systeminfo", profile: null);
        await aeries.GetAsync("schools/994");

        Assert.Equal(new[] { 1L, 2 }, full);
        Assert.Equal(new[] { "/api/v5/schools/994", "/api/v5/schools/994/students/99400001" }, kept);
        Assert.Equal(new[] { "/api/v5/systeminfo", "/api/v5/schools/994" }, server.Journal.Entries.Select(e => e.Path));
        Assert.Equal(new[] { 1L, 2 }, server.Journal.Entries.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Unmatched_requests_fail_loudly_naming_the_closest_route()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50 });
        using var aeries = new AeriesCaller(server);

        var typo = await aeries.GetAsync("schools/994/studnets");
        Assert.Equal(404, typo.Status);
        Assert.Equal("No Aeries v5 endpoint matches GET /api/v5/schools/994/studnets. The closest known route is GET /api/v5/schools/{SchoolCode}/students/{StudentID?}.", typo.Message);

        var gradebook = await aeries.GetAsync("gradebook/4366926/assignment");
        Assert.EndsWith("The closest known route is GET /api/v5/gradebooks/{GradebookNumber}/assignments/{AssignmentNumber?}.", gradebook.Message);

        var wrongMethod = await aeries.PostAsync("schools/994/students", "{}", "full");
        Assert.Equal((405, "POST is not allowed on /api/v5/schools/994/students."), (wrongMethod.Status, wrongMethod.Message));
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        var outside = await http.GetAsync("api/v4/schools");
        Assert.Equal(404, (int)outside.StatusCode);
        Assert.Contains("serves only /api/v5/", await outside.Content.ReadAsStringAsync());
        var tooShort = await http.GetAsync("x");
        Assert.Equal(404, (int)tooShort.StatusCode);
        Assert.Contains("nothing answers GET /x.", await tooShort.Content.ReadAsStringAsync());
    }

    private static Task<MockAeriesServer> Start(FaultRule rule, int seed = 1)
        => MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, Seed = seed, Faults = new[] { rule } });

    private static async Task<List<int>> Statuses(FaultRule rule, int seed)
    {
        await using var server = await Start(rule, seed);
        using var aeries = new AeriesCaller(server);
        var statuses = new List<int>();
        for (var i = 0; i < 200; i++)
        {
            statuses.Add((await aeries.GetAsync("systeminfo", profile: null)).Status);
        }

        return statuses;
    }
}
