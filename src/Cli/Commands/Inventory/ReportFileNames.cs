using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace IlluminatePerms.Cli.Commands.Inventory;

/// <summary>
/// The file name of each district's report in an inventory run: unique (also on a file system that
/// ignores case), safe on any file system, short enough for any, and readable. A name kept whole
/// after replacing what is unsafe ('/' and spaces become '_') is used as it is; a name that
/// collides with another district's, with summary.json or with a device name of Windows, or that
/// had to be shortened, gets a short hash of the district's exact name.
/// </summary>
internal static class ReportFileNames
{
    /// <summary>Bytes of a file name's readable part (UTF-8): with the hash and extension, far under the usual 255.</summary>
    private const int MaxBaseBytes = 100;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "summary", "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>The report file of each name of <paramref name="names"/>, with <paramref name="extension"/> (no dot).</summary>
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyList<string> names, string extension)
    {
        var bases = names.ToDictionary(name => name, Base, StringComparer.Ordinal);
        var shared = bases.Values.GroupBy(b => b.Text, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var (text, shortened) = bases[name];
            var plain = !shortened && !shared.Contains(text) && !Reserved.Contains(text);
            var file = plain ? $"{text}.{extension}" : $"{text}-{Hash(name)}.{extension}";
            // A name written as another's hashed file name ("a_b-1f2e3d4c") is the last possible clash: a counter settles it.
            for (var counter = 2; !taken.Add(file); counter++)
            {
                file = $"{text}-{Hash(name)}-{counter.ToString(CultureInfo.InvariantCulture)}.{extension}";
            }

            files[name] = file;
        }

        return files;
    }

    /// <summary>The name with anything but letters, digits, '-', '_' and inner '.' made '_', cut to <see cref="MaxBaseBytes"/>.</summary>
    private static (string Text, bool Shortened) Base(string name)
    {
        var safe = new StringBuilder();
        var bytes = 0;
        var shortened = false;
        foreach (var rune in name.EnumerateRunes())
        {
            var kept = Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' || (rune.Value == '.' && safe.Length > 0) ? rune : new Rune('_');
            if (bytes + kept.Utf8SequenceLength > MaxBaseBytes)
            {
                shortened = true;
                break;
            }

            safe.Append(kept.ToString());
            bytes += kept.Utf8SequenceLength;
        }

        var text = safe.ToString().TrimEnd('.');
        return text.Length == 0 ? ("district", true) : (text, shortened);
    }

    private static string Hash(string name)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 4));
}
