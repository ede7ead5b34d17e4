using IlluminatePerms.Grants;

namespace IlluminatePerms.Spec;

/// <summary>A grant to add to the spec, and the member that needs it (named in a new row's placeholder reason, see <see cref="PlaceholderReason"/>).</summary>
/// <param name="Area">The area.</param>
/// <param name="Access">The access to add.</param>
/// <param name="Member">"Type.Member" that needs it.</param>
#if BUILDING_SOURCE_GENERATOR
internal sealed record SpecAddition(AeriesArea Area, AeriesAccess Access, string Member);
#else
public sealed record SpecAddition(AeriesArea Area, AeriesAccess Access, string Member);
#endif
