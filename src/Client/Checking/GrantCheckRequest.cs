using System;
using System.Collections.Generic;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Checking;

/// <summary>What to check: a district, its certificate, and the grants the product needs.</summary>
public sealed class GrantCheckRequest
{
    /// <summary>The district's base URL.</summary>
    public required AeriesBaseUrl BaseUrl { get; init; }

    /// <summary>The certificate to check.</summary>
    public required AeriesCertificate Certificate { get; init; }

    /// <summary>The grants of the permission spec.</summary>
    public required GrantSet Spec { get; init; }

    /// <summary>
    /// The product's features, each judged in <see cref="Report.GrantCheckReport.Features"/>: the spec's
    /// Feature column (<see cref="ProductFeature.From"/>), or the generated <c>RequiredGrants.Features</c>
    /// grant sets with their names. Each feature's grants must be grants of <see cref="Spec"/>, and no two
    /// features may share a name. Empty by default: the report then names no feature.
    /// </summary>
    public IReadOnlyList<ProductFeature> Features { get; init; } = Array.Empty<ProductFeature>();

    /// <summary>
    /// Placeholder values to probe with instead of discovering them, e.g. "SchoolCode" = "994",
    /// "StudentID" = "99400001", "StaffID", "SectionNumber", "UniqueID" (an assignment's), or
    /// "GradebookNumber" with "AssignmentNumber". A blocked result's
    /// <see cref="Report.GrantCheckResult.NeededIdentifier"/> names the one it lacks.
    /// </summary>
    public IReadOnlyDictionary<string, string> Identifiers { get; init; } = new Dictionary<string, string>();

    /// <summary>Requests in flight at once (default 8).</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>Time one probe may take, retries included (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time the whole check may take (default 3 minutes); what is not done by then is reported as such.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Also probe catalog areas outside the spec and report those the certificate can read (default true).</summary>
    public bool ProbeOutsideSpec { get; init; } = true;

    /// <summary>The school year to read (the year it starts); null for the district's default.</summary>
    public int? DatabaseYear { get; init; }

    /// <summary>
    /// Opt-in proof of Gradebook Scores: Update by a no-op write: the named score is read, written
    /// back unchanged, and read back. Null (default): write levels are not verifiable.
    /// </summary>
    public ScoreWriteProof? ProveScoreWrite { get; init; }
}
