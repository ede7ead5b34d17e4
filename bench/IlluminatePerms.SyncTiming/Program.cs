using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.MockAeries.Testing;
using IlluminateSync;

// Usage: SyncTiming [scale] [runs] [latency-ms]
// Starts the mock, picks the school whose student count is nearest 1,500, and times full syncs
// (roster, sections, gradebook, assignment, scores, read-back), resetting the mock before each.
var scale = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 6_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 11;
var latency = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0);

var options = new MockAeriesHarnessOptions
{
    Scale = scale,
    Faults = latency > TimeSpan.Zero ? new[] { new FaultRule { Latency = latency } } : Array.Empty<FaultRule>(),
};
await using var aeries = await MockAeriesHarness.StartAsync(RequiredGrants.All, options);
var roster = aeries.Server.Roster;
var school = roster.SchoolCodes.OrderBy(code => Math.Abs(roster.StudentIdsAt(code).Count - 1_500)).First();
var request = new SyncRequest
{
    SchoolCode = school,
    AssessmentId = "timing-1",
    Title = "Timing",
    Questions = 10,
    DateAssigned = new DateOnly(2026, 9, 14),
    DateDue = new DateOnly(2026, 9, 18),
};
var sync = new GradebookSync(aeries.Client, new FixedResults());

// One warm-up run (JIT, connection pool), not counted.
aeries.Reset();
var report = await sync.RunAsync(request);
var times = new double[runs];
for (var i = 0; i < runs; i++)
{
    aeries.Reset();
    var watch = Stopwatch.StartNew();
    report = await sync.RunAsync(request);
    times[i] = watch.Elapsed.TotalMilliseconds;
}

Array.Sort(times);
Console.WriteLine($"school {school}: {report.Students} students, {report.Sections} sections, {report.ScoresWritten} scores written and read back, {aeries.Journal.Entries.Count} requests per sync, latency {latency.TotalMilliseconds} ms per request");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs: median {times[runs / 2]:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms"));

/// <summary>Every student scores 7.</summary>
internal sealed class FixedResults : IAssessmentResults
{
    public decimal? NumberCorrect(string assessmentId, int studentId) => 7;
}
