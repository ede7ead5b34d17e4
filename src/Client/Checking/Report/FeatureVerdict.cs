using System.Collections.Generic;

namespace IlluminatePerms.Checking.Report;

/// <summary>
/// The verdict on one product feature, from the results of the grants it needs. It claims only what
/// was seen: <see cref="FeatureSupport.Fails"/> when a grant was refused, <see cref="FeatureSupport.Works"/>
/// when every grant was verified, else <see cref="FeatureSupport.Unknown"/> (an inferred grant is not
/// verified, so a feature resting on one is unknown).
/// </summary>
public sealed record FeatureVerdict
{
    /// <summary>The feature's name as written in the spec.</summary>
    public required string Name { get; init; }

    /// <summary>Works, fails or unknown.</summary>
    public required FeatureSupport Verdict { get; init; }

    /// <summary>Why, in a sentence naming the grants that decided it.</summary>
    public required string Reason { get; init; }

    /// <summary>The feature's grants Aeries refused (<see cref="GrantVerdict.Missing"/>), each with what to tick; empty unless it fails.</summary>
    public required IReadOnlyList<GrantCheckResult> Missing { get; init; }

    /// <summary>
    /// The feature's grants the check could not tell: not verifiable, inferred, blocked, in error or
    /// not checked (a check that ended before probing gives every grant as not checked, with why).
    /// </summary>
    public required IReadOnlyList<GrantCheckResult> Untold { get; init; }

    /// <summary>The feature's grants Aeries answered: what a working feature rests on.</summary>
    public required IReadOnlyList<GrantCheckResult> Verified { get; init; }
}
