namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>Where a sign that the product needs a grant comes from.</summary>
internal enum EvidenceKind
{
    /// <summary>A use of a [RequiresGrant] member in the code, as the build reported it (IP0007).</summary>
    Code,

    /// <summary>A request to Aeries, recorded by the proxy or the mock.</summary>
    Traffic,
}
