using System;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>The checker's public surface: its defaults and what it says to a caller that passes nothing.</summary>
public class CheckerApiTests
{
    [Fact]
    public void A_request_has_the_documented_defaults()
    {
        var request = new GrantCheckRequest
        {
            BaseUrl = AeriesBaseUrl.Parse("https://district.example/"),
            Certificate = AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"),
            Spec = GrantSet.Empty,
        };

        Assert.Equal(8, request.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(30), request.RequestTimeout);
        Assert.Equal(TimeSpan.FromMinutes(3), request.Deadline);
        Assert.True(request.ProbeOutsideSpec);
        Assert.Empty(request.Identifiers);
        Assert.Empty(request.Features);
        Assert.Null(request.DatabaseYear);
        Assert.Null(request.ProveScoreWrite);
    }

    [Theory]
    [InlineData("RequestTimeout", 0)]
    [InlineData("RequestTimeout", -1)]
    [InlineData("Deadline", 0)]
    [InlineData("Deadline", -1)]
    [InlineData("RequestTimeout", 50 * 24 * 3600)]
    [InlineData("Deadline", 50 * 24 * 3600)]
    public async Task A_request_with_no_time_or_more_than_a_timer_can_wait_is_refused_naming_the_setting_before_anything_is_sent(string setting, int seconds)
    {
        await using var server = HostileServer.StartTrap();
        using var harness = new CheckerHarness();
        var time = TimeSpan.FromSeconds(seconds);

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.CheckAsync(
            HostileClients.BaseUrl(server),
            HostileClients.NewCertificate(),
            b =>
            {
                b.RequestTimeout = setting == "RequestTimeout" ? time : b.RequestTimeout;
                b.Deadline = setting == "Deadline" ? time : b.Deadline;
            }));

        Assert.Equal("request." + setting, refused.ParamName);
        Assert.Equal(0, server.ConnectionsAccepted);
    }

    [Fact]
    public async Task The_longest_wait_a_timer_can_take_is_a_valid_deadline_and_request_timeout()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50 });
        using var harness = new CheckerHarness();
        var longest = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

        var report = await harness.CheckAsync(mock, "full", b =>
        {
            b.RequestTimeout = longest;
            b.Deadline = longest;
        });

        Assert.Equal(CheckOutcome.Completed, report.Outcome);
    }

    [Fact]
    public async Task Null_arguments_are_refused_by_name()
    {
        using var harness = new CheckerHarness();

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => GrantCheckerServiceCollectionExtensions.AddAeriesGrantChecker(null!)).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => harness.Checker.CheckAsync(null!))).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new ProductFeature(null!, GrantSet.Empty)).ParamName);
        Assert.Equal("grants", Assert.Throws<ArgumentNullException>(() => new ProductFeature("Rostering", null!)).ParamName);
        Assert.Equal("spec", Assert.Throws<ArgumentNullException>(() => ProductFeature.From(null!)).ParamName);
        Assert.Equal("feature", Assert.Throws<ArgumentNullException>(() => EmptyReport().Supports(null!)).ParamName);
    }

    [Fact]
    public void A_report_without_features_says_why_it_cannot_answer_for_one()
    {
        var error = Assert.Throws<ArgumentException>(() => EmptyReport().Supports("Rostering"));

        Assert.Equal("feature", error.ParamName);
        Assert.StartsWith("The report names no feature, so it cannot say whether 'Rostering' works: give the spec's features in GrantCheckRequest.Features.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tick_reads_as_the_path_on_the_aeries_screen()
        => Assert.Equal("Gradebook → Gradebook Scores → Update", new AdminTick("Gradebook", "Gradebook Scores", "Update").ToString());

    private static GrantCheckReport EmptyReport() => new()
    {
        BaseUrl = "https://district.example/",
        Certificate = "0123…cdef",
        Outcome = CheckOutcome.Completed,
        Summary = "0 verified.",
        StartedAt = DateTimeOffset.UnixEpoch,
        Duration = TimeSpan.Zero,
        Requests = 0,
        Identifiers = Array.Empty<IdentifierUse>(),
        Results = Array.Empty<GrantCheckResult>(),
        Excess = Array.Empty<GrantCheckResult>(),
    };
}
