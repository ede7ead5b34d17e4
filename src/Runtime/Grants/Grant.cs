using System;

namespace IlluminatePerms.Grants;

/// <summary>An area of the Aeries API Security grid with one or more of its columns ticked.</summary>
#if BUILDING_SOURCE_GENERATOR
internal readonly struct Grant : IEquatable<Grant>
#else
public readonly struct Grant : IEquatable<Grant>
#endif
{
    /// <summary>Creates a grant of <paramref name="access"/> on <paramref name="area"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public Grant(AeriesArea area, AeriesAccess access)
    {
        Area = area ?? throw new ArgumentNullException(nameof(area));
        Access = access;
    }

    /// <summary>Creates a grant on the catalogued area named <paramref name="areaName"/>.</summary>
    /// <exception cref="ArgumentException">The name is not a catalogued area.</exception>
    public Grant(string areaName, AeriesAccess access)
        : this(AreaCatalog.Get(areaName), access)
    {
    }

    /// <summary>The area.</summary>
    public AeriesArea Area { get; }

    /// <summary>The ticked columns.</summary>
    public AeriesAccess Access { get; }

    /// <inheritdoc />
    public bool Equals(Grant other) => ReferenceEquals(Area, other.Area) && Access == other.Access;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Grant other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((Area?.Order ?? -1) * 16) + (int)Access;

    /// <summary>"Gradebook Scores: Read, Update".</summary>
    public override string ToString() => $"{Area?.Name}: {AccessText.Format(Access)}";

    /// <summary>Compares two grants by value.</summary>
    public static bool operator ==(Grant left, Grant right) => left.Equals(right);

    /// <summary>Compares two grants by value.</summary>
    public static bool operator !=(Grant left, Grant right) => !left.Equals(right);
}
