namespace IlluminatePerms.Checking.Report;

/// <summary>What the check showed about a product feature (<see cref="FeatureVerdict"/>).</summary>
public enum FeatureSupport
{
    /// <summary>Every grant the feature needs was verified: Aeries answered a request that needs it.</summary>
    Works,

    /// <summary>Aeries refused at least one grant the feature needs: the feature will fail until the admin ticks it.</summary>
    Fails,

    /// <summary>
    /// Nothing the feature needs was refused, but not every grant was verified: not verifiable,
    /// inferred from undocumented behaviour, blocked, in error, or not checked (the check stopped).
    /// </summary>
    Unknown,
}
