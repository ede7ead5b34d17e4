using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Checklist;

/// <summary>One row of the Aeries API Security screen to tick: an area, its columns, why, and the product features it serves.</summary>
public sealed class ChecklistRow
{
    /// <summary>Creates a row that names no feature.</summary>
    /// <param name="grant">The area and the columns (access levels) to tick on it.</param>
    /// <param name="reason">Why the product needs it, in words for the district's administrator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public ChecklistRow(Grant grant, string reason)
        : this(grant, reason, Array.Empty<string>())
    {
    }

    /// <summary>Creates a row.</summary>
    /// <param name="grant">The area and the columns (access levels) to tick on it.</param>
    /// <param name="reason">Why the product needs it, in words for the district's administrator.</param>
    /// <param name="features">The product features the tick serves (the spec's Feature column), in the author's order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="features"/> is null, or a feature is null.</exception>
    public ChecklistRow(Grant grant, string reason, IEnumerable<string> features)
    {
        Grant = grant;
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        var list = (features ?? throw new ArgumentNullException(nameof(features))).ToList();
        if (list.Any(feature => feature is null))
        {
            throw new ArgumentNullException(nameof(features), "A feature is null.");
        }

        Features = list;
    }

    /// <summary>The area and the columns to tick.</summary>
    public Grant Grant { get; }

    /// <summary>Why the product needs the grant.</summary>
    public string Reason { get; }

    /// <summary>The product features the tick serves; empty when the spec names none.</summary>
    public IReadOnlyList<string> Features { get; }
}
