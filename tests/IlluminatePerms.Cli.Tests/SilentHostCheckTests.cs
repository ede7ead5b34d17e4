using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// <c>check --timeout N</c> against a host that accepts connections and never answers: exit 1 after
/// the attempts the retries allow (not at the check's 3-minute deadline), saying the time per attempt
/// and the total waited.
/// </summary>
public sealed class SilentHostCheckTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("2")]
    public async Task A_silent_host_ends_with_exit_1_and_says_the_total_time_waited(string retries)
    {
        await using var server = HostileServer.Start(HostileAnswers.Silence());
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = "0123456789abcdef0123456789abcdef" };

        // Hang guard only, far above what a few 1-second attempts take.
        var result = await CliRun.InEmptyFolderAsync(variables, "check", "--base-url", server.BaseUrl + "aeries/", "--timeout", "1", "--retries", retries)
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, result.ExitCode);
        var message = Regex.Match(result.Error, @"error: 127\.0\.0\.1 did not answer within 1 s per attempt \((\d+(?:\.\d)?) s waited in all, retries included\)\. Check that the district's Aeries is up, or raise --timeout\.");
        Assert.True(message.Success, result.All);
        // The total said is the time waited, not the limit repeated: each systeminfo attempt the host
        // received waited out its full second, one after another.
        var systeminfoAttempts = server.Received.Count(r => r.Target.Contains("systeminfo", StringComparison.Ordinal));
        Assert.InRange(systeminfoAttempts, 1, 1 + int.Parse(retries, CultureInfo.InvariantCulture));
        Assert.True(double.Parse(message.Groups[1].Value, CultureInfo.InvariantCulture) >= systeminfoAttempts - 0.1, $"{message.Value} after {systeminfoAttempts} systeminfo attempt(s)");
        // Bounded by the retries, not by the deadline: systeminfo and schools, each tried 1 + retries times at most.
        var attempts = 1 + int.Parse(retries, CultureInfo.InvariantCulture);
        Assert.InRange(server.Received.Count, 1, 2 * attempts);
    }
}
