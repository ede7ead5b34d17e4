using System;
using System.Collections.Generic;
using System.Linq;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// What an inferred row's placeholder reason says it is used by: the call sites ("Sync.Run at
/// Sync.cs:12") and the operations with their request counts ("GET schools/{SchoolCode}/students ×3,
/// 1 refused"), a few of each and "and N more", so that the author knows where to look when rewriting it.
/// </summary>
internal static class EvidenceReason
{
    /// <summary>Call sites, and operations, named at most.</summary>
    public const int Shown = 3;

    /// <summary>The text for the evidence of one row (code first, then traffic).</summary>
    public static string For(IEnumerable<GrantEvidence> evidence)
    {
        var all = evidence.ToList();
        var parts = new List<string>();
        var sites = all.Where(e => e.Kind == EvidenceKind.Code)
            .Select(e => e.Where is null ? e.What : $"{e.What} at {e.Where}")
            .Distinct()
            .OrderBy(site => site, StringComparer.Ordinal)
            .ToList();
        if (sites.Count > 0)
        {
            parts.Add("code: " + Capped(sites, "call site"));
        }

        var operations = all.Where(e => e.Kind == EvidenceKind.Traffic)
            .GroupBy(e => e.What)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ×{g.Count()}{Refusals(g.Count(e => e.Refused))}")
            .ToList();
        if (operations.Count > 0)
        {
            parts.Add("traffic: " + Capped(operations, "operation"));
        }

        return string.Join("; ", parts);
    }

    private static string Refusals(int refused) => refused == 0 ? string.Empty : $" ({refused} refused)";

    private static string Capped(List<string> items, string what)
    {
        var shown = string.Join(", ", items.Take(Shown));
        var more = items.Count - Shown;
        return more > 0 ? $"{shown} and {more} more {what}{(more == 1 ? string.Empty : "s")}" : shown;
    }
}
