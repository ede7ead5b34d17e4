using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using IlluminatePerms.MockAeries.Data;

namespace IlluminatePerms.MockAeries.Faults;

/// <summary>
/// Decides, per request, which fault rules fire. The draw depends on the seed, the request's
/// content (its <see cref="RequestFingerprint"/>) and how many times that same request has been
/// made (its attempt number), never on the order requests arrive in: a seeded run gives each
/// request the same fate under any concurrency, and a client's retry is a new attempt.
/// </summary>
internal sealed class FaultInjector
{
    private readonly IReadOnlyList<FaultRule> rules;
    private readonly int seed;
    private readonly ConcurrentDictionary<ulong, long> attempts = new();

    /// <summary>Creates the injector.</summary>
    /// <exception cref="ArgumentException">A rule's error status is not 500 or 503, or a rate is outside 0 to 1.</exception>
    public FaultInjector(IReadOnlyList<FaultRule> rules, int seed)
    {
        foreach (var rule in rules)
        {
            if (rule.ErrorStatusCode is not (500 or 503))
            {
                throw new ArgumentException($"A fault's error status must be 500 or 503, not {rule.ErrorStatusCode}.", nameof(rules));
            }

            if (rule.ErrorRate is < 0 or > 1 || rule.ThrottleRate is < 0 or > 1 || rule.DropRate is < 0 or > 1)
            {
                throw new ArgumentException("Fault rates are fractions between 0 and 1.", nameof(rules));
            }
        }

        this.rules = rules;
        this.seed = seed;
    }

    /// <summary>False when there are no rules: the pipeline then skips fingerprinting.</summary>
    public bool IsActive => rules.Count > 0;

    /// <summary>Forgets the attempt counts (a reset server starts over).</summary>
    public void Reset() => attempts.Clear();

    /// <summary>The decision for the next attempt of the request with <paramref name="fingerprint"/>, on <paramref name="apiPath"/>.</summary>
    public FaultDecision Decide(ulong fingerprint, string apiPath)
    {
        if (rules.Count == 0)
        {
            return FaultDecision.None;
        }

        var attempt = attempts.AddOrUpdate(fingerprint, 1, static (_, n) => n + 1);
        var latency = TimeSpan.Zero;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (!rule.AppliesTo(apiPath))
            {
                continue;
            }

            latency += rule.Latency;
            if (attempt > rule.MaxFailuresPerRequest)
            {
                continue;
            }

            if (Roll(fingerprint, attempt, i, 1) < rule.DropRate)
            {
                return new FaultDecision(latency, FaultKind.Drop, 0, 0);
            }

            if (Roll(fingerprint, attempt, i, 2) < rule.ThrottleRate)
            {
                return new FaultDecision(latency, FaultKind.Throttle, 429, rule.RetryAfterSeconds);
            }

            if (Roll(fingerprint, attempt, i, 3) < rule.ErrorRate)
            {
                return new FaultDecision(latency, FaultKind.Error, rule.ErrorStatusCode, 0);
            }
        }

        return latency == TimeSpan.Zero ? FaultDecision.None : FaultDecision.None with { Latency = latency };
    }

    private double Roll(ulong fingerprint, long attempt, int rule, int kind)
        => DeterministicHash.Of(seed, unchecked((long)fingerprint), attempt, rule * 4L + kind) / (double)ulong.MaxValue;
}
