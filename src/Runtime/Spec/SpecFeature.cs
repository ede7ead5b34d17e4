using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Spec;

/// <summary>
/// A product feature named in the spec's Feature column, and the grants it needs: the grants of every row
/// that names it. A product can switch the feature off for a district whose certificate lacks one of them.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed class SpecFeature
#else
public sealed class SpecFeature
#endif
{
    /// <summary>What separates two features in one field: commas already separate access levels.</summary>
    public const char Separator = ';';

    private SpecFeature(string name, IReadOnlyList<SpecRow> rows)
    {
        Name = name;
        Rows = rows;
        Grants = GrantSet.Of(rows.Select(row => row.Grant));
    }

    /// <summary>The feature's name as first written in the spec.</summary>
    public string Name { get; }

    /// <summary>The rows that serve the feature, in the spec's order.</summary>
    public IReadOnlyList<SpecRow> Rows { get; }

    /// <summary>The grants the feature needs.</summary>
    public GrantSet Grants { get; }

    /// <summary>True when <paramref name="name"/> names this feature (case and runs of spaces aside).</summary>
    public bool IsNamed(string name) => SameName(name, Name);

    /// <summary>True when two texts name one feature: case and runs of spaces aside ("Gradebook  sync" is "gradebook sync").</summary>
    public static bool SameName(string left, string right) => string.Equals(Key(left), Key(right), StringComparison.Ordinal);

    /// <summary>The feature names of one field: split at <see cref="Separator"/>, trimmed, blanks and repeats left out.</summary>
    internal static IReadOnlyList<string> Split(string field)
    {
        var names = new List<string>();
        foreach (var part in field.Split(Separator))
        {
            var name = part.Trim();
            if (name.Length > 0 && !names.Any(known => Key(known) == Key(name)))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Every feature the rows name, in order of first mention; one feature per name, spelled as first written.</summary>
    internal static IReadOnlyList<SpecFeature> Gather(IReadOnlyList<SpecRow> rows)
    {
        var order = new List<string>();
        var rowsByKey = new Dictionary<string, List<SpecRow>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var name in row.Features)
            {
                var key = Key(name);
                if (!rowsByKey.TryGetValue(key, out var served))
                {
                    served = new List<SpecRow>();
                    rowsByKey.Add(key, served);
                    order.Add(name);
                }

                served.Add(row);
            }
        }

        return order.Select(name => new SpecFeature(name, rowsByKey[Key(name)])).ToList();
    }

    // "Gradebook  sync" and "gradebook sync" are one feature.
    private static string Key(string name)
        => string.Join(" ", name.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
