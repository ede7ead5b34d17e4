using System.Text.RegularExpressions;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Checking;

/// <summary>
/// Reads the area out of Aeries' refusal, <c>The district has not set permissions for "Student Data Update"</c>,
/// so a refusal caused by another area than the probe's (program rows) is put where it belongs.
/// </summary>
internal static partial class RefusalMessage
{
    public static AeriesArea? NamedArea(string? message)
    {
        if (message is null)
        {
            return null;
        }

        foreach (Match match in Quoted().Matches(message))
        {
            var text = match.Groups["area"].Value.Trim();
            if (AreaCatalog.TryFind(text, out var area))
            {
                return area;
            }
        }

        return null;
    }

    [GeneratedRegex("[\"'](?<area>[^\"']+?)(?:\\s*[:\\-]?\\s*(?:Read|Insert|Update|Delete))?[\"']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Quoted();
}
