using System;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Checklist;

/// <summary>One row of the Aeries API Security screen to tick: an area, its columns and why.</summary>
public sealed class ChecklistRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="grant">The area and the columns (access levels) to tick on it.</param>
    /// <param name="reason">Why the product needs it, in words for the district's administrator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public ChecklistRow(Grant grant, string reason)
    {
        Grant = grant;
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The area and the columns to tick.</summary>
    public Grant Grant { get; }

    /// <summary>Why the product needs the grant.</summary>
    public string Reason { get; }
}
