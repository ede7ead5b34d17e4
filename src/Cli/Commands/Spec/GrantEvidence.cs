using IlluminatePerms.Grants;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>One sign that the product needs a grant: a use in code, or a request in traffic.</summary>
/// <param name="Grant">The grant needed.</param>
/// <param name="Kind">Code or traffic.</param>
/// <param name="What">The member ("Type.Member") or the operation ("GET schools/{SchoolCode}/students").</param>
/// <param name="Where">Where the code uses it ("Sync.cs:42"), or where the request was recorded; null when not known.</param>
/// <param name="Refused">True for a request Aeries answered 401 or 403: the grant was asked for even if not held.</param>
internal sealed record GrantEvidence(Grant Grant, EvidenceKind Kind, string What, string? Where, bool Refused = false);
