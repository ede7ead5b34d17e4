using System.Collections.Generic;

namespace IlluminatePerms.Grants;

/// <summary>
/// One row of the Aeries API Security grid ("Table/Program Area"), as catalogued in <see cref="AreaCatalog"/>.
/// Instances are unique: compare them by reference.
/// </summary>
public sealed class AeriesArea
{
    internal AeriesArea(
        int order,
        string group,
        string name,
        string identifier,
        AeriesAccess supportedAccess,
        string? tableCode = null,
        string? probePath = null,
        params string[] aliases)
    {
        Order = order;
        Group = group;
        Name = name;
        Identifier = identifier;
        SupportedAccess = supportedAccess;
        TableCode = tableCode;
        ProbePath = probePath;
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

    /// <summary>
    /// Access levels that a known Aeries endpoint uses for this area. The Aeries grid shows all four
    /// columns on every row; anything outside this set is not known to be needed by any endpoint.
    /// </summary>
    public AeriesAccess SupportedAccess { get; }

    /// <summary>The Aeries table code (e.g. "STU"), where one is known.</summary>
    public string? TableCode { get; }

    /// <summary>
    /// Path under <c>/api/v5/</c> of a read endpoint that needs exactly this area, with placeholders
    /// such as <c>{SchoolCode}</c>; null when no public endpoint is known.
    /// </summary>
    public string? ProbePath { get; }

    /// <summary>Other spellings that name this area, e.g. "Teacher Data - Read".</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
