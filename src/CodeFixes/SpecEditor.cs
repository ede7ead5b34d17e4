using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Microsoft.CodeAnalysis.Text;

namespace IlluminatePerms.CodeFixes;

/// <summary>
/// Adds grants to a spec's text as a person would: more access on an area's existing row ("Read"
/// becomes "Read, Update"), or a new row placed with its group. Everything else (order, quoting,
/// comments, line ends, the presence or absence of a final newline) is left as it was.
/// </summary>
internal static class SpecEditor
{
    /// <summary>The text changes that add <paramref name="grants"/>; empty when the spec cannot take them (no header).</summary>
    public static IReadOnlyList<TextChange> AddGrants(string text, IEnumerable<MissingGrant> grants)
    {
        var spec = SpecParser.Parse(text);
        if (spec.Columns is null)
        {
            return Array.Empty<TextChange>();
        }

        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        var changes = new List<TextChange>();
        var newRows = new List<(int Anchor, AeriesArea Area, string Row)>();
        foreach (var area in grants.GroupBy(g => g.Area))
        {
            var access = area.Aggregate(AeriesAccess.None, (all, grant) => all | grant.Access);
            var existing = spec.Rows.FirstOrDefault(row => row.Area == area.Key);
            if (existing is not null)
            {
                changes.Add(WidenAccess(text, existing, access));
            }
            else
            {
                var members = string.Join(", ", area.Select(g => g.Member).Distinct().OrderBy(m => m, StringComparer.Ordinal));
                newRows.Add((AnchorFor(spec, area.Key), area.Key, NewRow(spec.Columns, area.Key, access, $"Needed by {members}")));
            }
        }

        // Rows that land after the same anchor go in screen order.
        foreach (var anchor in newRows.GroupBy(row => row.Anchor))
        {
            var inserted = string.Concat(anchor.OrderBy(row => row.Area.Order).Select(row => newLine + row.Row));
            changes.Add(new TextChange(new TextSpan(anchor.Key, 0), inserted));
        }

        return changes.OrderBy(change => change.Span.Start).ToList();
    }

    private static TextChange WidenAccess(string text, SpecRow row, AeriesAccess added)
    {
        var span = row.AccessSpan;
        var wasQuoted = span.Length > 0 && text[span.Offset] == '"';
        var access = AccessText.Format(row.Access | added);
        return new TextChange(new TextSpan(span.Offset, span.Length), CsvWriter.Field(access, forceQuotes: wasQuoted));
    }

    /// <summary>After the last row of the area's group; else after the last row that Aeries shows before it; else after the header.</summary>
    private static int AnchorFor(PermissionSpec spec, AeriesArea area)
    {
        var sameGroup = spec.Rows.LastOrDefault(row => row.Area.Group == area.Group);
        var before = spec.Rows.LastOrDefault(row => row.Area.Order < area.Order);
        var anchor = sameGroup?.Span ?? before?.Span ?? spec.Columns!.Span;
        return anchor.Offset + anchor.Length;
    }

    private static string NewRow(SpecColumns columns, AeriesArea area, AeriesAccess access, string reason)
    {
        var fields = new string[columns.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = string.Empty;
        }

        if (columns.Group >= 0)
        {
            fields[columns.Group] = area.Group;
        }

        fields[columns.Area] = area.Name;
        fields[columns.Access] = AccessText.Format(access);
        fields[columns.Reason] = reason;
        return CsvWriter.Record(fields);
    }
}
