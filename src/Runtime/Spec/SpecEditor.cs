using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Spec;

/// <summary>
/// Adds grants to a spec's text as a person would: more access on an area's existing row ("Read"
/// becomes "Read, Update"), or a new row placed with its group. Everything else (order, quoting,
/// comments, line ends, the presence or absence of a final newline) is left as it was. Shared by
/// the IDE's code fix and <c>illuminate-perms spec add-missing</c>.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal static class SpecEditor
#else
public static class SpecEditor
#endif
{
    /// <summary>
    /// True when the spec has an error about <paramref name="area"/>: a record whose area field names
    /// it, or is a typo closest to it, has an error (misspelt level, misspelt area, duplicate row, wrong
    /// column count). Also true for a spec whose CSV is malformed or has no header: which row is which
    /// cannot be trusted. Adding the grant there would hide the typo or create a duplicate.
    /// </summary>
    /// <param name="text">The spec's text.</param>
    /// <param name="area">The area to add a grant of.</param>
    public static bool HasErrorsAbout(string text, AeriesArea area) => HasErrorsAbout(text, SpecParser.Parse(text), area);

    /// <summary>
    /// The text changes that add <paramref name="grants"/>; empty when the spec cannot take them (no
    /// header). Grants of an area the spec has errors about are left out (see <see cref="HasErrorsAbout(string, AeriesArea)"/>).
    /// </summary>
    /// <param name="text">The spec's text.</param>
    /// <param name="grants">The grants to add, each with the member that needs it.</param>
    public static IReadOnlyList<SpecEdit> AddGrants(string text, IEnumerable<SpecAddition> grants)
    {
        var spec = SpecParser.Parse(text);
        if (spec.Columns is null)
        {
            return Array.Empty<SpecEdit>();
        }

        grants = grants.Where(grant => !HasErrorsAbout(text, spec, grant.Area)).ToList();

        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        var changes = new List<SpecEdit>();
        var newRows = new List<(Anchor Anchor, AeriesArea Area, string Row)>();
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
                newRows.Add((AnchorFor(spec, area.Key), area.Key, NewRow(spec.Columns, area.Key, access, PlaceholderReason.For(members))));
            }
        }

        // Rows that land at the same place go in screen order.
        foreach (var anchor in newRows.GroupBy(row => row.Anchor))
        {
            var rows = anchor.OrderBy(row => row.Area.Order).Select(row => row.Row);
            var inserted = anchor.Key.Before
                ? string.Concat(rows.Select(row => row + newLine))
                : string.Concat(rows.Select(row => newLine + row));
            changes.Add(new SpecEdit(anchor.Key.Position, 0, inserted));
        }

        return changes.OrderBy(change => change.Start).ToList();
    }

    private static bool HasErrorsAbout(string text, PermissionSpec spec, AeriesArea area)
    {
        var errors = spec.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return false;
        }

        if (spec.Columns is null || errors.Any(e => e.Id == SpecDiagnosticIds.MalformedCsv))
        {
            return true;
        }

        var areaColumn = spec.Columns.Area;
        foreach (var record in CsvReader.Read(text).Records.Skip(1))
        {
            var start = record.Span.Offset;
            var end = start + record.Span.Length;
            if (record.Fields.Count > areaColumn
                && errors.Any(e => e.Span.Offset >= start && e.Span.Offset <= end)
                && NamedArea(record.Fields[areaColumn].Value) == area)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The area a field names, or the one its typo is closest to.</summary>
    private static AeriesArea? NamedArea(string field)
        => AreaCatalog.TryFind(field.Trim(), out var area) ? area : AreaCatalog.FindClosest(field.Trim());

    /// <summary>The text with <paramref name="edits"/> (from <see cref="AddGrants"/>: sorted, not overlapping) applied.</summary>
    /// <param name="text">The spec's text.</param>
    /// <param name="edits">The edits.</param>
    public static string Apply(string text, IReadOnlyList<SpecEdit> edits)
    {
        var result = new System.Text.StringBuilder(text);
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            result.Remove(edit.Start, edit.Length).Insert(edit.Start, edit.NewText);
        }

        return result.ToString();
    }

    private static SpecEdit WidenAccess(string text, SpecRow row, AeriesAccess added)
    {
        var span = row.AccessSpan;
        var wasQuoted = span.Length > 0 && text[span.Offset] == '"';
        var access = AccessText.Format(row.Access | added);
        return new SpecEdit(span.Offset, span.Length, CsvWriter.Field(access, forceQuotes: wasQuoted));
    }

    /// <summary>
    /// Where a new row for <paramref name="area"/> goes: inside its group in screen order (after the
    /// group's last row that Aeries shows before it, or else before the group's first row); without
    /// its group, after the last row that Aeries shows before it; else right after the header.
    /// Screen order makes adding grants one at a time give the same file as adding them all at once.
    /// </summary>
    private static Anchor AnchorFor(PermissionSpec spec, AeriesArea area)
    {
        var group = spec.Rows.Where(row => row.Area.Group == area.Group).ToList();
        var previousInGroup = group.LastOrDefault(row => row.Area.Order < area.Order);
        if (previousInGroup is not null)
        {
            return Anchor.After(previousInGroup.Span);
        }

        if (group.Count > 0)
        {
            return new Anchor(group[0].Span.Offset, Before: true);
        }

        var previous = spec.Rows.LastOrDefault(row => row.Area.Order < area.Order);
        return Anchor.After(previous?.Span ?? spec.Columns!.Span);
    }

    /// <summary>An insertion point: right after a record (before its line break), or at the start of one.</summary>
    private readonly record struct Anchor(int Position, bool Before)
    {
        public static Anchor After(SourceSpan record) => new(record.Offset + record.Length, Before: false);
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
