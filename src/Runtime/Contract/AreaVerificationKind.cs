namespace IlluminatePerms.Contract;

/// <summary>How a check can tell whether a certificate has Read on an area.</summary>
#if BUILDING_SOURCE_GENERATOR
internal enum AreaVerificationKind
#else
public enum AreaVerificationKind
#endif
{
    /// <summary>A documented GET needs exactly Read on the area: its answer proves the grant or its refusal the lack.</summary>
    Probe,

    /// <summary>
    /// Rows of the area's kind in the answer of a read shared by several areas suggest the grant; that
    /// the answer depends on the grant is an undocumented assumption, so it is never a proof.
    /// </summary>
    Inferred,

    /// <summary>Calling the API cannot show it (only writes or commands use the area, or no endpoint does).</summary>
    NotVerifiable,
}
