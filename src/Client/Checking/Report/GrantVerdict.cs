namespace IlluminatePerms.Checking.Report;

/// <summary>What calling Aeries showed about one access level of one area.</summary>
public enum GrantVerdict
{
    /// <summary>Aeries answered the probe: the certificate has it.</summary>
    Verified,

    /// <summary>Aeries refused the probe (401 or 403) with the certificate otherwise valid: tick it.</summary>
    Missing,

    /// <summary>
    /// Calling the API cannot show it: no documented read endpoint, a write level that cannot be
    /// proven without writing, or an endpoint that filters records instead of refusing.
    /// </summary>
    NotVerifiable,

    /// <summary>The probe needs an identifier that only a grant the certificate lacks could reveal.</summary>
    Blocked,

    /// <summary>The probe failed for another reason (unreachable, 5xx, timeout, deadline, unexpected status).</summary>
    Error,

    /// <summary>
    /// Aeries answered, and the answer suggests the certificate has it, but only through behaviour
    /// Aeries does not document: rows of this area in the programs answer, whose article names the
    /// screen heading "Student Programs" and never says that rows are filtered by permission. Not a
    /// proof: counted like <see cref="NotVerifiable"/> (never missing, never a failure).
    /// </summary>
    Inferred,

    /// <summary>
    /// The check stopped (cancelled, or its deadline passed) before this probe finished: nothing is
    /// known about the grant. Never a failure of the certificate and never an error of the server.
    /// </summary>
    NotChecked,
}
