using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Spec;

/// <summary>
/// Where each column stands in a spec, read from its header. Headers may use the article's words
/// ("Table/Program Area", "Permission Needed") or short ones ("Area", "Access"), in any order.
/// </summary>
internal sealed class SpecColumns
{
    /// <summary>The header the project's own spec uses; also named in error messages.</summary>
    public const string CanonicalHeader = "Group,Table/Program Area,Permission Needed,Reason";

    private static readonly string[] GroupNames = { "group" };
    private static readonly string[] AreaNames = { "table/program area", "table / program area", "area" };
    private static readonly string[] AccessNames = { "permission needed", "permissions", "permission", "access" };
    private static readonly string[] ReasonNames = { "reason", "why" };
    private static readonly string[] FeatureNames = { "feature", "features" };

    private SpecColumns(SourceSpan span, int count, int group, int area, int access, int reason, int feature)
    {
        Span = span;
        Count = count;
        Group = group;
        Area = area;
        Access = access;
        Reason = reason;
        Feature = feature;
    }

    /// <summary>Where the header record stands.</summary>
    public SourceSpan Span { get; }

    /// <summary>Number of columns every row must have.</summary>
    public int Count { get; }

    /// <summary>Index of the group column, or -1 when the spec has none.</summary>
    public int Group { get; }

    /// <summary>Index of the area column.</summary>
    public int Area { get; }

    /// <summary>Index of the access column.</summary>
    public int Access { get; }

    /// <summary>Index of the reason column.</summary>
    public int Reason { get; }

    /// <summary>Index of the optional feature column (the product features a row serves), or -1 when the spec has none.</summary>
    public int Feature { get; }

    /// <summary>Reads a header record; null when it does not name the area, access and reason columns.</summary>
    internal static SpecColumns? TryRead(CsvRecord record)
    {
        int group = -1, area = -1, access = -1, reason = -1, feature = -1;
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var name = AreaCatalog.Normalize(record.Fields[i].Value);
            if (group < 0 && Matches(GroupNames, name))
            {
                group = i;
            }
            else if (area < 0 && Matches(AreaNames, name))
            {
                area = i;
            }
            else if (access < 0 && Matches(AccessNames, name))
            {
                access = i;
            }
            else if (reason < 0 && Matches(ReasonNames, name))
            {
                reason = i;
            }
            else if (feature < 0 && Matches(FeatureNames, name))
            {
                feature = i;
            }
        }

        return area < 0 || access < 0 || reason < 0
            ? null
            : new SpecColumns(record.Span, record.Fields.Count, group, area, access, reason, feature);
    }

    /// <summary>
    /// Why <paramref name="record"/> is not a usable header, one message per missing column, at the
    /// near-miss field when there is one ("Permissions Needed": did you mean 'Permission Needed'?).
    /// Empty when no field names any column at all (the first row is not a header).
    /// </summary>
    internal static IReadOnlyList<(string Message, SourceSpan Span)> DiagnoseHeader(CsvRecord record)
    {
        var problems = new List<(string Message, SourceSpan Span)>();
        var columns = new[]
        {
            (Names: AreaNames, Shown: "Table/Program Area", What: "the area"),
            (Names: AccessNames, Shown: "Permission Needed", What: "the access levels"),
            (Names: ReasonNames, Shown: "Reason", What: "the reason"),
        };
        var unmatched = new List<CsvField>();
        var matchedAny = false;
        foreach (var field in record.Fields)
        {
            var name = AreaCatalog.Normalize(field.Value);
            if (Matches(GroupNames, name) || Matches(FeatureNames, name) || columns.Any(column => Matches(column.Names, name)))
            {
                matchedAny = true;
            }
            else
            {
                unmatched.Add(field);
            }
        }

        foreach (var column in columns)
        {
            if (record.Fields.Any(field => Matches(column.Names, AreaCatalog.Normalize(field.Value))))
            {
                continue;
            }

            var nearMiss = unmatched.FirstOrDefault(field => IsNearMiss(AreaCatalog.Normalize(field.Value), column.Names));
            if (nearMiss is not null)
            {
                problems.Add(($"The header has no '{column.Shown}' column ({column.What}): did you mean '{column.Shown}' for '{nearMiss.Value.Trim()}'?", nearMiss.Span));
            }
            else if (matchedAny)
            {
                problems.Add(($"The header has no '{column.Shown}' column ({column.What}): add it, as in '{CanonicalHeader}'", record.Span));
            }
        }

        return problems;
    }

    // A typo, not another word: at most a quarter of the name differs (and at least one letter may).
    private static bool IsNearMiss(string name, IEnumerable<string> candidates)
        => name.Length > 0 && candidates.Any(candidate => EditDistance.Between(name, candidate) <= Math.Max(1, candidate.Length / 4));

    private static bool Matches(IEnumerable<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
