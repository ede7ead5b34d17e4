using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IlluminatePerms.Cli.Files;

/// <summary>Prints a list of problems of an input file as its first few, then a count of the rest: a mangled file can have thousands.</summary>
internal static class CappedList
{
    /// <summary>Problems shown before the count.</summary>
    public const int Shown = 20;

    /// <summary>The first <see cref="Shown"/> lines, each after <paramref name="indent"/>, then "and N more" when there are more.</summary>
    public static string Join(IReadOnlyCollection<string> lines, string indent)
    {
        var shown = lines.Take(Shown).Select(line => indent + line).ToList();
        if (lines.Count > Shown)
        {
            shown.Add($"{indent}and {(lines.Count - Shown).ToString(CultureInfo.InvariantCulture)} more");
        }

        return string.Join("\n", shown);
    }
}
