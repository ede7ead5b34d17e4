using System.Collections.Generic;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Security;

/// <summary>
/// The rows a certificate may see of an operation whose rows come from several areas (programs,
/// staff assignments): the operation's own permission was checked once by <see cref="AccessCheck"/>;
/// each row's area is then applied as <see cref="MockAssumptions.RowsWithoutPermission"/> says.
/// </summary>
internal static class RowAccess
{
    public static List<T> Visible<T>(ApiContext context, IEnumerable<(T Row, Grant Area)> rows)
    {
        var visible = new List<T>();
        foreach (var (row, area) in rows)
        {
            if (context.Has(area))
            {
                visible.Add(row);
            }
            else if (context.Assumptions.RowsWithoutPermission == RowsWithoutPermission.Refuse)
            {
                throw context.MissingPermission(area);
            }
        }

        return visible;
    }
}
