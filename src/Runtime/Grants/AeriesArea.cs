using System.Collections.Generic;

namespace IlluminatePerms.Grants;

/// <summary>
/// One row of the Aeries API Security grid ("Table/Program Area"), as catalogued in <see cref="AreaCatalog"/>.
/// Instances are unique: compare them by reference. What the API does with an area (its probe, the access
/// its endpoints use, whether a check can verify it) is a fact of the contract (Contract/AeriesContract), not of the grid.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed class AeriesArea
#else
public sealed class AeriesArea
#endif
{
    internal AeriesArea(
        int order,
        string group,
        string name,
        string identifier,
        string? tableCode = null,
        params string[] aliases)
    {
        Order = order;
        Group = group;
        Name = name;
        Identifier = identifier;
        TableCode = tableCode;
        Aliases = aliases;
    }

    /// <summary>Position on the Aeries screen (0 = first row); sorts grants the way an admin sees them.</summary>
    public int Order { get; }

    /// <summary>The group heading the row sits under on the Aeries screen, e.g. "Gradebook".</summary>
    public string Group { get; }

    /// <summary>The area's name exactly as Aeries spells it, e.g. "Gradebook Scores".</summary>
    public string Name { get; }

    /// <summary>A C# identifier for the area, e.g. "GradebookScores"; used for generated members.</summary>
    public string Identifier { get; }

    /// <summary>The Aeries table code (e.g. "STU"), where one is known.</summary>
    public string? TableCode { get; }

    /// <summary>Other spellings that name this area, e.g. "Teacher Data - Read".</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
