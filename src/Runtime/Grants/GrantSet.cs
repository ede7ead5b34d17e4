using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace IlluminatePerms.Grants;

/// <summary>
/// An immutable set of grants, held as one <see cref="AeriesAccess"/> value per area and always in
/// screen order, so that equal sets have equal text.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed class GrantSet : IEquatable<GrantSet>, IReadOnlyCollection<Grant>
#else
public sealed class GrantSet : IEquatable<GrantSet>, IReadOnlyCollection<Grant>
#endif
{
    private readonly AeriesAccess[] byOrder;

    private GrantSet(AeriesAccess[] byOrder)
    {
        this.byOrder = byOrder;
        var count = 0;
        foreach (var access in byOrder)
        {
            if (access != AeriesAccess.None)
            {
                count++;
            }
        }

        Count = count;
    }

    /// <summary>The set with no grants.</summary>
    public static GrantSet Empty { get; } = new(new AeriesAccess[AreaCatalog.All.Count]);

    /// <summary>Number of areas with at least one column granted.</summary>
    public int Count { get; }

    /// <summary>True when no area has any column granted.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Builds a set from grants; grants on the same area are merged.</summary>
    public static GrantSet Of(IEnumerable<Grant> grants)
    {
        if (grants is null)
        {
            throw new ArgumentNullException(nameof(grants));
        }

        var byOrder = new AeriesAccess[AreaCatalog.All.Count];
        foreach (var grant in grants)
        {
            // default(Grant) has no area: a caller's bug, named here rather than as a NullReferenceException.
            byOrder[(grant.Area ?? throw new ArgumentException("A grant without an area (default(Grant)) cannot be in a set.", nameof(grants))).Order] |= grant.Access;
        }

        return new GrantSet(byOrder);
    }

    /// <summary>Builds a set from grants; grants on the same area are merged.</summary>
    public static GrantSet Of(params Grant[] grants) => Of((IEnumerable<Grant>)grants);

    /// <summary>
    /// Parses the text form written by <see cref="ToString"/>: "Gradebook Scores: Read, Update; Staff Data: Read".
    /// Areas are separated by ';' or new lines; an area may come more than once ("Student Data: Read;
    /// Student Data: Update"), its levels are merged.
    /// </summary>
    /// <exception cref="FormatException">An item is not "Area: levels" with a catalogued area and known levels.</exception>
    public static GrantSet Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var grants = new List<Grant>();
        foreach (var item in text.Split(new[] { ';', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.Trim().Length == 0)
            {
                continue;
            }

            var colon = item.LastIndexOf(':');
            if (colon < 0)
            {
                throw new FormatException($"'{item.Trim()}' is not of the form 'Area: Read, Update'.");
            }

            var areaName = item.Substring(0, colon);
            if (!AreaCatalog.TryFind(areaName, out var area))
            {
                throw new FormatException(AreaCatalog.NotAnArea(areaName.Trim()));
            }

            if (!AccessText.TryParse(item.Substring(colon + 1), out var access, out var unknown))
            {
                throw new FormatException($"'{unknown}' is not an Aeries access level (Read, Update, Insert, Delete).");
            }

            grants.Add(new Grant(area, access));
        }

        return Of(grants);
    }

    /// <summary>The columns granted on <paramref name="area"/> (<see cref="AeriesAccess.None"/> when none).</summary>
    public AeriesAccess AccessTo(AeriesArea area) => byOrder[area.Order];

    /// <summary>True when every column of <paramref name="grant"/> is in the set.</summary>
    public bool Contains(Grant grant) => (byOrder[grant.Area.Order] & grant.Access) == grant.Access;

    /// <summary>The grants in either set.</summary>
    public GrantSet Union(GrantSet other) => Combine(other, static (a, b) => a | b);

    /// <summary>The grants in both sets.</summary>
    public GrantSet Intersect(GrantSet other) => Combine(other, static (a, b) => a & b);

    /// <summary>The grants in this set that <paramref name="other"/> lacks.</summary>
    public GrantSet Except(GrantSet other) => Combine(other, static (a, b) => a & ~b);

    /// <summary>True when <paramref name="other"/> holds every grant of this set.</summary>
    public bool IsSubsetOf(GrantSet other) => Except(other).IsEmpty;

    /// <summary>Returns a copy with <paramref name="grant"/> added.</summary>
    public GrantSet With(Grant grant) => Union(Of(grant));

    /// <summary>Returns a copy without the columns of <paramref name="grant"/>.</summary>
    public GrantSet Without(Grant grant) => Except(Of(grant));

    /// <summary>The grants, one per area, in screen order.</summary>
    public IEnumerator<Grant> GetEnumerator()
    {
        var areas = AreaCatalog.All;
        for (var i = 0; i < byOrder.Length; i++)
        {
            if (byOrder[i] != AeriesAccess.None)
            {
                yield return new Grant(areas[i], byOrder[i]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(GrantSet? other)
    {
        if (other is null)
        {
            return false;
        }

        for (var i = 0; i < byOrder.Length; i++)
        {
            if (byOrder[i] != other.byOrder[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GrantSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var access in byOrder)
        {
            hash = unchecked((hash * 31) + (int)access);
        }

        return hash;
    }

    /// <summary>"Gradebook Data: Read, Update; Gradebook Scores: Read, Update", in screen order; "" when empty.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var grant in this)
        {
            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(grant.ToString());
        }

        return text.ToString();
    }

    private GrantSet Combine(GrantSet other, Func<AeriesAccess, AeriesAccess, AeriesAccess> combine)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        var result = new AeriesAccess[byOrder.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = combine(byOrder[i], other.byOrder[i]);
        }

        return new GrantSet(result);
    }
}
