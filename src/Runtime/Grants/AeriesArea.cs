using System.Collections.Generic;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Grants;

/// <summary>
/// One row of the Aeries API Security grid ("Table/Program Area"), as catalogued in <see cref="AreaCatalog"/>.
/// Instances are unique: compare them by reference.
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

    /// <summary>
    /// Read, plus every access level an operation of the <see cref="AeriesContract"/> needs on this
    /// area. The Aeries grid shows all four columns on every row; anything outside this set is not
    /// known to be needed by any endpoint.
    /// </summary>
    public AeriesAccess SupportedAccess => AeriesContract.AccessUsedOn(this);

    /// <summary>The Aeries table code (e.g. "STU"), where one is known.</summary>
    public string? TableCode { get; }

    /// <summary>
    /// The documented GET that needs exactly Read on this area and nothing else, which tells whether a
    /// certificate has it; null when there is none (see <see cref="NotVerifiableReason"/>).
    /// </summary>
    public AeriesOperation? Probe => AeriesContract.ProbeFor(this);

    /// <summary>Why calling the API cannot show whether this area is granted; null when it has a <see cref="Probe"/>.</summary>
    public string? NotVerifiableReason => AeriesContract.NotVerifiableReason(this);

    /// <summary>
    /// How a check can verify Read on this area, in one line for <c>areas</c> and docs/areas.md. A probe
    /// whose rows span several areas (Special Programs' programs read) only infers it: see
    /// <see cref="AreaVerificationKind.Inferred"/>.
    /// </summary>
    public AreaVerification Verification => AeriesContract.VerificationOf(this);

    /// <summary>Other spellings that name this area, e.g. "Teacher Data - Read".</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
