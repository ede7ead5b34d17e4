using System;

namespace IlluminatePerms.Grants;

/// <summary>
/// Declares that calling the member (or any member of the type) needs a grant in Aeries API Security.
/// The IlluminatePerms analyzers compare every use of such a member with the permission spec.
/// </summary>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Interface,
    AllowMultiple = true,
    Inherited = true)]
#if BUILDING_SOURCE_GENERATOR
internal sealed class RequiresGrantAttribute : Attribute
#else
public sealed class RequiresGrantAttribute : Attribute
#endif
{
    /// <summary>Declares that the member needs <paramref name="access"/> on the area named <paramref name="area"/>.</summary>
    /// <param name="area">The area's name as Aeries spells it, e.g. "Gradebook Scores".</param>
    /// <param name="access">The columns needed.</param>
    public RequiresGrantAttribute(string area, AeriesAccess access)
    {
        Area = area;
        Access = access;
    }

    /// <summary>The area's name as Aeries spells it.</summary>
    public string Area { get; }

    /// <summary>The columns needed.</summary>
    public AeriesAccess Access { get; }
}
