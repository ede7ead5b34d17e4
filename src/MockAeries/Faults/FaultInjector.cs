using System;
using System.Collections.Generic;
using IlluminatePerms.MockAeries.Data;

namespace IlluminatePerms.MockAeries.Faults;

/// <summary>Decides, per request, which fault rules fire; deterministic for a seed and a request order.</summary>
public sealed class FaultInjector
{
    private readonly IReadOnlyList<FaultRule> rules;
    private readonly int seed;

    /// <summary>Creates the injector.</summary>
    public FaultInjector(IReadOnlyList<FaultRule> rules, int seed)
    {
        foreach (var rule in rules)
        {
            if (rule.ErrorStatusCode is not (500 or 503))
            {
                throw new ArgumentException($"A fault's error status must be 500 or 503, not {rule.ErrorStatusCode}.", nameof(rules));
            }
        }

        this.rules = rules;
        this.seed = seed;
    }

    /// <summary>The decision for the <paramref name="sequence"/>-th request, on <paramref name="apiPath"/>.</summary>
    public FaultDecision Decide(long sequence, string apiPath)
    {
        var latency = TimeSpan.Zero;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (!rule.AppliesTo(apiPath))
            {
                continue;
            }

            latency += rule.Latency;
            if (Roll(sequence, i, 1) < rule.DropRate)
            {
                return new FaultDecision(latency, FaultKind.Drop, 0, 0);
            }

            if (Roll(sequence, i, 2) < rule.ThrottleRate)
            {
                return new FaultDecision(latency, FaultKind.Throttle, 429, rule.RetryAfterSeconds);
            }

            if (Roll(sequence, i, 3) < rule.ErrorRate)
            {
                return new FaultDecision(latency, FaultKind.Error, rule.ErrorStatusCode, 0);
            }
        }

        return latency == TimeSpan.Zero ? FaultDecision.None : FaultDecision.None with { Latency = latency };
    }

    private double Roll(long sequence, int rule, int kind) => DeterministicHash.Of(seed, sequence, rule, kind) / (double)ulong.MaxValue;
}
