using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// Reads the member and the grant out of the analyzer's messages that name one: IP0001's "'Type.Member'
/// needs 'Area: Access', which permissions.csv does not grant" and IP0007's "'Type.Member' needs 'Area: Access'".
/// </summary>
internal static class GrantMessage
{
    private static readonly Regex Shape = new("^'(?<member>[^']+)' needs '(?<area>[^':]+): (?<access>[^']+)'(?<tail>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>The member and grant <paramref name="message"/> names; false when it names none, or when <paramref name="whole"/> and more follows the grant.</summary>
    public static bool TryRead(string message, bool whole, [NotNullWhen(true)] out string? member, out Grant grant)
    {
        var match = Shape.Match(message);
        if (match.Success && (!whole || match.Groups["tail"].Length == 0)
            && AreaCatalog.TryFind(match.Groups["area"].Value, out var area) && AccessText.TryParse(match.Groups["access"].Value, out var access, out _))
        {
            member = match.Groups["member"].Value;
            grant = new Grant(area, access);
            return true;
        }

        member = null;
        grant = default;
        return false;
    }
}
