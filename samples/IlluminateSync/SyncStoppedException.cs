using System;
using System.Collections.Generic;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Grants;

namespace IlluminateSync;

/// <summary>
/// Aeries refused a call because the district's certificate lacks a permission. The message names
/// the permission, what the district must tick, and what the sync had already written; after the
/// tick, running the sync again completes it without duplicating those writes.
/// </summary>
public sealed class SyncStoppedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SyncStoppedException(int schoolCode, IReadOnlyList<string> written, AeriesPermissionException refusal)
        : base(Describe(schoolCode, written, refusal), refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Missing = refusal.Refused;
        Written = written;
    }

    /// <summary>The permission the certificate lacks, e.g. "Gradebook Scores: Update".</summary>
    public Grant Missing { get; }

    /// <summary>What Aeries had accepted before the refusal, in words.</summary>
    public IReadOnlyList<string> Written { get; }

    /// <summary>Where the district ticks it: group → area → access, in Security → API Security.</summary>
    public string TickPath => TickPathOf(Missing);

    private static string TickPathOf(Grant grant) => $"{grant.Area.Group} → {grant.Area.Name} → {AccessText.Format(grant.Access)}";

    private static string Describe(int schoolCode, IReadOnlyList<string> written, AeriesPermissionException refusal)
        => $"The sync of school {schoolCode} stopped: the district's Aeries certificate lacks '{refusal.Refused}' ({refusal.OperationId} was refused). "
           + $"Ask the district to tick {TickPathOf(refusal.Refused)} in Aeries under Security → API Security, then run the sync again. "
           + (written.Count == 0 ? "Nothing had been written." : $"Already written: {string.Join("; ", written)}.");
}
