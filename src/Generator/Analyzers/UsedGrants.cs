using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Generator.Analyzers;

/// <summary>The grants that code in the compilation needs, gathered from concurrent operation callbacks.</summary>
internal sealed class UsedGrants
{
    private readonly object gate = new();
    private readonly AeriesAccess[] byArea = new AeriesAccess[AreaCatalog.All.Count];
    private bool any;

    /// <summary>True once any member with [RequiresGrant] has been used.</summary>
    public bool Any
    {
        get
        {
            lock (gate)
            {
                return any;
            }
        }
    }

    public void MarkAttributeUsed()
    {
        lock (gate)
        {
            any = true;
        }
    }

    public void Add(AeriesArea area, AeriesAccess access)
    {
        lock (gate)
        {
            byArea[area.Order] |= access;
            any = true;
        }
    }

    public GrantSet ToGrantSet()
    {
        lock (gate)
        {
            return GrantSet.Of(AreaCatalog.All.Where(area => byArea[area.Order] != AeriesAccess.None).Select(area => new Grant(area, byArea[area.Order])));
        }
    }
}
