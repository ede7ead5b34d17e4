using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>check --timeout</c> bounds the whole answer: a body sent a byte at a time ends at the timeout, not at the 3-minute deadline.</summary>
public sealed class SlowAnswerCheckTests
{
    [Fact]
    public async Task A_trickling_body_ends_at_the_timeout_given_and_names_it()
    {
        await using var server = HostileServer.Start(HostileAnswers.SlowBody(TimeSpan.FromMilliseconds(200)));
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = "0123456789abcdef0123456789abcdef" };

        var result = await CliRun.InEmptyFolderAsync(variables, "check", "--base-url", server.BaseUrl + "aeries/", "--retries", "0", "--timeout", "2")
            .WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("within 2 s", result.Error, StringComparison.Ordinal);
    }
}
