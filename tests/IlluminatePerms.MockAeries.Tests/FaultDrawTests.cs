using System;
using System.Linq;
using IlluminatePerms.MockAeries.Faults;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>The fault injector asked directly: which rules it refuses, and how its draws and latencies add up.</summary>
public sealed class FaultDrawTests
{
    [Theory]
    [InlineData(1.5, 0, 0)]
    [InlineData(-0.1, 0, 0)]
    [InlineData(0, 1.01, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(0, 0, 2)]
    [InlineData(0, 0, -0.5)]
    public void A_rate_outside_zero_to_one_is_refused(double error, double throttle, double drop)
    {
        var refused = Assert.Throws<ArgumentException>(() => new FaultInjector(new[] { new FaultRule { ErrorRate = error, ThrottleRate = throttle, DropRate = drop } }, 1));

        Assert.StartsWith("Fault rates are fractions between 0 and 1.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_of_exactly_zero_and_one_are_taken_and_a_wrong_status_is_named()
    {
        _ = new FaultInjector(new[] { new FaultRule { ErrorRate = 1, ThrottleRate = 0, DropRate = 1 } }, 1);

        var refused = Assert.Throws<ArgumentException>(() => new FaultInjector(new[] { new FaultRule { ErrorRate = 1, ErrorStatusCode = 404 } }, 1));

        Assert.StartsWith("A fault's error status must be 500 or 503, not 404.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_kind_of_fault_is_drawn_on_its_own()
    {
        // Half throttled, and half of the rest failed: if the two draws were one, no request would fail.
        var injector = new FaultInjector(new[] { new FaultRule { ThrottleRate = 0.5, ErrorRate = 0.5 } }, 3);

        var kinds = Enumerable.Range(0, 400).Select(i => injector.Decide((ulong)i * 7919, "schools").Kind).ToList();

        Assert.InRange(kinds.Count(k => k == FaultKind.Throttle), 150, 250);
        Assert.InRange(kinds.Count(k => k == FaultKind.Error), 60, 140);
        Assert.Equal(0, kinds.Count(k => k == FaultKind.Drop));
    }

    [Fact]
    public void Each_rule_is_drawn_on_its_own()
    {
        // Two rules of one rate on the same paths: if they shared their draws, the second would never fire.
        var injector = new FaultInjector(new[] { new FaultRule { ErrorRate = 0.5, ErrorStatusCode = 500 }, new FaultRule { ErrorRate = 0.5, ErrorStatusCode = 503 } }, 5);

        var statuses = Enumerable.Range(0, 400).Select(i => injector.Decide((ulong)i * 7919, "schools").StatusCode).ToList();

        Assert.InRange(statuses.Count(s => s == 500), 150, 250);
        Assert.InRange(statuses.Count(s => s == 503), 60, 140);
    }

    [Fact]
    public void Latencies_of_the_rules_that_apply_add_up_and_the_others_add_nothing()
    {
        var injector = new FaultInjector(
            new[]
            {
                new FaultRule { Latency = TimeSpan.FromMilliseconds(100) },
                new FaultRule { PathPrefix = "/schools", Latency = TimeSpan.FromMilliseconds(20) },
                new FaultRule { PathPrefix = "staff", Latency = TimeSpan.FromSeconds(5) },
            },
            1);

        var decision = injector.Decide(42, "Schools/994/students");

        Assert.Equal((FaultKind.None, TimeSpan.FromMilliseconds(120)), (decision.Kind, decision.Latency));
        Assert.True(injector.IsActive);
        Assert.False(new FaultInjector(Array.Empty<FaultRule>(), 1).IsActive);
    }
}
