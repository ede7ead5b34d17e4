using IlluminatePerms.Grants;

namespace IlluminatePerms.Generator.Analyzers;

/// <summary>One [RequiresGrant] found on a member (or on what it overrides, implements or sits in).</summary>
/// <param name="AreaName">The area as written in the attribute.</param>
/// <param name="Area">The catalogued area, or null when the attribute names no known area.</param>
/// <param name="Access">The access the attribute asks for.</param>
/// <param name="InSource">True when the attribute is written in this compilation (IP0004 is then reported at it, not at each use).</param>
internal sealed record GrantRequirement(string AreaName, AeriesArea? Area, AeriesAccess Access, bool InSource);
